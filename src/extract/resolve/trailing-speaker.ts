import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";

/** Verbs of saying that close a report: "…, she said", "…,” he added". */
const SPEECH =
  /^(?:said|says|added|adds|told|tells|explained|insisted|noted|stressed|recalled|argued|warned|wrote)$/i;

/** A comma or a closing quotation mark right before the pronoun. */
const CLOSING = /^(?:,|”|"|’)$/;

/** What ends the words after a closing verb of saying: the sentence, or a clause after a comma. */
const CLAUSE_END = /^(?:,|\.|;|:|!|\?)$/;

/** Words that open what a verb of saying reports, so the verb does not close the sentence's. */
const REPORT_OBJECT = /^(?:that|to|whether|how|what)$/i;

/** An adverb of manner between the pronoun and its verb: "she said", "he quickly added". */
const ADVERB = /ly$/;

/** Where a report opens after its speaker has been named: "Kallas backs her host: the EU…". */
const REPORT_OPENS = /^(?::|“|"|—|–|¦|¬)$/;

/**
 * "Wang will visit in the spring, she said", "'I spoke with Weber on Tuesday,' he said": a
 * pronoun between the report and its verb of saying is the one who reports — not someone named
 * in what is reported, since a speaker seldom names themselves in their own words. True when the
 * pronoun at token `i` follows a comma or a closing quote and comes right before such a verb (an
 * adverb may stand between) that closes its clause, with at most a few words ("told reporters",
 * "said on Monday") — not "According to the readout, he told his counterpart that…".
 */
export function closesReport(tokens: readonly Token[], i: number): boolean {
  return closesAt(tokens, i - 1, i + 1) && !frontedPhraseBefore(tokens, i - 1);
}

/** Words that open a phrase fronted before the main clause: "After…", "Speaking…". */
const FRONT_OPENER =
  /^(?:after|before|following|upon|while|during|speaking|returning|writing|addressing|arriving|leaving|standing|talking|briefing|posting|responding|reacting|appearing|emerging|flying|travell?ing|visiting|having|being|wrapping|ending|closing|opening)$/i;

/** What closes an earlier clause or opens a quote before the comma. */
const EARLIER_BREAK = /^(?:,|“|”|"|:|;)$/;

/**
 * "After meeting Ishiba on Monday, he told reporters the talks were useful": what stands before
 * the comma is a phrase fronted before the pronoun's own clause, not a report it closes — the
 * sentence opens with a subordinator or a participle and has no other comma or quote before.
 */
function frontedPhraseBefore(tokens: readonly Token[], closing: number): boolean {
  if (tokens[closing]?.text !== "," || !FRONT_OPENER.test(tokens[0]?.text ?? "")) return false;
  for (let k = 1; k < closing; k++) if (EARLIER_BREAK.test(tokens[k]?.text ?? "")) return false;
  return true;
}

/** A closing comma or quote at `closing`, and a verb of saying ending its clause at `verb`. */
function closesAt(tokens: readonly Token[], closing: number, verb: number): boolean {
  if (closing < 2 || !CLOSING.test(tokens[closing]?.text ?? "")) return false;
  const adverb = ADVERB.test(tokens[verb]?.text ?? "") ? 1 : 0;
  if (!SPEECH.test(tokens[verb + adverb]?.text ?? "")) return false;
  for (let k = verb + 1 + adverb, n = 0; k < tokens.length; k++, n++) {
    const word = tokens[k]?.text ?? "";
    if (CLAUSE_END.test(word)) return true;
    if (n >= 5 || REPORT_OBJECT.test(word)) return false;
  }
  return true;
}

/**
 * The person who reports the sentence ("…, she said", "…, Sun said"): the subject of its main
 * clause, which a later "she" goes on with — not the first person named in what was reported.
 */
export function reportingActor(
  tokens: readonly Token[],
  actors: readonly Actor[],
): Actor | undefined {
  return actors.find(
    (a) =>
      a.label === "Person" &&
      !a.possessive &&
      (a.via === "pronoun" ? closesReport(tokens, a.from) : namedReporter(tokens, a)),
  );
}

/** "…, Finance Minister Kwame Asante said.": a name with its title closing the report. */
function namedReporter(tokens: readonly Token[], a: Actor): boolean {
  let k = a.from - 1;
  while (k > 0 && tokens[k]?.capitalized === true && !CLOSING.test(tokens[k]?.text ?? "")) k--;
  return closesAt(tokens, k, a.to);
}

/**
 * Who reports "…, she said": a person named before the report opens ("Kallas backs her host: the
 * EU…, she says"); else the person the story was last about, unless named in the report itself;
 * else the first person of the latest sentence naming people who is not — never a state ("Japan
 * will host the talks, she said" is still the minister).
 */
export function reporterMeant(
  tokens: readonly Token[],
  i: number,
  last: Actor | undefined,
  lastPeople: readonly Actor[] | undefined,
  here: readonly Actor[],
): Actor | undefined {
  const people = here.filter((a) => a.label === "Person" && !a.possessive && a.to <= i);
  // A colon, dash or quotation mark after the first person, not the one closing the report.
  const first = people[0];
  if (first !== undefined)
    for (let k = first.to; k < i - 1; k++)
      if (REPORT_OPENS.test(tokens[k]?.text ?? "")) return first;
  const named = new Set(people.map((a) => a.key));
  if (last?.label === "Person" && !named.has(last.key)) return last;
  return [...(lastPeople ?? [])].sort((a, b) => a.start - b.start).find((p) => !named.has(p.key));
}
