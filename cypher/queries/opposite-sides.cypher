// @query opposite-sides
// @description Countries on opposite sides: one opposes an issue (or a country) that the other funds, is, or speaks for
// @param issue string = null  The contested issue's or country's key, or part of its name; all when null
// A country is against a target when it, one of its people (REPRESENTS) or one of its
// organisations (by their `country`) OPPOSES it. It is for the target when it funds an issue
// (directly or through its organisations), is the target country, or is the country the opposed person or
// organisation belongs to. One row per contested target and pair of countries.
MATCH (target)<-[o:OPPOSES]-(opponent)
WHERE $issue IS NULL OR target.key = $issue OR toLower(target.name) CONTAINS toLower($issue)
CALL (opponent) {
  MATCH (c:Country) WHERE c = opponent RETURN c
  UNION MATCH (opponent)-[:REPRESENTS]->(c:Country) RETURN c
  UNION MATCH (c:Country) WHERE opponent:Organization AND c.iso3 = opponent.country RETURN c
}
WITH target, c, opponent, COLLECT {
       MATCH (article:Article)-[:MENTIONS]->(opponent) WHERE o.key IN article.relationshipKeys
       RETURN article.key
     } AS stanceSources
WITH target, c AS against, collect(DISTINCT opponent.name) AS voicedBy,
     reduce(all = [], sources IN collect(stanceSources) | all + sources) AS sources
CALL (target) {
  MATCH (c:Country) WHERE c = target RETURN c, "is the target" AS stance
  UNION MATCH (target)-[:REPRESENTS]->(c:Country) RETURN c, "its representative is opposed" AS stance
  UNION MATCH (c:Country) WHERE target:Organization AND c.iso3 = target.country
    RETURN c, "its organisation is opposed" AS stance
  UNION MATCH (target:Issue)<-[:FUNDS]-(c:Country) RETURN c, "funds it" AS stance
  UNION MATCH (target:Issue)<-[:FUNDS]-(org:Organization) MATCH (c:Country {iso3: org.country})
    RETURN c, "funds it through " + org.name AS stance
}
WITH target, against, voicedBy, sources, c AS backer, collect(stance) AS backing
WHERE against <> backer
RETURN coalesce(target.name, target.key) AS contested,
       against.name AS against,
       COLLECT { UNWIND voicedBy AS name RETURN name ORDER BY name } AS voicedBy,
       backer.name AS for,
       COLLECT { UNWIND backing AS stance RETURN stance ORDER BY stance } AS because,
       size(reduce(seen = [], s IN sources | CASE WHEN s IN seen THEN seen ELSE seen + s END)) AS articles,
       target.key AS contestedKey,
       against.key AS againstKey,
       backer.key AS forKey
ORDER BY contestedKey, againstKey, forKey
