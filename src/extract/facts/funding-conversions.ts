import type { MoneyMention } from "./money.ts";

/** "30 billion rupees (about $357 million)": a conversion in brackets opens so. */
const BRACKET_OPEN = /^\s*\((?:about|around|roughly|some|nearly|approximately|or|worth)?\s*$/i;
/** "… credit (about", "… in grants (roughly": a money noun or two, then the bracket of a conversion. */
const NOUN_THEN_BRACKET =
  /^\s*(?:[a-z][\w-]*\s+){1,2}\(\s*(?:about|around|roughly|some|nearly|approximately|almost|or)\s*$/i;
/** The approximators a conversion opens with: "about", "roughly", "the equivalent of". */
const APPROXIMATELY = String.raw`(?:about|around|roughly|some|nearly|approximately|almost|equivalent\s+to|the\s+equivalent\s+of|worth)`;
/**
 * "¥30 billion, or about $200 million, to…", "– around $200 million –", ", equivalent to…": a
 * conversion between commas or dashes opens with an approximator or "or", at least one: a bare
 * comma ("grants of $300 million, €50 million") lists another amount.
 */
const ASIDE_OPEN = new RegExp(
  String.raw`^\s*[,–¬—¦]\s*(?:or\s+(?:${APPROXIMATELY}\s+)?|${APPROXIMATELY}\s+)$`,
  "i",
);
/** …and closes with the same mark, or ends the sentence ("at current exchange rates" may come first). */
const ASIDE_CLOSE =
  /^\s*(?:at\s+(?:current|today['’]s|the\s+current)\s+(?:exchange\s+)?rates?\s*)?(?:[,–¬—¦]|[.;]?\s*$)/i;

/**
 * "30 billion rupees (about $357 million)", "¥30 billion, or about $200 million,": the conversion
 * is not a second amount; the first amount's span takes in the brackets (or the aside) so what
 * follows them reads as its continuation.
 */
export function withoutConversions(
  text: string,
  start: number,
  found: readonly MoneyMention[],
): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const money of found) {
    const prev = out.at(-1);
    const gap = prev === undefined ? "" : text.slice(prev.end - start, money.start - start);
    if (prev !== undefined && BRACKET_OPEN.test(gap)) {
      const close = text.indexOf(")", money.end - start);
      out[out.length - 1] = { ...prev, end: close < 0 ? money.end : start + close + 1 };
      continue;
    }
    // "a 4.2 billion peso credit (about $230 million)": the conversion may follow the money noun;
    // the amount keeps its own span, so the noun still reads as its own.
    if (
      prev !== undefined &&
      prev.currency !== money.currency &&
      NOUN_THEN_BRACKET.test(gap) &&
      /^\s*\)/.test(text.slice(money.end - start))
    )
      continue;
    // A conversion is into another currency: "$300 million, about $100 million of it…" is a part.
    const close =
      prev !== undefined && prev.currency !== money.currency && ASIDE_OPEN.test(gap)
        ? ASIDE_CLOSE.exec(text.slice(money.end - start))
        : null;
    if (prev !== undefined && close !== null) {
      out[out.length - 1] = { ...prev, end: money.end + close[0].length };
      continue;
    }
    out.push(money);
  }
  return out;
}
