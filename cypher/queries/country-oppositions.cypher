// @query country-oppositions
// @description What each country opposes, directly or through the people and organisations that speak for it
// @param country string = null  A country's key (country:ISO3), ISO3 code or name; every country when null
// A person speaks for the country they REPRESENT; an organisation for the country in its
// `country` property (a ministry, an army). `via` names who voiced the stance.
// `articles` counts the articles that state the stance: those that mention its author and list
// its key among the facts they state (Article.relationshipKeys).
MATCH (c:Country)
WHERE $country IS NULL OR $country IN [c.key, c.iso3] OR toLower(c.name) = toLower($country)
CALL (c) {
  MATCH (c)-[o:OPPOSES]->(target)
  RETURN o, target, null AS via
  UNION
  MATCH (c)<-[:REPRESENTS]-(p:Person)-[o:OPPOSES]->(target)
  RETURN o, target, p.name AS via
  UNION
  MATCH (org:Organization {country: c.iso3})-[o:OPPOSES]->(target)
  RETURN o, target, org.name AS via
}
WITH c, o, target, via, startNode(o) AS opponent
RETURN c.name AS country,
       coalesce(target.name, target.key) AS opposes,
       CASE WHEN o.what IN [target.name, target.key] THEN null ELSE o.what END AS what,
       coalesce(via, "directly") AS via,
       COUNT { MATCH (article:Article)-[:MENTIONS]->(opponent) WHERE o.key IN article.relationshipKeys } AS articles,
       c.key AS countryKey,
       target.key AS targetKey
ORDER BY country, targetKey, via
