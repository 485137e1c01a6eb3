// Reads: the stored content hash of each given article key, to skip unchanged articles.
// Key: Article.key, looked up through its uniqueness constraint, one batch of keys at a time.
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN a.key AS key, a.contentHash AS contentHash
