import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { execAll } from "../text/exec-all.ts";
import { COUNT } from "./meeting-counted.ts";

/**
 * "The two were later joined by…", "Both were received by…", "The three went into…": a bare
 * number (no noun after it) standing as a subject, right before its verb or an adverb.
 */
const BARE_NUMBER =
  /\b(?:[Tt]he\s+(two|three|four)|[Bb]oth)\s+(?=(?:were|are|was|is|have|had|has|later|then|also|soon|briefly|again|went|go|met|held|sat|spoke|talked|agreed|signed|joined)\b)/gu;

/**
 * "Cho met Motegi on Saturday. The two were later joined by Rubio for a trilateral meeting": a
 * bare "the two" (or "the three", "both") opening a clause stands for the people of the meeting
 * just told, if they are that many; each becomes an actor at the phrase's place.
 */
export function bareNumberGroup(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  last: readonly Actor[],
): Actor[] {
  const { text, start } = s.sentence;
  if (last.length < 2 || last.length > 4 || !/\b(?:two|three|four|both)\b/i.test(text)) return [];
  const out: Actor[] = [];
  for (const m of execAll(BARE_NUMBER, text)) {
    if ((COUNT[(m[1] ?? "two").toLowerCase()] ?? 0) !== last.length) continue;
    const from = start + m.index;
    const to = from + m[0].trimEnd().length;
    // A resolved "the two leaders", or people named before it ("A met B, and the two…"): not ours.
    if (actors.some((a) => a.label === "Person" && a.start < to && (a.end > from || !a.possessive)))
      continue;
    out.push(...standIns(s, last, from, to));
    break;
  }
  return out;
}

/**
 * The people a phrase stands for ("the two", "the two men"), as actors at that phrase's place:
 * `from`/`to` are body offsets, turned into the sentence's token range once.
 */
export function standIns(
  s: AnalyzedSentence,
  people: readonly Actor[],
  from: number,
  to: number,
): Actor[] {
  const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to);
  const first = s.tokens.indexOf(tokens[0] ?? s.tokens[0]!);
  return people.map((person) => ({
    ...person,
    start: from,
    end: to,
    from: first,
    to: first + tokens.length,
    via: "description",
    possessive: false,
    place: false,
  }));
}
