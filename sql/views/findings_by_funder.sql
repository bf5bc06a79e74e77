-- Findings and articles per funder: a finding counts for every funder its article acknowledges.
-- Funders not in the registry are grouped by their normalised name (funder_id null).
CREATE OR REPLACE VIEW findings_by_funder AS
WITH article_funders AS (
    SELECT DISTINCT article_id, funder_id, funder_name FROM funding
)
SELECT
    af.funder_id,
    coalesce(fu.name, af.funder_name) AS funder_name,
    fu.parent_id,
    count(DISTINCT f.finding_id) AS finding_count,
    count(DISTINCT af.article_id) AS article_count,
    count(DISTINCT f.article_id) AS articles_with_findings
FROM article_funders af
LEFT JOIN findings f USING (article_id)
LEFT JOIN funders fu ON fu.funder_id = af.funder_id
GROUP BY af.funder_id, coalesce(fu.name, af.funder_name), fu.parent_id
ORDER BY finding_count DESC, article_count DESC, funder_name;
