/**
 * The verbs that attribute a report to its source: "…, the spokesman said", "…, X told
 * reporters", "…, X wrote on X". The one who tells of a meeting is not, for that, one of its
 * parties.
 */
export const REPORTING_VERBS =
  "said|says|told|tells|added|adds|wrote|writes|stated|states|announced|confirmed|noted|reported|posted|explained|recalled|disclosed|revealed";

/** A word of the source's name or title: not a conjunction or relative opening a clause. */
const WORD = String.raw`(?!(?:and|but|while|who|which|whom|whose|as|when|after|before|because|since|where|with|that|then|also)\b)[\p{L}\d'’.-]+`;

/**
 * "Ruto met Hassan in Arusha on Monday, spokesman Korir Sing'oei said in a statement.": a source
 * named after a comma (or "and") at the end of the sentence — a name with its title, perhaps an aside in
 * apposition (", the government spokesman,") — then a reporting verb and at most its own object
 * or adverbials ("told reporters on Tuesday"). Not a relative clause (", who attended, said")
 * nor a new clause opened by a conjunction (", and X said the talks went well").
 */
const TRAILING_SOURCE = new RegExp(
  String.raw`(?:,|\s(?:and|but|while))\s+(?:${WORD}\s+){0,6}?${WORD}` +
    String.raw`(?:,\s+(?:the|a|an|his|her|their|its)\s+[^,;]{1,60},)?` +
    String.raw`\s+(?:${REPORTING_VERBS})\b[^,;.]{0,60}\.?["”]?\s*$`,
  "u",
);

/** A cheap gate: a sentence with no reporting verb has no source to cut. */
const REPORTING_HINT = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`);

/**
 * Where the trailing source of a sentence begins, in `clause` (the words after a meeting's
 * trigger to the end of the sentence), or -1: the people named from there on report the meeting,
 * they do not attend it.
 */
export function trailingSourceAt(clause: string): number {
  // The verb has no comma or semicolon after it.
  const last = Math.max(clause.lastIndexOf(","), clause.lastIndexOf(";"));
  if (!REPORTING_HINT.test(last < 0 ? clause : clause.slice(last + 1))) return -1;
  const m = TRAILING_SOURCE.exec(clause);
  return m === null ? -1 : m.index;
}

/**
 * "According to spokesman Korir Sing'oei, Ruto was received by Hassan", "As Museveni put it,
 * …": a source set before the clause, up to its comma.
 */
const FRONTED_SOURCE =
  /^\s*["“]?\s*(?:according\s+to|as\s+(?:[\p{L}'’.-]+\s+){1,7}?(?:said|says|put\s+it|noted|told\s+\w+|wrote))\b[^,;]{0,120},/iu;

/**
 * Where the clause after a fronted source begins in the sentence `text`, or 0: the people of
 * "According to X," report what follows, they are not its parties.
 */
export function frontedSourceEnd(text: string): number {
  const m = FRONTED_SOURCE.exec(text);
  return m === null ? 0 : m[0].length;
}

/**
 * ", his office said, and", ", officials said, and": a source set off by commas in the middle of
 * a sentence, before an "and" that goes on with the meeting's verb left out ("A spoke by phone
 * on Monday with B, his office said, and on Tuesday with C"). Up to three lowercase words before
 * the verb: no person named as the source. Not before "but", which may deny what was said.
 */
const SOURCE_ASIDE = new RegExp(
  String.raw`,\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?(?:${REPORTING_VERBS})\s*,(?=\s+and\s)`,
  "gu",
);

/**
 * The sentence text with each source set off in its middle blanked (its first comma kept, its length
 * too), so that the meeting's clause reads on past it; a sentence with none is returned as it is.
 */
export function withoutSourceAsides(text: string): string {
  if (!REPORTING_HINT.test(text)) return text;
  return text.replace(SOURCE_ASIDE, (m) => `,${" ".repeat(m.length - 1)}`);
}
