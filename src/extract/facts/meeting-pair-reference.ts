import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { execAll } from "../text/exec-all.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { uniqueByKey } from "./clause.ts";
import { standIns } from "./meeting-bare-number.ts";
import type { MeetingMention } from "./find-meetings.ts";

/**
 * The plural words a pair word ends in: "men", "leaders", or a role shared by both ("the two
 * prime ministers", "both foreign ministers", "the two heads of state").
 */
const PAIR_NOUNS = String.raw`(?:men|women|leaders|(?:[a-z]+\s+)?ministers|presidents|premiers|chancellors|heads\s+of\s+(?:state|government)|envoys|diplomats|counterparts)`;

/**
 * "The two met", "the two spent two hours together": "the two" alone as a subject, before a verb
 * of meeting (past an adverb or auxiliary) — not in a clause reported after "that", "whether" or
 * a denial ("denied that the two had met", "denied the two had met"), which the denial of the
 * meeting told reads. "Officials said the two discussed…" still tells the meeting.
 */
const PAIR_VERB = String.raw`(?=\s+(?:(?:also|then|later|first|again|had|have|\p{Ll}+ly)\s+)*(?:met|spent|spoke|talked|held|discussed|dined|sat|shook|toured|signed|agreed|exchanged)\b)`;

/** "the two men", "both leaders": asked of every sentence, which seldom has these words. */
const mayNamePair = gatedTest(
  new RegExp(String.raw`\b(?:two|both)\s+${PAIR_NOUNS}\b|\bthe\s+two\s`, "i"),
);

/** "men", "the two leaders", "the pair": words for two people that do not say which. */
const UNSPECIFIC = /\b(?:men|women|leaders|pair)$/i;

/**
 * "A met B in Lomé, carrying a message from C. The two men discussed fuel convoys": a plural
 * description or pronoun ("the two men", "both leaders", "the pair") told right after a meeting
 * of two stands for those two — the pair the story is about — not for the last two people named,
 * when the two it was resolved to share only one person with that meeting. A pair with no one in
 * common ("A met B. C and D were in Rome. The two men…") is another pair and is kept.
 */
export function meetingPairMeant(f: MeetingMention, told: readonly Actor[]): MeetingMention {
  if (told.length !== 2) return f;
  const group = f.participants.filter(
    (a, _, all) =>
      a.via !== "name" && all.some((b) => b !== a && b.start === a.start && b.key !== a.key),
  );
  if (group.length !== 2) return f;
  // "the two prime ministers" says which two: only a word that says nothing of them is read again.
  const { text, start } = f.sentence.sentence;
  const span = group[0] as Actor;
  if (!UNSPECIFIC.test(text.slice(span.start - start, span.end - start))) return f;
  const shared = group.filter((a) => told.some((t) => t.key === a.key)).length;
  if (shared !== 1) return f;
  const meant = told.map((t) => ({ ...span, key: t.key, country: t.country, name: t.name }));
  const rest = f.participants.filter(
    (a) => !group.includes(a) && !told.some((t) => t.key === a.key),
  );
  return { ...f, participants: [...meant, ...rest] };
}

/** "the two men", "both leaders": a pair told by a plural word alone. */
const PAIR_WORDS = new RegExp(
  String.raw`\b(?:[Tt]he\s+two|[Bb]oth)\s+${PAIR_NOUNS}\b|(?<!\b(?:that|whether|if|denied|denies|deny|denying|doubted|disputed)\s+)\b[Tt]he\s+two${PAIR_VERB}`,
  "gu",
);

/** How many sentences back the two people a bare pair word stands for may have been named. */
export const PAIR_REACH = 2;

/**
 * "A arrived in Nairobi on Sunday. B has long sought investment. The two men met on Monday": a
 * pair word no one was read for stands for the people of the meeting told just before, if two,
 * else for the people named in the last PAIR_REACH sentences if they are exactly two, none of them
 * named before it here — each becomes an actor at the phrase's place. With three or more named there, or
 * none, it is left unresolved: the last two named may be about other people. `lately` holds the
 * people of those sentences, the latest first.
 */
export function unresolvedPair(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  told: readonly Actor[],
  lately: readonly (readonly Actor[])[],
): Actor[] {
  const { text, start } = s.sentence;
  if (!mayNamePair(text)) return [];
  const named = uniqueByKey(lately.flat());
  for (const m of execAll(PAIR_WORDS, text)) {
    const from = start + m.index;
    const to = from + m[0].length;
    if (actors.some((a) => a.label === "Person" && a.start < to && a.end > from)) continue;
    // One named again after the pair word ("…, a dinner that Luxon described as long") may be
    // one of the two; a sentence naming someone else before it ("C welcomed his counterpart,
    // and the two heads of state…") has its own pair.
    const before = actors.filter((a) => a.label === "Person" && a.start < from);
    // "B condemned the blast when the two met": one named before it here and one named lately.
    const around = uniqueByKey([...before, ...named]);
    const pair = [told, around].find(
      (p) => p.length === 2 && before.every((a) => p.some((q) => q.key === a.key)),
    );
    if (pair !== undefined) return standIns(s, pair, from, to);
  }
  return [];
}
