-- Findings and articles per funder: a finding counts for every funder its article acknowledges, and for that
-- funder's parents in the registry (findings funded by the National Cancer Institute count under the National
-- Institutes of Health too; direct_* counts only articles that name the funder itself).
-- Funders not in the registry are grouped by their name as written (funder_id null).
CREATE OR REPLACE VIEW findings_by_funder AS
WITH RECURSIVE article_funders AS (
    SELECT DISTINCT article_id, funder_id, funder_name FROM funding
),
lineage AS (  -- each registry funder with itself (depth 0), its parent (1), the parent's parent (2), ...
    SELECT funder_id, funder_id AS credited_id, 0 AS depth FROM funders
    UNION ALL
    SELECT l.funder_id, p.parent_id, l.depth + 1
    FROM lineage l JOIN funders p ON p.funder_id = l.credited_id
    WHERE p.parent_id IS NOT NULL AND l.depth < 10
),
credited AS (
    SELECT af.article_id, l.credited_id AS funder_id, NULL AS funder_name, l.depth = 0 AS direct
    FROM article_funders af JOIN lineage l ON l.funder_id = af.funder_id
    UNION ALL
    SELECT article_id, NULL, funder_name, TRUE FROM article_funders WHERE funder_id IS NULL
)
SELECT
    c.funder_id,
    coalesce(fu.name, c.funder_name) AS funder_name,
    fu.parent_id,
    count(DISTINCT f.finding_id) AS finding_count,
    count(DISTINCT c.article_id) AS article_count,
    count(DISTINCT f.article_id) AS articles_with_findings,
    count(DISTINCT f.finding_id) FILTER (WHERE c.direct) AS direct_finding_count,
    count(DISTINCT c.article_id) FILTER (WHERE c.direct) AS direct_article_count
FROM credited c
LEFT JOIN findings f USING (article_id)
LEFT JOIN funders fu ON fu.funder_id = c.funder_id
GROUP BY c.funder_id, coalesce(fu.name, c.funder_name), fu.parent_id
ORDER BY finding_count DESC, article_count DESC, funder_name;

COMMENT ON VIEW findings_by_funder IS 'Findings and articles per funder, counted also under the funder''s registry parents (direct_*: articles that name the funder itself)';
