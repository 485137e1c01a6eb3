import type { Actor } from "../resolve/actor.ts";
import type { Party, Recipient } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";

/** Cheap gate: a verb of concluding a deal somewhere before the amount. */
const CONCLUDED = /\b(?:sign|agree|reach|struck|strike|seal|conclud|initial)\w*/i;
/** "Italy and Tunisia signed", "… agreed on Monday": two sides joined by "and", then the verb. */
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/i;
const VERB_AFTER =
  /^\s+(?:(?:have|has|had|on\s+\w+|also|jointly)\s+)*(?:sign|agree|reach|struck|seal|conclud|initial)\w*/i;
/** "signed an agreement with Tunisia", "Under a deal agreed with Kenya": the other side after "with". */
const WITH_BEFORE =
  /\b(?:sign|agree|reach|struck|seal|conclud|initial)\w*\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$/i;

/**
 * Between the deal and the amount, a clause of its own opens: "under which", "whereby", a comma —
 * not "Britain and France signed the declaration and pledged £10 million", two payers.
 */
const OWN_CLAUSE = /\b(?:under|whereby|which)\b|,/i;

/**
 * "Italy and Tunisia signed a deal under which Rome will give €50 million", "Italy signed an
 * agreement with Tunisia under which it will provide…": when a payer of money is one side of
 * the deal the sentence concludes, and nothing else receives it, the other side does.
 */
export function signingSide(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Party | undefined,
): Recipient | undefined {
  if (funder === undefined || !CONCLUDED.test(text.slice(0, money.start - start))) return undefined;
  const before = actors.filter((a) => a.end <= money.start);
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = before[i + 1];
    const sides =
      b !== undefined &&
      AND_BETWEEN.test(text.slice(a.end - start, b.start - start)) &&
      VERB_AFTER.test(text.slice(b.end - start, b.end - start + 40))
        ? [a, b]
        : WITH_BEFORE.test(text.slice(Math.max(0, a.start - start - 80), a.start - start))
          ? [a]
          : undefined;
    if (sides === undefined) continue;
    const last = sides.at(-1) as Actor;
    if (!OWN_CLAUSE.test(text.slice(last.end - start, money.start - start))) return undefined;
    const parties = sides.map(payer);
    if (parties.length === 1) {
      const other = parties[0];
      return other !== undefined && other.key !== funder.key ? { actor: other } : undefined;
    }
    if (!parties.some((p) => p?.key === funder.key)) return undefined;
    const other = parties.find((p) => p !== undefined && p.key !== funder.key);
    return other === undefined ? undefined : { actor: other };
  }
  return undefined;
}
