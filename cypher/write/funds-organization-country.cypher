// Writes: one FUNDS relationship per fact, that the Organization funds the Country, with the
// row's articles (those of the batch that state it) as sources: their sentences, offsets and
// confidences in the parallel lists sources / sentences / starts / ends / confidences (one
// entry per evidence sentence).
// Key: r.key = `FUNDS|<from>|<to>|<amount>|<currency>`, unique by constraint; endpoints by
// Organization.key and Country.key.
// Idempotent: MERGE on the key; the articles' earlier entries are dropped before their new ones
// are appended, so writing the same row twice leaves one copy; entries are then ordered by source
// and offset, so the lists do not depend on the order articles were loaded in. Setting r.key
// (to its own value) takes r's write lock before the lists are read, so a concurrent loader
// adding other sources waits and none are lost.
UNWIND $rows AS row
MATCH (a:Organization {key: row.from})
MATCH (b:Country {key: row.to})
MERGE (a)-[r:FUNDS {key: row.key}]->(b)
SET r.key = row.key
WITH r, row,
     coalesce(r.sources, []) AS sources, coalesce(r.sentences, []) AS sentences,
     coalesce(r.starts, []) AS starts, coalesce(r.ends, []) AS ends,
     coalesce(r.confidences, []) AS confidences
WITH r, row, sources, sentences, starts, ends, confidences,
     [i IN range(0, size(sources) - 1) WHERE NOT sources[i] IN row.articles] AS kept
WITH r, row,
     [i IN kept | sources[i]] + row.sources AS sources,
     [i IN kept | sentences[i]] + row.sentences AS sentences,
     [i IN kept | starts[i]] + row.starts AS starts,
     [i IN kept | ends[i]] + row.ends AS ends,
     [i IN kept | confidences[i]] + row.confidences AS confidences
WITH r, row, sources, sentences, starts, ends, confidences, COLLECT {
  UNWIND range(0, size(sources) - 1) AS i
  WITH i ORDER BY sources[i], starts[i], i
  RETURN i
} AS order
SET r.sources = [i IN order | sources[i]],
    r.sentences = [i IN order | sentences[i]],
    r.starts = [i IN order | starts[i]],
    r.ends = [i IN order | ends[i]],
    r.confidences = [i IN order | confidences[i]]
SET r += row.properties
