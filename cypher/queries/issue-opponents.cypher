// @query issue-opponents
// @description Who opposes an issue: people, countries and organisations, with what they oppose and how sure the extraction is
// @param issue string = null  An issue's key (issue:…) or part of its name; every issue when null
// @param limit int = 200  At most this many rows
MATCH (actor)-[o:OPPOSES]->(i:Issue)
WHERE $issue IS NULL OR i.key = $issue OR toLower(i.name) CONTAINS toLower($issue)
RETURN i.name AS issue,
       actor.name AS opponent,
       [label IN labels(actor) WHERE label IN ["Person", "Country", "Organization"]][0] AS kind,
       CASE WHEN o.what IN [i.name, i.key] THEN null ELSE o.what END AS what,
       reduce(best = 0.0, c IN o.confidences | CASE WHEN c > best THEN c ELSE best END) AS confidence,
       size(reduce(seen = [], s IN o.sources | CASE WHEN s IN seen THEN seen ELSE seen + s END)) AS articles,
       i.key AS issueKey,
       actor.key AS opponentKey
ORDER BY issueKey, opponentKey
LIMIT $limit
