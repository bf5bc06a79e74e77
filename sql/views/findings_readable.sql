-- Findings with entity names, organism and article title, for reading and spot checks.
CREATE OR REPLACE VIEW findings_readable AS
SELECT f.finding_id, a.title AS article_title, a.source_kind,
       s.name AS subject, f.predicate, o.name AS object, f.direction, f.negated, f.hedged,
       f.organism, f.evidence, f.article_id, f.sentence_index
FROM findings f
JOIN articles a USING (article_id)
LEFT JOIN entities s ON s.entity_id = f.subject_id
LEFT JOIN entities o ON o.entity_id = f.object_id
ORDER BY a.title, f.sentence_index, f.finding_id;

COMMENT ON VIEW findings_readable IS 'Findings with entity names, organism and article title, for reading and spot checks';
