-- Findings per participating entity, with names: the quickest way to ask "what drives X?".
CREATE OR REPLACE VIEW findings_by_entity AS
WITH participants AS (
    SELECT finding_id, article_id, subject_id AS entity_id, 'subject' AS side FROM findings
    UNION ALL
    SELECT finding_id, article_id, object_id, 'object' FROM findings
)
SELECT e.entity_id, e.entity_type, e.name,
       count(DISTINCT p.finding_id) AS finding_count,
       count(DISTINCT p.article_id) AS article_count
FROM participants p JOIN entities e USING (entity_id)
GROUP BY e.entity_id, e.entity_type, e.name
ORDER BY finding_count DESC, e.entity_id;

COMMENT ON VIEW findings_by_entity IS 'Findings per participating entity (as subject or object), with names and counts of articles';
