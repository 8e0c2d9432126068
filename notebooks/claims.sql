-- Who says what: the claims table.
-- Run: jobs/claimgraph sql --output claimgraph-output --file notebooks/claims.sql

-- Top sources by number of claims, with their cue classes (named sources resolved through actors).
-- Negated cues ("did not deny that …") are left out: the source did not make those statements.
SELECT coalesce(a.canonical_name, c.resolved_source_text, c.source_text) AS source,
       c.source_kind, count(*) AS claims,
       concat_ws(', ', collect_set(c.cue_class)) AS cue_classes
FROM claims c LEFT JOIN actors a ON a.actor_id = c.source_actor_id
WHERE NOT c.negated
GROUP BY 1, 2 ORDER BY claims DESC LIMIT 20;

-- Direct quotes versus reported speech, per outlet.
SELECT ar.outlet, c.form, count(*) AS claims
FROM claims c JOIN articles ar USING (article_id)
GROUP BY ar.outlet, c.form ORDER BY ar.outlet, claims DESC;

-- Denials and accusations with their dates: who denied or accused what, and when it was said.
SELECT c.published, c.claim_date, coalesce(c.resolved_source_text, c.source_text) AS source, c.cue_text,
       substring(c.content_text, 1, 80) AS content
FROM claims c WHERE c.cue_class IN ('deny', 'accuse') AND NOT c.negated ORDER BY c.published LIMIT 20;

-- What sources are reported as not saying: negated cues ("has not said whether", "did not deny").
SELECT coalesce(c.resolved_source_text, c.source_text) AS source, c.cue_text,
       substring(c.content_text, 1, 80) AS content
FROM claims c WHERE c.negated ORDER BY c.published LIMIT 10;

-- Unnamed sources, as the articles describe them.
SELECT source_text, count(*) AS claims FROM claims WHERE source_kind = 'unnamed'
GROUP BY source_text ORDER BY claims DESC LIMIT 15;
