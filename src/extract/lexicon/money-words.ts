import type { Token } from "../text/tokenize.ts";
import words from "./money-words.json" with { type: "json" };

/**
 * The words of giving money and of money not given, each with its family, built from WordNet by
 * scripts/lexicon/money-words.ts: "lent" and "loans" are `lend`, "donation" `grant`, "tariff"
 * `tax`, "arrears" `debt`. Looked up one token (or two: "set aside") at a time.
 */
const FAMILIES: ReadonlyMap<string, string> = new Map(Object.entries(words));

/** The families of money given; the others are of money that is not given. */
const GIVING = new Set([
  "lend",
  "grant",
  "invest",
  "finance",
  "pledge",
  "allocate",
  "disburse",
  "provide",
]);

/** A money word at a token: its family, whether it gives money, and how many tokens it spans. */
export interface MoneyWord {
  readonly family: string;
  readonly giving: boolean;
  readonly length: 1 | 2;
}

/** The money word that starts at token `at` ("set aside" before "set"), if any. */
export function moneyWordAt(tokens: readonly Token[], at: number): MoneyWord | undefined {
  const t = tokens[at];
  if (t === undefined || t.punct) return undefined;
  const next = tokens[at + 1];
  if (next !== undefined && !next.punct) {
    const two = FAMILIES.get(`${t.lower} ${next.lower}`);
    if (two !== undefined) return { family: two, giving: GIVING.has(two), length: 2 };
  }
  const one = FAMILIES.get(t.lower);
  return one === undefined ? undefined : { family: one, giving: GIVING.has(one), length: 1 };
}
