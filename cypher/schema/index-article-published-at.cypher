// Schema: a range index on Article.publishedAt, for articles by publication time.
// Idempotent: IF NOT EXISTS.
CREATE INDEX article_published_at IF NOT EXISTS
FOR (n:Article) ON (n.publishedAt)
