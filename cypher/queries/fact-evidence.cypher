// @query fact-evidence
// @description The evidence behind a MET_WITH, OPPOSES or FUNDS fact: each article, sentence, character offsets and confidence
// @param from string = "person:antony-blinken"  Key of one end of the fact
// @param to string = "person:xi-jinping"  Key of the other end
// @param type string = "MET_WITH" (MET_WITH|OPPOSES|FUNDS)  The fact's relationship type
// Either direction matches (a meeting's direction is only visitor -> host where the text says
// so). The type is compared with type(r), never spliced into the statement, and must be one of
// the three fact types. One row per evidence sentence, from the relationship's parallel lists.
CALL () {
  MATCH (n:Person {key: $from}) RETURN n
  UNION MATCH (n:Country {key: $from}) RETURN n
  UNION MATCH (n:Organization {key: $from}) RETURN n
}
WITH n AS a
MATCH (a)-[r]-(b)
WHERE b.key = $to
  AND $type IN ["MET_WITH", "OPPOSES", "FUNDS"]
  AND type(r) = $type
UNWIND range(0, size(r.sources) - 1) AS i
OPTIONAL MATCH (article:Article {key: r.sources[i]})
RETURN startNode(r).name + " -> " + endNode(r).name AS fact,
       coalesce(r.date, r.what, toString(toInteger(r.amount)) + " " + r.currency) AS detail,
       r.sources[i] AS article,
       article.title AS title,
       article.publishedAt AS publishedAt,
       r.sentences[i] AS sentence,
       r.starts[i] AS start,
       r.ends[i] AS end,
       r.confidences[i] AS confidence,
       r.key AS factKey
ORDER BY factKey, article, start
