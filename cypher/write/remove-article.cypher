// Writes: deletes the row's Article node (after remove-sources and remove-mentions have taken
// out what it contributed), for articles no longer in the input (`load --sync`).
// Key: Article.key, unique by constraint.
// Idempotent: a deleted article matches nothing the second time.
UNWIND $rows AS row
MATCH (a:Article {key: row.article})
DETACH DELETE a
