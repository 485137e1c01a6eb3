// @query funding-flows
// @description Funding flows: totals per funder, recipient and currency (never summed across currencies), with purposes and sources
// @param funder string = null  The funder's key or part of its name; every funder when null
// @param recipient string = null  The recipient's key or part of its name; every recipient when null
// @param currency string = null  An ISO 4217 code (USD, EUR…); every currency when null
// Each FUNDS relationship is one pledge (its key holds the amount and currency); a total adds
// the pledges of one funder to one recipient in one currency, and currencies are never mixed.
// A pledge's articles are those that mention the funder and list the pledge among their facts.
MATCH (funder)-[f:FUNDS]->(recipient)
WHERE ($funder IS NULL OR funder.key = $funder OR toLower(funder.name) CONTAINS toLower($funder))
  AND ($recipient IS NULL OR recipient.key = $recipient
       OR toLower(recipient.name) CONTAINS toLower($recipient))
  AND ($currency IS NULL OR f.currency = toUpper($currency))
WITH funder, recipient, f, COLLECT {
       MATCH (article:Article)-[:MENTIONS]->(funder) WHERE f.key IN article.relationshipKeys
       RETURN article.key
     } AS pledgeSources
WITH funder, recipient, f.currency AS currency,
     sum(f.amount) AS total,
     count(f) AS pledges,
     collect(f.purpose) AS purposes,
     reduce(all = [], sources IN collect(pledgeSources) | all + sources) AS sources
RETURN funder.name AS funder,
       recipient.name AS recipient,
       currency,
       total,
       pledges,
       COLLECT { UNWIND purposes AS purpose RETURN DISTINCT purpose ORDER BY purpose } AS purposes,
       COLLECT { UNWIND sources AS source RETURN DISTINCT source ORDER BY source } AS articles,
       funder.key AS funderKey,
       recipient.key AS recipientKey
ORDER BY funderKey, recipientKey, currency
