import { lookupCountryForm } from "../gazetteer/countries.ts";
import { mayStartTitle } from "../gazetteer/title-index.ts";
import type { Actor } from "../resolve/actor.ts";

/**
 * "met ministers in the absence of B", "held talks with C without B", "spoke with an aide to B",
 * "met C on behalf of B", "met the widow of B": a person named after a word of absence,
 * substitution, proxy or kinship is not at the meeting — someone else stands there for them, or
 * no one does.
 */
const ABSENT_BEFORE =
  /\b(?:in\s+the\s+absence\s+of|without|except|excluding|apart\s+from|other\s+than|instead\s+of|rather\s+than|in\s+place\s+of|on\s+behalf\s+of|(?:aides?|advis[eo]rs?|envoys?|emissar(?:y|ies)|representatives?|spokes(?:man|woman|person)|assistants?|relatives?|widow(?:er)?|wife|husband|sons?|daughters?|mother|father|brothers?|sisters?|family|children|grand(?:son|daughter|children)s?)\s+(?:to|of|for))\s+(?:(?:the\s+)?(?:late|former|then)\s+)?$/i;

/** A cheap gate: the sentence has none of the words that open such a phrase. */
const HINT =
  /\b(?:absence|without|except|excluding|apart|other\s+than|instead|rather\s+than|in\s+place|behalf|aide|advis|envoy|emissar|representative|spokes|assistant|relative|widow|wife|husband|son|daughter|mother|father|brother|sister|family|children|grand)/i;

/** The furthest back such a phrase may start before the name (titles stand between). */
const REACH = 60;

/** The capitalised word that ends the text before a name. */
const LAST_CAPITALISED = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*)\s+$/u;

/**
 * The text before a name without the title words and demonyms between the phrase and the name
 * ("Kenyan President "): only those, so "Without Ruto, …" keeps its sentence-opening "Without".
 */
function withoutTitle(before: string): string {
  let rest = before;
  for (;;) {
    const m = LAST_CAPITALISED.exec(rest);
    const word = m?.[1];
    if (m === null || word === undefined) return rest;
    if (!mayStartTitle(word) && lookupCountryForm(word) === undefined) return rest;
    rest = rest.slice(0, m.index);
  }
}

/**
 * The people of `people` who are at the meeting: not those named right after a phrase of absence
 * or proxy (with at most a title between: "in the absence of Kenyan President B").
 */
export function present(text: string, start: number, people: Actor[]): Actor[] {
  if (!HINT.test(text)) return people;
  return people.filter((p) => {
    const before = text.slice(Math.max(0, p.start - start - REACH), p.start - start);
    return !ABSENT_BEFORE.test(withoutTitle(before));
  });
}
