// @query event-issues
// @description The issues an event concerned: those linked by CONCERNS, and those the articles reporting the event raise
// @param event string = "event:meeting:2024-04-26:antony-blinken+xi-jinping"  An event's key (event:…) or part of its name
// @param limit int = 200  At most this many rows
// `basis` says why an issue is listed: "concerns" for a CONCERNS relationship the extraction
// found, "reported with" for an issue mentioned by an article that reports the event.
MATCH (e:Event)
WHERE $event IS NULL OR e.key = $event OR toLower(e.name) CONTAINS toLower($event)
CALL (e) {
  MATCH (e)-[c:CONCERNS]->(i:Issue)
  RETURN i, "concerns" AS basis, COLLECT {
    MATCH (article:Article)-[:REPORTS]->(e) WHERE c.key IN article.relationshipKeys
    RETURN article.key
  } AS sources
  UNION
  MATCH (e)<-[:REPORTS]-(article:Article)-[:MENTIONS]->(i:Issue)
  WHERE NOT (e)-[:CONCERNS]->(i)
  WITH i, collect(article.key) AS sources
  RETURN i, "reported with" AS basis, sources
}
RETURN e.date AS date,
       e.type AS type,
       e.place AS place,
       i.name AS issue,
       basis,
       COLLECT { UNWIND sources AS source RETURN DISTINCT source ORDER BY source } AS articles,
       e.key AS event,
       i.key AS issueKey
ORDER BY date, event, basis, issueKey
LIMIT $limit
