// Schema: a range index on MET_WITH.date, for meetings in a period without scanning every meeting.
// Idempotent: IF NOT EXISTS.
CREATE INDEX met_with_date IF NOT EXISTS
FOR ()-[r:MET_WITH]-() ON (r.date)
