// Writes: takes the row's article out of the sources of every relationship it supports, and
// deletes relationships left without any source.
// Key: the relationship keys listed on the Article node (relationshipKeys), each found through
// its type's uniqueness constraint.
// Idempotent: entries whose source is the article are filtered out; filtering twice removes
// nothing more, and a missing article or relationship matches nothing. Setting r.key (to its
// own value) takes r's write lock before the lists are read, so a concurrent loader adding
// another source waits and is not lost.
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
SET r.key = r.key
WITH r, row, r.sources AS sources, r.sentences AS sentences, r.starts AS starts,
     r.ends AS ends, r.confidences AS confidences
WITH r, sources, sentences, starts, ends, confidences,
     [i IN range(0, size(sources) - 1) WHERE sources[i] <> row.article] AS kept
SET r.sources = [i IN kept | sources[i]],
    r.sentences = [i IN kept | sentences[i]],
    r.starts = [i IN kept | starts[i]],
    r.ends = [i IN kept | ends[i]],
    r.confidences = [i IN kept | confidences[i]]
WITH collect(DISTINCT r) AS touched
UNWIND touched AS r
WITH r WHERE size(r.sources) = 0
DELETE r
