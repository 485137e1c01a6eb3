import { stanceWord } from "./opp-lexicon.ts";

/** The quotation a label ends with: "a photo opportunity without substance". */
const QUOTATION = /["“]([^"”]*)["”]?\s*$/u;

/** A word of the quotation: letters, inner apostrophes and hyphens. */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

const CAPITAL = /\p{Lu}/u;

/**
 * What the label model reads of a label's quotation (opposition-labelled.ts), one function for
 * training and run time: each word in lower case ("q=sham"; a capitalised word after the first, a
 * name's, is "q=CAP"), the stance family of any word the stance lexicon knows ("qfam=condemn",
 * "qfam=valence"), and how many such words it holds (0, 1, 2 or more). "called the plan "a blank cheque for an arms race"" gives q=blank, q=cheque, …
 */
export function labelFeatures(what: string): string[] {
  const quote = QUOTATION.exec(what)?.[1] ?? "";
  const out = new Set<string>(["label"]);
  let stances = 0;
  let first = true;
  for (const [w] of quote.matchAll(WORD)) {
    // The quotation's first word is capitalised as a sentence's is ("Shameful, a bandage…").
    const name = !first && CAPITAL.test(w);
    first = false;
    if (w.length < 2) continue;
    const lower = w.toLowerCase();
    out.add(`q=${name ? "CAP" : lower}`);
    const stance = lower.length >= 3 ? stanceWord(lower) : undefined;
    if (stance === undefined) continue;
    stances++;
    out.add(`qfam=${stance.family}`);
  }
  out.add(`qstances=${Math.min(stances, 2)}`);
  return [...out];
}
