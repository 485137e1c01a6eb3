/** The temporal kinds Neo4j returns; each keeps its ISO 8601 text. */
export type TemporalKind =
  "date" | "datetime" | "localdatetime" | "time" | "localtime" | "duration";

/**
 * A Neo4j temporal value as plain data: its kind and ISO text. JSON.stringify writes the ISO text;
 * the table format prints it the way people read dates.
 */
export class TemporalValue {
  constructor(
    readonly kind: TemporalKind,
    readonly iso: string,
  ) {}

  toJSON(): string {
    return this.iso;
  }
}

/** A query result value with nothing of the driver left in it. */
export type PlainValue =
  | null
  | boolean
  | number
  | string
  | TemporalValue
  | readonly PlainValue[]
  | { readonly [key: string]: PlainValue };

/** A query's result: its columns in RETURN order, and one value per column in each row. */
export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly PlainValue[])[];
}
