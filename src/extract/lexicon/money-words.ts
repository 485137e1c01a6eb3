import type { Token } from "../text/tokenize.ts";
import words from "./money-words.json" with { type: "json" };

/**
 * The words of giving money and of money not given, each with its family, built from WordNet by
 * scripts/lexicon/money-words.ts: "lent" and "loans" are `lend`, "donation" `grant`, "tariff"
 * `tax`, "arrears" `debt`. Looked up one token (or two: "set aside") at a time. Only the families
 * of money not given are read (funding-not-money.ts); those of money given hold a word first, so
 * "loan" is `lend`, not `debt`, and "disbursement" `disburse`, not `price`.
 */
const FAMILIES: ReadonlyMap<string, string> = new Map(Object.entries(words));

/** A money word at a token: its family and how many tokens it spans. */
export interface MoneyWord {
  readonly family: string;
  readonly length: 1 | 2;
}

/** The money word that starts at token `at` ("set aside" before "set"), if any. */
export function moneyWordAt(tokens: readonly Token[], at: number): MoneyWord | undefined {
  const t = tokens[at];
  if (t === undefined || t.punct) return undefined;
  const next = tokens[at + 1];
  if (next !== undefined && !next.punct) {
    const two = FAMILIES.get(`${t.lower} ${next.lower}`);
    if (two !== undefined) return { family: two, length: 2 };
  }
  const one = FAMILIES.get(t.lower);
  return one === undefined ? undefined : { family: one, length: 1 };
}
