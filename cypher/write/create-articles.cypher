// Writes: one Article node per row, for articles whose key the hash lookup did not find, with
// the same properties as the article statement (see article.cypher for what they hold): a new
// article has contributed nothing yet, so the plan removes nothing for it and creates its node
// outright, rather than creating a bare key and then merging and setting it in a second statement
// (one index seek, one lock and one statement per batch less on a first load).
// Key: Article.key, unique by constraint.
// Not idempotent by design: CREATE fails on the constraint when the key exists after all (another
// loader wrote the article since the lookup); the loader then runs the batch again with removal,
// so the check costs one index lookup per new article and the removal statements run only for
// articles that may have contributed before.
UNWIND $rows AS row
CREATE (a:Article {key: row.key})
SET a.source = row.source,
    a.title = row.title,
    a.url = row.url,
    a.publishedAt = datetime(row.publishedAt),
    a.dateline = row.dateline,
    a.hashtags = row.hashtags,
    a.contentHash = row.contentHash,
    a.relationshipKeys = row.relationshipKeys,
    a.evidenceKeys = row.evidenceKeys,
    a.evidenceSentences = row.evidenceSentences,
    a.evidenceStarts = row.evidenceStarts,
    a.evidenceEnds = row.evidenceEnds,
    a.evidenceConfidences = row.evidenceConfidences
