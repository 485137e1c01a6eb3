// @query issue-opponents
// @description Who opposes an issue: people, countries and organisations, with what they oppose and how sure the extraction is
// @param issue string = null  An issue's key (issue:…) or part of its name; every issue when null
// @param limit int = 200  At most this many rows
// The articles stating a stance are those that mention its author and list its key among the
// facts they state; `confidence` is the highest their evidence sentences give it.
MATCH (actor)-[o:OPPOSES]->(i:Issue)
WHERE $issue IS NULL OR i.key = $issue OR toLower(i.name) CONTAINS toLower($issue)
CALL (actor, o) {
  MATCH (article:Article)-[:MENTIONS]->(actor)
  WHERE o.key IN article.relationshipKeys
  WITH [e IN range(0, size(article.evidenceKeys) - 1)
        WHERE article.evidenceKeys[e] = o.key | article.evidenceConfidences[e]] AS confidences
  RETURN count(*) AS articles,
         coalesce(max(reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END)), 0.0) AS confidence
}
RETURN i.name AS issue,
       actor.name AS opponent,
       [label IN labels(actor) WHERE label IN ["Person", "Country", "Organization"]][0] AS kind,
       CASE WHEN o.what IN [i.name, i.key] THEN null ELSE o.what END AS what,
       confidence,
       articles,
       i.key AS issueKey,
       actor.key AS opponentKey
ORDER BY issueKey, opponentKey
LIMIT $limit
