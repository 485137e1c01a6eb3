// @query who-met-whom
// @description Who met whom: each MET_WITH fact with its date, place and supporting articles
// @param person string = null  A person's key (person:…) or part of a name; everyone when null
// @param from date = null  First day of the period; meetings without a date drop out when set
// @param to date = null  Last day of the period
// @param limit int = 200  At most this many rows
// Dates are stored as text, a day (2024-04-26) or a month (2024-05); a month counts as in the
// period when it overlaps it, hence the comparison on the stored date's own precision. `articles` counts the articles that
// mention the first person and list the meeting among the facts they state.
MATCH (a:Person)-[m:MET_WITH]->(b:Person)
WHERE ($person IS NULL
       OR $person IN [a.key, b.key]
       OR toLower(a.name) CONTAINS toLower($person)
       OR toLower(b.name) CONTAINS toLower($person))
  AND ($from IS NULL OR m.date >= left($from, size(m.date)))
  AND ($to IS NULL OR m.date <= left($to, size(m.date)))
RETURN m.date AS date,
       a.name AS person,
       b.name AS metWith,
       m.place AS place,
       COUNT { MATCH (article:Article)-[:MENTIONS]->(a) WHERE m.key IN article.relationshipKeys } AS articles,
       a.key AS personKey,
       b.key AS metWithKey
ORDER BY date, personKey, metWithKey
LIMIT $limit
