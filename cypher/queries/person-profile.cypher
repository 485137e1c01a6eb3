// @query person-profile
// @description A person's profile: roles, countries, meetings, stances and events, each with its sources
// @param person string = "person:antony-blinken"  The person's key (person:…) or exact name
// One row per fact about the person, grouped by aspect in a fixed order; `sources` lists the
// articles that state the fact: those that mention the person and list the fact's key among the
// facts they state (for a role: every article that mentions the person).
MATCH (p:Person)
WHERE p.key = $person OR p.name = $person
CALL (p) {
  MATCH (p)<-[:MENTIONS]-(article:Article)
  WITH p, collect(article.key) AS sources
  RETURN 1 AS rank, "role" AS aspect, coalesce(p.title, "") AS detail, null AS date,
         p.key AS otherKey, sources
  UNION
  MATCH (p)-[r:REPRESENTS]->(c:Country)
  RETURN 2 AS rank, "represents" AS aspect,
         c.name + CASE WHEN r.title IS NULL THEN "" ELSE " (" + r.title + ")" END AS detail,
         null AS date, c.key AS otherKey, COLLECT {
           MATCH (article:Article)-[:MENTIONS]->(p) WHERE r.key IN article.relationshipKeys
           RETURN article.key
         } AS sources
  UNION
  MATCH (p)-[m:MET_WITH]-(other:Person)
  RETURN 3 AS rank, "met" AS aspect,
         other.name + CASE WHEN m.place IS NULL THEN "" ELSE " in " + m.place END AS detail,
         m.date AS date, other.key AS otherKey, COLLECT {
           MATCH (article:Article)-[:MENTIONS]->(p) WHERE m.key IN article.relationshipKeys
           RETURN article.key
         } AS sources
  UNION
  MATCH (p)-[o:OPPOSES]->(target)
  RETURN 4 AS rank, "opposes" AS aspect, coalesce(target.name, o.what) AS detail,
         null AS date, target.key AS otherKey, COLLECT {
           MATCH (article:Article)-[:MENTIONS]->(p) WHERE o.key IN article.relationshipKeys
           RETURN article.key
         } AS sources
  UNION
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  MATCH (e)<-[:REPORTS]-(article:Article)
  WITH e, collect(article.key) AS sources
  RETURN 5 AS rank, "took part in" AS aspect,
         e.type + CASE WHEN e.place IS NULL THEN "" ELSE " in " + e.place END AS detail,
         e.date AS date, e.key AS otherKey, sources
}
WITH p, rank, aspect, detail, date, otherKey,
     COLLECT { UNWIND sources AS source RETURN DISTINCT source ORDER BY source } AS sources
RETURN p.name AS person, aspect, detail, date, sources, otherKey AS key
ORDER BY rank, date, key
