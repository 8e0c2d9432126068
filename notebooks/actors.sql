-- Actors, their aliases and who appears and speaks with whom.
-- Run: jobs/claimgraph sql --output claimgraph-output --file notebooks/actors.sql

-- Each actor once, with every surface form that was merged into it and the rule that merged it.
SELECT a.canonical_name, a.type, a.mentions, a.articles, a.claims_made, a.claims_about,
       concat_ws(' | ', collect_list(concat(al.alias, ' (', al.rule, ')'))) AS aliases
FROM actors a JOIN actor_aliases al USING (actor_id)
GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY a.mentions DESC LIMIT 25;

-- Strongest article-level co-occurrences (NPMI keeps ubiquitous actors from dominating).
SELECT x.canonical_name AS actor_a, y.canonical_name AS actor_b, c.stories, c.sentences, round(c.npmi, 3) AS npmi
FROM cooccurrences c JOIN actors x ON x.actor_id = c.actor_a JOIN actors y ON y.actor_id = c.actor_b
WHERE c.window = 'article' ORDER BY c.stories DESC, c.npmi DESC LIMIT 20;

-- Who speaks about whom, and how.
SELECT s.canonical_name AS source, t.canonical_name AS about, e.cue_class, e.claims, e.first_date, e.last_date
FROM claim_edges e JOIN actors s ON s.actor_id = e.source_actor_id JOIN actors t ON t.actor_id = e.target_actor_id
ORDER BY e.claims DESC LIMIT 20;

-- What a dashboard reads: one actor's day-by-day presence.
SELECT d.date, a.canonical_name, d.mentions, d.articles, d.outlets, d.claims_made, d.claims_about
FROM actor_daily d JOIN actors a USING (actor_id)
WHERE a.canonical_name = 'Tomas Okafor' ORDER BY d.date;
