-- claimgraph: a first look at the published tables.
-- Run: jobs/claimgraph sql --output claimgraph-output --file notebooks/overview.sql

-- Every run, and the count invariant input = accepted + rejected + duplicates.
SELECT run_id, input, input_records, accepted, rejected, duplicates,
       input_records = accepted + rejected + duplicates AS counts_add_up, tokens, mentions, models
FROM runs ORDER BY started_at;

-- Articles per outlet and day.
SELECT published, outlet, count(*) AS articles, sum(token_count) AS tokens
FROM articles GROUP BY published, outlet ORDER BY published, outlet;

-- The most mentioned names by type.
SELECT type, text, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM mentions GROUP BY type, text ORDER BY mentions DESC LIMIT 25;

-- Why records were rejected.
SELECT reason, count(*) AS records, min(excerpt) AS example FROM rejected GROUP BY reason ORDER BY records DESC;
