// Schema: a range index on Event.date, for events by date: timelines, meetings in a period.
// Idempotent: IF NOT EXISTS.
CREATE INDEX event_date IF NOT EXISTS
FOR (n:Event) ON (n.date)
