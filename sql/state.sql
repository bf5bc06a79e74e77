-- Bookkeeping of derived outputs (Parquet set, quality report, asset checks): the dataset fingerprint
-- each was last made from, so a run that changed nothing does not redo them.
CREATE TABLE IF NOT EXISTS output_state (
    output      VARCHAR PRIMARY KEY,     -- 'parquet', 'check:<name>', ...
    fingerprint VARCHAR NOT NULL,        -- warehouse.dataset_fingerprint() when it was made
    made_at     TIMESTAMP NOT NULL,
    detail      VARCHAR                  -- JSON: what a reuse reports (check outcome and metadata)
);
