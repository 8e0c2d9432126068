-- Each mention with the sentence-level context around it, read straight from the article text
-- (offsets index articles.text, end exclusive).
-- Run: jobs/claimgraph sql --output claimgraph-output --file notebooks/mentions-in-context.sql

SELECT m.article_id, m.type, m.text,
       substring(a.text, greatest(m.begin - 40, 0) + 1, least(m.begin, 40)) AS before,
       substring(a.text, m.end + 1, 40) AS after
FROM mentions m JOIN articles a USING (article_id)
ORDER BY m.article_id, m.begin LIMIT 40;

-- Offsets are exact: the slice of the text equals the stored surface form for every mention.
SELECT count(*) AS mentions, sum(CASE WHEN substring(a.text, m.begin + 1, m.end - m.begin) = m.text THEN 1 ELSE 0 END) AS exact
FROM mentions m JOIN articles a USING (article_id);
