// @query funding-totals
// @description Funding totals per actor and currency: what each funder gave and each recipient received
// @param currency string = null  An ISO 4217 code (USD, EUR…); every currency when null
// One row per actor, role (gives / receives) and currency; amounts in different currencies are
// separate rows because adding them would need exchange rates the articles do not give.
MATCH (funder)-[f:FUNDS]->(recipient)
WHERE $currency IS NULL OR f.currency = toUpper($currency)
UNWIND [["gives", funder, recipient], ["receives", recipient, funder]] AS side
WITH side[0] AS role, side[1] AS actor, side[2] AS counterpart, f
RETURN actor.name AS actor,
       role,
       f.currency AS currency,
       sum(f.amount) AS total,
       count(f) AS pledges,
       count(DISTINCT counterpart) AS counterparts,
       actor.key AS actorKey
ORDER BY role, currency, total DESC, actorKey
