-- Warehouse tables. Column names of the data contract (ARCHITECTURE.md) are fixed; extra columns are ours.
-- Every statement is idempotent: the pipeline runs this file at the start of each write.

CREATE TABLE IF NOT EXISTS documents (
    document_id   VARCHAR NOT NULL,      -- sha256 of the raw bytes (of "unread:<path>" when unreadable)
    source_path   VARCHAR NOT NULL,      -- relative to PIPELINE_RAW_DIR
    size_bytes    BIGINT NOT NULL,
    status        VARCHAR NOT NULL,      -- ok | duplicate | quarantined | removed
    reason        VARCHAR,               -- why, when not ok
    encoding      VARCHAR,
    format        VARCHAR,               -- text | markdown | html | pubtator | bioc_xml | bioc_json | xml | json
    article_count INTEGER NOT NULL DEFAULT 0,
    mtime_ns      BIGINT,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (source_path, document_id)
);

-- Decoded text of readable documents, so later stages never re-read a file that may have changed.
CREATE TABLE IF NOT EXISTS document_texts (
    document_id VARCHAR PRIMARY KEY,
    text        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id         VARCHAR PRIMARY KEY,
    document_id        VARCHAR NOT NULL,
    source_path        VARCHAR NOT NULL,
    external_id        VARCHAR,          -- PMID:… for PubTator/BioC records
    title              VARCHAR,
    subtitle           VARCHAR,
    published_on       DATE,             -- null when the text gives none
    study_published_on DATE,
    publisher          VARCHAR,
    source_kind        VARCHAR NOT NULL, -- news | press_release | abstract | other
    reviewer           VARCHAR,
    journal            VARCHAR,
    body               VARCHAR NOT NULL,
    word_count         INTEGER NOT NULL,
    preamble           VARCHAR,
    trailer            VARCHAR,
    format             VARCHAR
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);

CREATE TABLE IF NOT EXISTS entities (
    entity_id   VARCHAR PRIMARY KEY,     -- CURIE
    entity_type VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    xrefs       VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    entity_id      VARCHAR NOT NULL,
    organism       VARCHAR,              -- genes: NCBITaxon CURIE of the organism meant (human by default)
    organism_xref  VARCHAR,              -- genes: the gene's id in that organism (NCBIGene CURIE), null when unknown
    PRIMARY KEY (article_id, start_char, end_char, entity_id)
);
-- added after the first release: warehouses created before get the columns on open
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS organism VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS organism_xref VARCHAR;

CREATE TABLE IF NOT EXISTS findings (
    finding_id     VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    subject_id     VARCHAR NOT NULL,
    predicate      VARCHAR NOT NULL,
    object_id      VARCHAR NOT NULL,
    direction      VARCHAR NOT NULL,     -- + | - | 0
    negated        BOOLEAN NOT NULL,
    hedged         BOOLEAN NOT NULL,
    organism       VARCHAR,              -- CURIE or null
    evidence       VARCHAR NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS pathways (
    pathway_id VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    source     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS pathway_members (
    pathway_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    PRIMARY KEY (pathway_id, entity_id)
);

CREATE TABLE IF NOT EXISTS funding (
    funding_id  VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    funder_id   VARCHAR,                 -- null when the funder is not in the registry
    funder_name VARCHAR NOT NULL,
    funder_text VARCHAR NOT NULL,
    award_id    VARCHAR,
    award_text  VARCHAR,
    evidence    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS funders (
    funder_id   VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    parent_id   VARCHAR,
    country     VARCHAR,
    funder_type VARCHAR
);

CREATE TABLE IF NOT EXISTS institutions (
    institution_id VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,
    parent_id      VARCHAR,
    country        VARCHAR,
    city           VARCHAR
);

CREATE TABLE IF NOT EXISTS article_institutions (
    article_id     VARCHAR NOT NULL,
    institution_id VARCHAR NOT NULL,
    role           VARCHAR NOT NULL,     -- affiliation | publisher | mentioned
    text           VARCHAR,
    PRIMARY KEY (article_id, institution_id, role)
);

CREATE TABLE IF NOT EXISTS people (
    article_id     VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    role           VARCHAR NOT NULL,     -- researcher | author | reviewer | media_contact
    institution_id VARCHAR,
    degrees        VARCHAR,
    PRIMARY KEY (article_id, name, role)
);

-- Which version of each stage produced an article's rows: the basis of incremental re-runs.
-- item_id is the document_id for the 'articles' stage and the article_id for every later stage.
CREATE TABLE IF NOT EXISTS stage_log (
    stage   VARCHAR NOT NULL,
    item_id VARCHAR NOT NULL,
    version VARCHAR NOT NULL,
    PRIMARY KEY (stage, item_id)
);
