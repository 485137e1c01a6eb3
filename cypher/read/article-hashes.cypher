// Reads: the stored content hash of each given article key, to skip unchanged articles.
// Key: Article.key, looked up through its uniqueness constraint (one index seek per key of the
// list), a few thousand keys at a time.
MATCH (a:Article)
WHERE a.key IN $keys
RETURN a.key AS key, a.contentHash AS contentHash
