// @query fact-evidence
// @description The evidence behind a MET_WITH, OPPOSES or FUNDS fact: each article, sentence, character offsets and confidence
// @param from string = "person:antony-blinken"  Key of one end of the fact
// @param to string = "person:xi-jinping"  Key of the other end
// @param type string = "MET_WITH" (MET_WITH|OPPOSES|FUNDS)  The fact's relationship type
// Either direction matches (a meeting's direction is only visitor -> host where the text says
// so). The type is compared with type(r), never spliced into the statement, and must be one of
// the three fact types. The articles behind a fact are those that mention its first end and
// list its key among the facts they state; one row per evidence sentence, from the article's
// evidence lists (an article that states the fact without a sentence gives one row of nulls).
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
MATCH (article:Article)-[:MENTIONS]->(a)
WHERE r.key IN article.relationshipKeys
WITH r, article,
     [i IN range(0, size(article.evidenceKeys) - 1) WHERE article.evidenceKeys[i] = r.key] AS entries
UNWIND CASE WHEN entries = [] THEN [null] ELSE entries END AS i
RETURN startNode(r).name + " -> " + endNode(r).name AS fact,
       coalesce(r.date, r.what, toString(toInteger(r.amount)) + " " + r.currency) AS detail,
       article.key AS article,
       article.title AS title,
       article.publishedAt AS publishedAt,
       article.evidenceSentences[i] AS sentence,
       article.evidenceStarts[i] AS start,
       article.evidenceEnds[i] AS end,
       article.evidenceConfidences[i] AS confidence,
       r.key AS factKey
ORDER BY factKey, article, start
