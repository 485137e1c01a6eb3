// Writes: takes the row's article out of the sources of every relationship it supports, and
// deletes relationships left without any source.
// Key: the relationship keys listed on the Article node (relationshipKeys), each found through
// its type's uniqueness constraint.
// Idempotent: entries whose source is the article are filtered out; filtering twice removes
// nothing more, and a missing article or relationship matches nothing. The SET reads the
// relationship's own lists in its right-hand side, so Cypher locks it before reading and a
// concurrent loader adding another source is not lost.
UNWIND $rows AS row
MATCH (article:Article {key: row.article})
UNWIND coalesce(article.relationshipKeys, []) AS relationshipKey
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
SET r += {
  sources: [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.article | r.sources[i]],
  sentences: [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.article | r.sentences[i]],
  starts: [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.article | r.starts[i]],
  ends: [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.article | r.ends[i]],
  confidences: [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.article | r.confidences[i]]
}
WITH collect(DISTINCT r) AS touched
UNWIND touched AS r
WITH r WHERE size(r.sources) = 0
DELETE r
