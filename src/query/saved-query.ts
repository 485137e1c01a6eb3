/** The types a saved query's parameter can declare in its header. */
export const PARAM_TYPES = ["string", "int", "float", "date", "boolean"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/**
 * A parameter's value as it travels to Cypher: dates as ISO strings (`YYYY-MM-DD`, the form the
 * graph stores meeting and event dates in), null where an optional parameter was left out.
 */
export type ParamValue = string | number | boolean | null;

export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  /** Whether the header gives a default; a parameter without one must be passed. */
  readonly required: boolean;
  readonly defaultValue: ParamValue;
  /** The only values a string parameter accepts, when the header lists them. */
  readonly choices: readonly string[] | undefined;
  readonly description: string;
}

/** One statement from `cypher/queries/<name>.cypher`, with what its header declares. */
export interface SavedQuery {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  /** The whole file, header included: Cypher ignores the comments. */
  readonly cypher: string;
  /** Where it came from, for messages: `cypher/queries/<name>.cypher`. */
  readonly file: string;
}
