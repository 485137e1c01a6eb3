// Writes: one Article node per row, with its metadata and content hash.
// Key: Article.key (`article:<url or relative path>`), unique by constraint.
// Idempotent: MERGE on the constrained key, then SET of every property from the row, so running
// it again with the same row changes nothing. `relationshipKeys` lists the keys of the
// relationships this article is a source of, so that remove-sources can find them by index.
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.source = row.source,
    a.title = row.title,
    a.url = row.url,
    a.publishedAt = datetime(row.publishedAt),
    a.dateline = row.dateline,
    a.hashtags = row.hashtags,
    a.contentHash = row.contentHash,
    a.relationshipKeys = row.relationshipKeys
