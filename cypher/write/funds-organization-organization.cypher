// Writes: one FUNDS relationship per fact, that the Organization funds the Organization, with the
// row's article as a source: its sentences, offsets and confidence in the parallel lists
// sources / sentences / starts / ends / confidences (one entry per evidence sentence).
// Key: r.key = `FUNDS|<from>|<to>|<amount>|<currency>`, unique by constraint; endpoints by
// Organization.key and Organization.key.
// Idempotent: MERGE on the key; the article's earlier entries are dropped before its new ones are
// appended, so writing the same row twice leaves one copy; entries are then ordered by source
// and offset, so the lists do not depend on the order articles were loaded in. The first SET
// reads r's own lists in its right-hand side, so Cypher locks r before reading and concurrent
// sources are not lost.
UNWIND $rows AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Organization {key: row.to})
MERGE (a)-[r:FUNDS {key: row.key}]->(b)
SET r += {
  sources: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.sources[i]] + row.sources,
  sentences: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.sentences[i]] + row.sentences,
  starts: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.starts[i]] + row.starts,
  ends: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.ends[i]] + row.ends,
  confidences: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.confidences[i]] + row.confidences
}
WITH r, row, COLLECT {
  UNWIND range(0, size(r.sources) - 1) AS i
  WITH i ORDER BY r.sources[i], r.starts[i], i
  RETURN i
} AS order
SET r.sources = [i IN order | r.sources[i]],
    r.sentences = [i IN order | r.sentences[i]],
    r.starts = [i IN order | r.starts[i]],
    r.ends = [i IN order | r.ends[i]],
    r.confidences = [i IN order | r.confidences[i]]
SET r += row.properties
