// Writes: a bare Article node per row, for articles whose key the hash lookup did not find: a new
// article has contributed nothing yet, so the plan skips removing an earlier contribution and
// claims the key instead. The article statement that follows sets its properties.
// Key: Article.key, unique by constraint.
// Not idempotent by design: CREATE fails on the constraint when the key exists after all (another
// loader wrote the article since the lookup); the loader then runs the batch again with removal,
// so the check costs one index lookup per new article and the removal statements run only for
// articles that may have contributed before.
UNWIND $rows AS row
CREATE (:Article {key: row.key})
