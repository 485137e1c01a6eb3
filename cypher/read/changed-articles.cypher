// Reads: which of the given articles are new or changed, to skip the unchanged ones. Each row is
// [key, contentHash] of an input article; a row comes back (its key, and whether an Article has
// that key) only when no Article has the key or the stored hash differs, so an unchanged article
// costs its seek and nothing on the way back.
// Key: Article.key, one seek of its uniqueness constraint's index per row.
UNWIND $rows AS row
OPTIONAL MATCH (a:Article {key: row[0]})
WITH row, a
WHERE NOT coalesce(a.contentHash = row[1], false)
RETURN row[0] AS key, a IS NOT NULL AS stored
