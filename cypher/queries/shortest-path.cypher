// @query shortest-path
// @description The shortest chains of facts linking two actors (people, countries, organisations, issues, events), at most 8 steps
// @param from string = "person:antony-blinken"  Key of the first actor (person:…, country:…, org:…, issue:…, event:…)
// @param to string = "country:CHN"  Key of the second actor
// Walks the fact and structure relationships in either direction, never MENTIONS or REPORTS
// (being named by the same article is not a connection). All shortest paths are returned, in
// the order of the keys along them, so ties come out the same on every run.
CALL () {
  MATCH (n:Person {key: $from}) RETURN n
  UNION MATCH (n:Country {key: $from}) RETURN n
  UNION MATCH (n:Organization {key: $from}) RETURN n
  UNION MATCH (n:Issue {key: $from}) RETURN n
  UNION MATCH (n:Event {key: $from}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Person {key: $to}) RETURN n
  UNION MATCH (n:Country {key: $to}) RETURN n
  UNION MATCH (n:Organization {key: $to}) RETURN n
  UNION MATCH (n:Issue {key: $to}) RETURN n
  UNION MATCH (n:Event {key: $to}) RETURN n
}
WITH a, n AS b
WHERE a <> b
MATCH p = allShortestPaths(
  (a)-[:MET_WITH|OPPOSES|FUNDS|REPRESENTS|PARTICIPATED_IN|CONCERNS*..8]-(b)
)
WITH p, [node IN nodes(p) | node.key] AS keys
RETURN length(p) AS hops,
       p AS path,
       [node IN nodes(p) | coalesce(node.name, node.key)] AS actors,
       keys
ORDER BY keys
