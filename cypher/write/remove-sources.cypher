// Writes: takes the rows' articles out of the support of every fact they state, except the facts
// in row.keep (those the article's new version states again, written by the statements that
// follow), and deletes the facts that no other article states any more.
// Key: the relationship keys listed on each Article node (relationshipKeys), each found through
// its type's uniqueness constraint. Another article supports a fact when it lists the fact's key
// and mentions (or reports) the fact's endpoints; of the two endpoints, the one fewer articles
// mention is scanned.
// Idempotent: a fact is deleted only when no article outside the rows supports it; running it
// again finds nothing more to delete, and a missing article matches nothing. Every article of
// the rows is left out of the check, so facts stated only by articles removed together go too.
// Setting r.key (to its own value) takes r's write lock before its support is checked, so a
// concurrent loader adding the same fact from another article either has committed (and is seen)
// or finds r gone and creates it again.
WITH [row IN $rows | row.article] AS removed
UNWIND $rows AS row
MATCH (article:Article {key: row.article})
UNWIND coalesce(article.relationshipKeys, []) AS relationshipKey
WITH removed, relationshipKey, row WHERE NOT relationshipKey IN row.keep
WITH DISTINCT removed, relationshipKey
CALL (relationshipKey) {
  MATCH ()-[r:MET_WITH {key: relationshipKey}]->() RETURN r
  UNION ALL
  MATCH ()-[r:OPPOSES {key: relationshipKey}]->() RETURN r
  UNION ALL
  MATCH ()-[r:FUNDS {key: relationshipKey}]->() RETURN r
  UNION ALL
  MATCH ()-[r:REPRESENTS {key: relationshipKey}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN {key: relationshipKey}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CONCERNS {key: relationshipKey}]->() RETURN r
}
SET r.key = r.key
WITH r, removed, startNode(r) AS a, endNode(r) AS b
WITH r, removed,
     CASE WHEN COUNT { (a)<-[:MENTIONS|REPORTS]-() } <= COUNT { (b)<-[:MENTIONS|REPORTS]-() }
       THEN a ELSE b END AS endpoint
WHERE NOT EXISTS {
  MATCH (other:Article)-[:MENTIONS|REPORTS]->(endpoint)
  WHERE NOT other.key IN removed AND r.key IN other.relationshipKeys
}
DELETE r
