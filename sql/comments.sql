-- What each table and column of the data contract means. DuckDB keeps these with the tables, so ad-hoc SQL
-- shows them (SELECT table_name, column_name, comment FROM duckdb_columns()) and the Dagster UI shows them in
-- each table asset's column schema. Runs after schema.sql, only when the DDL changes (schema_state).

COMMENT ON TABLE documents IS 'Ledger of every raw file seen: one row per (path, content); never deleted, so no document is lost';
COMMENT ON COLUMN documents.document_id IS 'sha256 of the raw bytes (of "unread:<path>" when the file could not be read)';
COMMENT ON COLUMN documents.source_path IS 'Path of the file, relative to PIPELINE_RAW_DIR';
COMMENT ON COLUMN documents.size_bytes IS 'Size of the file in bytes';
COMMENT ON COLUMN documents.status IS 'ok | duplicate (same bytes as an earlier path) | quarantined (see reason) | removed (file gone)';
COMMENT ON COLUMN documents.reason IS 'Why the document is not ok, in words (empty, binary, undecodable, too large, superseded, ...)';
COMMENT ON COLUMN documents.encoding IS 'Text encoding the bytes were decoded with';
COMMENT ON COLUMN documents.format IS 'text | markdown | html | pubtator | bioc_xml | bioc_json | xml | json';
COMMENT ON COLUMN documents.article_count IS 'Articles read from the document (a PubTator or BioC file holds many)';
COMMENT ON COLUMN documents.mtime_ns IS 'Modification time of the file when last read (nanoseconds since the epoch)';
COMMENT ON COLUMN documents.first_seen_at IS 'When a run first saw this content under this path (UTC)';
COMMENT ON COLUMN documents.last_seen_at IS 'When a run last saw it (UTC)';

COMMENT ON TABLE articles IS 'One row per article: clean body text and publication metadata';
COMMENT ON COLUMN articles.article_id IS 'Stable id: hash of the document and the article''s key in it';
COMMENT ON COLUMN articles.document_id IS 'The documents row it was read from';
COMMENT ON COLUMN articles.source_path IS 'Path of the raw file, relative to PIPELINE_RAW_DIR';
COMMENT ON COLUMN articles.external_id IS 'Identifier the source gives (PMID:... for PubTator and BioC records), else null';
COMMENT ON COLUMN articles.title IS 'Headline or title';
COMMENT ON COLUMN articles.subtitle IS 'Standfirst or subtitle under the headline, when the page has one';
COMMENT ON COLUMN articles.published_on IS 'Date the article or release was published; null when the text states none';
COMMENT ON COLUMN articles.study_published_on IS 'Date the study it reports was published, when stated apart from the article date';
COMMENT ON COLUMN articles.publisher IS 'Site, newsroom or institution that published the text';
COMMENT ON COLUMN articles.source_kind IS 'news | press_release | abstract | other';
COMMENT ON COLUMN articles.reviewer IS 'Name after "Reviewed by", when given';
COMMENT ON COLUMN articles.journal IS 'Journal the reported study appeared in ("published in Nature Cell Biology")';
COMMENT ON COLUMN articles.body IS 'Article text without page chrome; every offset in sentences, mentions and findings points into it';
COMMENT ON COLUMN articles.word_count IS 'Words in body';
COMMENT ON COLUMN articles.preamble IS 'Lines kept from above the article (byline, "Reviewed by"), read for metadata and people';
COMMENT ON COLUMN articles.trailer IS 'Lines kept from after the article (media contacts, copyright), read for metadata and people';
COMMENT ON COLUMN articles.format IS 'Format of the raw document (as documents.format)';

COMMENT ON TABLE sentences IS 'Sentences of each article body';
COMMENT ON COLUMN sentences.article_id IS 'The article';
COMMENT ON COLUMN sentences.sentence_index IS 'Position in the body, from 0';
COMMENT ON COLUMN sentences.start_char IS 'Offset of the first character in articles.body';
COMMENT ON COLUMN sentences.end_char IS 'Offset after the last character in articles.body (exclusive)';
COMMENT ON COLUMN sentences.text IS 'The sentence, equal to body[start_char:end_char]';

COMMENT ON TABLE entities IS 'Every entity some article mentions, grounded to a reference identifier';
COMMENT ON COLUMN entities.entity_id IS 'CURIE: HGNC:…, FPLX:…, MESH:…, NCBITaxon:…, CL:…, GO:…, dbsnp:rs… or hgvs:…';
COMMENT ON COLUMN entities.entity_type IS 'gene | protein_family | disease | chemical | cell_type | species | process | variant';
COMMENT ON COLUMN entities.name IS 'Preferred name in the reference (HGNC symbol, MeSH heading, ...)';
COMMENT ON COLUMN entities.xrefs IS 'Other identifiers of the same entity (NCBIGene, UniProt, tmVar normal form, ...)';

COMMENT ON TABLE mentions IS 'Each place an article names an entity';
COMMENT ON COLUMN mentions.article_id IS 'The article';
COMMENT ON COLUMN mentions.sentence_index IS 'The sentence it is in';
COMMENT ON COLUMN mentions.start_char IS 'Offset of the mention in articles.body';
COMMENT ON COLUMN mentions.end_char IS 'Offset after the mention in articles.body (exclusive)';
COMMENT ON COLUMN mentions.text IS 'The mention as written';
COMMENT ON COLUMN mentions.entity_id IS 'The entity it names (entities.entity_id)';
COMMENT ON COLUMN mentions.organism IS 'Genes only: NCBITaxon CURIE of the organism the gene belongs to here (human by default)';
COMMENT ON COLUMN mentions.organism_xref IS 'Genes only: the gene''s NCBIGene CURIE in that organism; null when unknown';

