import type { Actor } from "./actor.ts";
import { bodyOfKind } from "./body-by-kind.ts";

/** "the Fund's", "the Bank's": a body taken up by the head word of its name, with a capital. */
const CAPITAL_POSSESSOR =
  /^(?:the\s+)?(Fund|Bank|Union|Commission|Council|Court|Agency|Alliance|Organi[sz]ation|Committee|Bloc)['’]s?\s+/;

/** "the Fund", "the Bank" as the whole of a phrase. */
const CAPITAL_ALONE = /^(?:the\s+)?(Fund|Bank|Commission|Union)$/;

/**
 * "the fund's recommendation", "the Washington-based lender's demands", "the bloc's new rules": a
 * body taken up by its kind in lowercase as the owner of what a phrase names, with at most two
 * words before the kind.
 */
const LOWER_POSSESSOR =
  /^(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?)(bank|fund|lender|bloc|alliance|agency|union|commission|council|court|tribunal|committee|organi[sz]ation|movement|body|grouping|cartel)['’]s?\s+/u;

/**
 * Words before a lowercase kind that leave it the body named before: a place it is based in, a
 * demonym or acronym ("the EU bloc's"), or a word of what it does; not "central", "national",
 * "state" (a state's own, unnamed: "the central bank's decision").
 */
const DESCRIBING =
  /^(?:\p{Lu}[\p{L}.’'-]*|regional|multilateral|international|global|development|lending|donor|military|western|trade|world|continental|oil)$/u;
const STATE_WORD = /^(?:Central|National|State|Federal|Reserve)$/;

const CAPITAL = { capital: true };

/**
 * The body a phrase is owned by or is, when it opens with a kind noun for a body named before:
 * "rejected the Fund's proposed programme", "criticised the Bank", "rejected the fund's
 * recommendation to raise fuel taxes" (body-by-kind.ts says which body); undefined otherwise. `at`
 * is where the stance's verb stands.
 */
export function kindOwner(phrase: string, at: number): Actor | undefined {
  const capital = (CAPITAL_POSSESSOR.exec(phrase) ?? CAPITAL_ALONE.exec(phrase))?.[1];
  if (capital !== undefined) return bodyOfKind(capital, at, CAPITAL);
  const m = LOWER_POSSESSOR.exec(phrase);
  if (m === null) return undefined;
  const modifiers = m[1]!.split(" ").filter(Boolean);
  if (!modifiers.every((w) => DESCRIBING.test(w) && !STATE_WORD.test(w))) return undefined;
  return bodyOfKind(m[2]!, at, { modifiers });
}
