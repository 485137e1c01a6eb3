// @query meetings-timeline
// @description The meetings timeline: dated events (meetings, talks, calls, visits…) with their participants, in date order
// @param from date = null  First day of the period
// @param to date = null  Last day of the period
// @param type string = null  Only events of this type (meeting, talks, call, visit, summit, signing…)
// @param person string = null  Only events this person (key or part of a name) took part in
// Undated events have no place on a timeline and are left out; a month-precision date counts as
// in the period when the month overlaps it.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR e.date >= left($from, size(e.date)))
  AND ($to IS NULL OR e.date <= left($to, size(e.date)))
  AND ($person IS NULL OR EXISTS {
    MATCH (e)<-[:PARTICIPATED_IN]-(p:Person)
    WHERE p.key = $person OR toLower(p.name) CONTAINS toLower($person)
  })
RETURN e.date AS date,
       e.type AS type,
       e.place AS place,
       e.status AS status,
       COLLECT { MATCH (e)<-[:PARTICIPATED_IN]-(p:Person) RETURN p.name ORDER BY p.name } AS participants,
       COUNT { (e)<-[:REPORTS]-(:Article) } AS articles,
       e.key AS event
ORDER BY date, event
