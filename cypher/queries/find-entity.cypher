// @query find-entity
// @description Find entities by part of a name or alias, to get the keys other queries take
// @param name string  Part of a name, alias or key (case does not matter)
// @param limit int = 50  At most this many rows
MATCH (n)
WHERE (n:Person OR n:Country OR n:Organization OR n:Issue OR n:Event)
  AND (toLower(coalesce(n.name, "")) CONTAINS toLower($name)
       OR toLower(n.key) CONTAINS toLower($name)
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($name)))
RETURN [label IN labels(n)][0] AS label,
       n.name AS name,
       n.key AS key,
       coalesce(n.title, n.iso3, n.type) AS about,
       COUNT { (n)<-[:MENTIONS|REPORTS]-(:Article) } AS articles
ORDER BY label, key
LIMIT $limit