COMMENT ON TABLE findings IS 'Relations an article states between two entities: who does what to whom, with its evidence sentence';
COMMENT ON COLUMN findings.finding_id IS 'Stable id: hash of the article, sentence, subject, predicate, object and negation';
COMMENT ON COLUMN findings.article_id IS 'The article';
COMMENT ON COLUMN findings.sentence_index IS 'The sentence that states it';
COMMENT ON COLUMN findings.subject_id IS 'Entity that acts (entities.entity_id)';
COMMENT ON COLUMN findings.predicate IS 'increases | decreases | activates | inhibits | produces | binds | associated_with | positively_correlated | negatively_correlated';
COMMENT ON COLUMN findings.object_id IS 'Entity acted on (entities.entity_id)';
COMMENT ON COLUMN findings.direction IS '+ (raises, promotes) | - (lowers, blocks) | 0 (no sign stated)';
COMMENT ON COLUMN findings.negated IS 'True when the text says the relation does not hold ("but not VEGF", "did not")';
COMMENT ON COLUMN findings.hedged IS 'True when stated with uncertainty (may, might, suggests, appears to, ...)';
COMMENT ON COLUMN findings.organism IS 'NCBITaxon CURIE of the organism studied (from the sentence, else the article); null when unknown';
COMMENT ON COLUMN findings.evidence IS 'The sentence(s) stating it, so a reader can check';
COMMENT ON COLUMN findings.start_char IS 'Offset of the evidence in articles.body';
COMMENT ON COLUMN findings.end_char IS 'Offset after the evidence in articles.body (exclusive)';

COMMENT ON TABLE pathways IS 'Reactome pathways that contain an entity some article mentions';
COMMENT ON COLUMN pathways.pathway_id IS 'CURIE of the Reactome pathway (REACTOME:R-HSA-…)';
COMMENT ON COLUMN pathways.name IS 'Pathway name';
COMMENT ON COLUMN pathways.source IS 'Where the pathway comes from (Reactome)';

COMMENT ON TABLE pathway_members IS 'Mentioned entities per pathway (a family through its member genes)';
COMMENT ON COLUMN pathway_members.pathway_id IS 'The pathway (pathways.pathway_id)';
COMMENT ON COLUMN pathway_members.entity_id IS 'A gene or family that is in it (entities.entity_id)';

COMMENT ON TABLE funding IS 'One row per funder and award an article acknowledges';
COMMENT ON COLUMN funding.funding_id IS 'Stable id: hash of the article, funder (id, name, text) and award';
COMMENT ON COLUMN funding.article_id IS 'The article';
COMMENT ON COLUMN funding.funder_id IS 'Registry id of the funder (funders.funder_id); null when the funder is not in the registry';
COMMENT ON COLUMN funding.funder_name IS 'Registry name of the funder, else its name as written';
COMMENT ON COLUMN funding.funder_text IS 'Funder as written in the text';
COMMENT ON COLUMN funding.award_id IS 'Award number normalised (NIH style: activity code and IC code, R01 CA094060); null when none';
COMMENT ON COLUMN funding.award_text IS 'Award number as written';
COMMENT ON COLUMN funding.evidence IS 'The sentence that states the support';

COMMENT ON TABLE funders IS 'Registry funders some article acknowledges (seeds/lexicons/funders.tsv), with their parents';
COMMENT ON COLUMN funders.funder_id IS 'Registry id';
COMMENT ON COLUMN funders.name IS 'Preferred name';
COMMENT ON COLUMN funders.parent_id IS 'The funder it belongs to (NCI within NIH), else null';
COMMENT ON COLUMN funders.country IS 'Two-letter country code (ISO 3166; EU for the European Union), when known';
COMMENT ON COLUMN funders.funder_type IS 'government | foundation | industry | university';

COMMENT ON TABLE institutions IS 'Institutions named by some article: registry entries (seeds/lexicons/institutions.tsv) and, for names not in it, inst:<slug of the name>';
COMMENT ON COLUMN institutions.institution_id IS 'Registry id, or inst:<slug of the name> for an institution the registry lacks';
COMMENT ON COLUMN institutions.name IS 'Preferred name (as written when not in the registry)';
COMMENT ON COLUMN institutions.parent_id IS 'The institution it belongs to (Moores Cancer Center within UC San Diego), else null';
COMMENT ON COLUMN institutions.country IS 'Two-letter country code (ISO 3166), when known';
COMMENT ON COLUMN institutions.city IS 'City, when known';

COMMENT ON TABLE article_institutions IS 'Institutions per article and the part they play';
COMMENT ON COLUMN article_institutions.article_id IS 'The article';
COMMENT ON COLUMN article_institutions.institution_id IS 'The institution (institutions.institution_id)';
COMMENT ON COLUMN article_institutions.role IS 'affiliation (where the researchers work) | publisher (who issued the text) | mentioned';
COMMENT ON COLUMN article_institutions.text IS 'The institution as written';

COMMENT ON TABLE people IS 'Researchers quoted or credited, authors, reviewers and media contacts named by an article';
COMMENT ON COLUMN people.article_id IS 'The article';
COMMENT ON COLUMN people.name IS 'Name without degrees';
COMMENT ON COLUMN people.role IS 'researcher | author | reviewer | media_contact';
COMMENT ON COLUMN people.institution_id IS 'Their institution where the text states it (institutions.institution_id)';
COMMENT ON COLUMN people.degrees IS 'Degrees stripped from the name ("MD, PhD")';
