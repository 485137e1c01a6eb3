// Writes: one Article node per row, with its metadata, its content hash and the provenance of
// every fact it states.
// Key: Article.key (`article:<url or relative path>`), unique by constraint.
// Idempotent: MERGE on the constrained key, then SET of every property from the row, so running
// it again with the same row changes nothing.
// Provenance lives here, written once per article version and never rewritten by other articles:
// `relationshipKeys` lists the keys of the relationships this article states (the articles that
// support a fact are those that mention its endpoints and list its key), and the parallel lists
// evidenceKeys / evidenceSentences / evidenceStarts / evidenceEnds / evidenceConfidences hold one
// entry per evidence sentence: the fact's key, the sentence, its character offsets and the
// extractor's confidence.
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
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
