-- Findings and articles per pathway: a finding counts for a pathway when its subject or object is a member.
CREATE OR REPLACE VIEW findings_by_pathway AS
WITH finding_pathways AS (
    SELECT DISTINCT pm.pathway_id, f.finding_id, f.article_id, f.direction, f.negated
    FROM findings f
    JOIN pathway_members pm ON pm.entity_id IN (f.subject_id, f.object_id)
)
SELECT
    p.pathway_id,
    p.name AS pathway_name,
    p.source,
    count(DISTINCT fp.finding_id) AS finding_count,
    count(DISTINCT fp.article_id) AS article_count,
    count(DISTINCT fp.finding_id) FILTER (WHERE fp.direction = '+' AND NOT fp.negated) AS positive_findings,
    count(DISTINCT fp.finding_id) FILTER (WHERE fp.direction = '-' AND NOT fp.negated) AS negative_findings,
    count(DISTINCT fp.finding_id) FILTER (WHERE fp.negated) AS negated_findings
FROM finding_pathways fp
JOIN pathways p USING (pathway_id)
GROUP BY p.pathway_id, p.name, p.source
ORDER BY finding_count DESC, article_count DESC, p.pathway_id;

COMMENT ON VIEW findings_by_pathway IS 'Findings and articles per pathway: a finding counts when its subject or object is a member';
