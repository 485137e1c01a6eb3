// Writes: one REPRESENTS relationship per fact, that the Person represents the Organization, with the
// row's article as a source: its sentences, offsets and confidence in the parallel lists
// sources / sentences / starts / ends / confidences (one entry per evidence sentence).
// Key: r.key = `REPRESENTS|<from>|<to>`, unique by constraint; endpoints by
// Person.key and Organization.key.
// Idempotent: MERGE on the key; the article's earlier entries are dropped before its new ones are
// appended, so writing the same row twice leaves one copy. The SET reads r's own lists in its
// right-hand side, so Cypher locks r before reading and concurrent sources are not lost.
UNWIND $rows AS row
MATCH (a:Person {key: row.from})
MATCH (b:Organization {key: row.to})
MERGE (a)-[r:REPRESENTS {key: row.key}]->(b)
SET r += {
  sources: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.sources[i]] + row.sources,
  sentences: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.sentences[i]] + row.sentences,
  starts: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.starts[i]] + row.starts,
  ends: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.ends[i]] + row.ends,
  confidences: [i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] <> row.article | r.confidences[i]] + row.confidences
}
SET r += row.properties
