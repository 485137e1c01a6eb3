// @query most-connected
// @description The most connected actors: distinct neighbours through facts and structure, then facts, then articles
// @param label string = null (Person|Country|Organization|Issue|Event)  Only actors with this label; all when null
// @param limit int = 10  How many actors
// Connections count distinct neighbours over MET_WITH, OPPOSES, FUNDS, REPRESENTS,
// PARTICIPATED_IN and CONCERNS, in either direction; articles count those that mention the actor.
MATCH (n)
WHERE (n:Person OR n:Country OR n:Organization OR n:Issue OR n:Event)
  AND ($label IS NULL OR $label IN labels(n))
WITH n,
     COUNT { (n)-[:MET_WITH|OPPOSES|FUNDS|REPRESENTS|PARTICIPATED_IN|CONCERNS]-() } AS facts,
     COUNT {
       MATCH (n)-[:MET_WITH|OPPOSES|FUNDS|REPRESENTS|PARTICIPATED_IN|CONCERNS]-(m)
       RETURN DISTINCT m
     } AS connections
WHERE facts > 0
RETURN coalesce(n.name, n.key) AS actor,
       [label IN labels(n)][0] AS label,
       connections,
       facts,
       COUNT { (n)<-[:MENTIONS|REPORTS]-(:Article) } AS articles,
       n.key AS key
ORDER BY connections DESC, facts DESC, articles DESC, key
LIMIT $limit
