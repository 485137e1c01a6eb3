// @query co-mentions
// @description Co-mentions over time: pairs of entities named by the same articles, per month of publication
// @param from date = null  Only articles published on or after this day
// @param to date = null  Only articles published on or before this day
// @param minArticles int = 2  Only pairs that this many articles of the month mention together
// @param limit int = 100  At most this many rows
// Entities are people, countries, organisations and issues; each pair appears once, in key order.
MATCH (article:Article)
WHERE ($from IS NULL OR article.publishedAt >= datetime($from))
  AND ($to IS NULL OR article.publishedAt < datetime($to) + duration({days: 1}))
MATCH (article)-[:MENTIONS]->(a), (article)-[:MENTIONS]->(b)
WHERE a.key < b.key
WITH substring(toString(date(article.publishedAt)), 0, 7) AS month, a, b,
     collect(article.key) AS articles
WHERE size(articles) >= $minArticles
RETURN month,
       coalesce(a.name, a.key) AS first,
       coalesce(b.name, b.key) AS second,
       size(articles) AS together,
       COLLECT { UNWIND articles AS key RETURN key ORDER BY key } AS articles,
       a.key AS firstKey,
       b.key AS secondKey
ORDER BY month, together DESC, firstKey, secondKey
LIMIT $limit
