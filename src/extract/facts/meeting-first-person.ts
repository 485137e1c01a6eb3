import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { standIns } from "./meeting-bare-number.ts";

/** "I", "me", "we" and "us" as words of their own: "I" before a lowercase word or a contraction. */
const FIRST_PERSON = /\bI(?=\s+\p{Ll}|['’](?:m|ve|d|ll)\b)|\b(?:me|us)\b|\b[Ww]e\b/u;
const FIRST_PERSON_ALL = new RegExp(FIRST_PERSON.source, "gu");

/** "I" and "me" alone: outside quotes "we" and "us" are the newspaper ("We spoke to him"). */
const SINGULAR = /\bI(?=\s+\p{Ll}|['’](?:m|ve|d|ll)\b)|\bme\b/u;
const SINGULAR_ALL = new RegExp(SINGULAR.source, "gu");

/** "you", asked of the one interviewed. */
const YOU = /\b[Yy]ou\b/g;
const YOU_ONE = /\b[Yy]ou\b/;

/** A verb of saying right after a person, past an aside or an adverb: "X, the minister, said". */
const SPEECH_AFTER =
  /^\s*(?:,[^,"“”]{0,80},\s*)?(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains|insisted|noted|stressed|remarked|acknowledged|admitted|confirmed|recounted|wrote|writes|replied|answered)\b/u;

/** A verb of saying right before a person and their title: "…, said Finance Minister X". */
const SPEECH_BEFORE =
  /\b(?:said|says|added|adds|recalled|explained|insisted|noted|according\s+to)\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;

/** What marks the article as an interview: the outlet talking to the one interviewed. */
const INTERVIEW =
  /\binterview(?:s|ed)?\b|\b(?:with|to|told|received|met|joined)\s+(?:us|this\s+(?:newspaper|paper|magazine|outlet|reporter|correspondent))\b|\b[Ww]e\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\b|\b(?:edited|condensed|abridged)\s+(?:(?:and\s+\w+\s+)?for\s+(?:length|clarity|brevity)|and\s+(?:edited|condensed))\b|\b(?:conversation|exchange|transcript)\s+(?:has|have)\s+been\s+(?:edited|condensed|abridged|translated)\b/;

/** Asked of every sentence: the letter gates answer "no" at once for most. */
const maySpeak = gatedTest(
  /\b(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains|insisted|noted|stressed|remarked|acknowledged|admitted|confirmed|recounted|wrote|writes|replied|answered|according)\b/,
);
const mayBeInterview = gatedTest(INTERVIEW);
const QUOTE = /["“”]/;

/** How many first-person sentences a speaker named earlier still speaks, unless another is named. */
const REACH = 8;

/**
 * Who "I" is in a story that quotes people. "'I met Lund on Monday,' Alvarez said": in a quoted
 * sentence "I", "me" and "we" are its speaker — named in the sentence by a verb of saying ("X
 * said", "said X"), else the speaker of the quotes just before ("Alvarez defended the deal. 'We
 * gave nothing away,' she said. 'I sat down with Lund…'"). In an interview the one interviewed
 * also speaks unquoted answers, and the questions' "you" is them ("You met Lund on Monday. How
 * did it go?"); with no speaker named, that is the person the story has named most. Each of
 * those words becomes an actor for the speaker, at its place, for the meeting finders to read.
 */
export class FirstPerson {
  private speaker: Actor | undefined;
  private spokeAt = -1;
  private index = -1;
  private quoteOpen = false;
  private interview = false;
  /** The person the sentence that shows the story is an interview names: the one interviewed. */
  private interviewee: Actor | undefined;
  /** The first person the sentence before named. */
  private lastNamed: Actor | undefined;
  /** Whether the one interviewed was only described, to be named in the next sentence. */
  private described = false;
  private readonly counts = new Map<string, { actor: Actor; n: number }>();

  /** The speaker's stand-ins for the first person (and, in an interview, "you") of sentence `s`. */
  find(s: AnalyzedSentence, actors: readonly Actor[]): Actor[] {
    this.index++;
    const { text } = s.sentence;
    const openBefore = this.quoteOpen;
    const quote = QUOTE.test(text);
    if (quote) this.quoteOpen = closesOpen(text, openBefore);
    // Only the narrator's words mark an interview: a quote's "it matters to us" or "he told us"
    // is the speaker's own "us", not the outlet's.
    const marker =
      this.interview || !mayBeInterview(text) ? null : INTERVIEW.exec(unquoted(text, openBefore));
    if (marker !== null) {
      this.interview = true;
      const met = intervieweeAt(s, actors, marker.index);
      // "Colombia's foreign minister received us… Rosa Lima, a career diplomat, spoke…": the
      // one described is the first named next. "A spoke to us on Tuesday. The conversation has
      // been edited for length.": the one the sentence before names when the note names none.
      this.described = met === "described";
      this.interviewee =
        met === "described" ? undefined : (met ?? firstPerson(actors) ?? this.lastNamed);
    } else if (this.described) {
      this.described = false;
      this.interviewee = firstPerson(actors);
    }
    const named = maySpeak(text) ? speakerIn(s, actors, openBefore) : undefined;
    if (named !== undefined) {
      this.speaker = named;
      this.spokeAt = this.index;
    }
    const out = this.interview || quote || openBefore ? this.standIns(s, named, quote) : [];
    this.count(actors);
    this.lastNamed = firstPerson(actors);
    return out;
  }

  private standIns(s: AnalyzedSentence, named: Actor | undefined, quote: boolean): Actor[] {
    const { text, start } = s.sentence;
    const quoted = quote || this.quoteOpen;
    const first = (quoted ? FIRST_PERSON : SINGULAR).test(text);
    const you = this.interview && !quoted && YOU_ONE.test(text);
    if (!first && !you) return [];
    const recent = this.index - this.spokeAt <= REACH ? this.speaker : undefined;
    // In an interview "He added…" may have been read as someone the answer named: the one
    // interviewed is the safer speaker of a pronoun — the one the sentence that shows the
    // interview names ("Minister A spoke to us…", "We spoke to him…"), else the one named most.
    const interviewee = this.interview ? (this.interviewee ?? this.mostNamed()) : undefined;
    const said = named ?? recent;
    // An answer's unquoted "I" is the one interviewed, whoever it says something to ("I have
    // said so to Minister B directly" names no speaker).
    const speaker =
      said?.via === "pronoun" || (interviewee !== undefined && !quoted)
        ? (interviewee ?? said)
        : (said ?? interviewee);
    if (speaker === undefined) return [];
    const out: Actor[] = [];
    const words = [
      ...(first ? text.matchAll(quoted ? FIRST_PERSON_ALL : SINGULAR_ALL) : []),
      ...(you ? text.matchAll(YOU) : []),
    ];
    for (const m of words) {
      const from = start + (m.index ?? 0);
      out.push(...standIns(s, [speaker], from, from + m[0].length));
    }
    return out.map((a) => ({ ...a, via: "pronoun" }));
  }

  private count(actors: readonly Actor[]): void {
    for (const a of actors) {
      if (a.label !== "Person" || a.possessive || a.via !== "name") continue;
      const c = this.counts.get(a.key);
      this.counts.set(a.key, { actor: a, n: (c?.n ?? 0) + 1 });
    }
  }

  /** The person the story has named most so far: in an interview, the one interviewed. */
  private mostNamed(): Actor | undefined {
    let best: { actor: Actor; n: number } | undefined;
    for (const c of this.counts.values()) if (best === undefined || c.n > best.n) best = c;
    return best?.actor;
  }
}

/** Between the subject and the verb that meets the outlet: an aside, an adverb, "has". */
const SUBJECT_GAP = /^\s*(?:,[^,;]{0,80},\s*)?(?:\p{Ll}+ly\s+)?(?:has\s+|had\s+)?$/u;

/** A subject described, not named, right before that verb: "Colombia's foreign minister". */
const DESCRIBED_SUBJECT = /(?:\b[Tt]he|\p{L}['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;

/**
 * Who the sentence marking an interview says met the outlet, from the marker at `at` (an offset
 * in the sentence): the person right before it ("Minister A received us"), "described" where a
 * description stands there instead, else undefined (the marker says no one: "in an interview").
 */
function intervieweeAt(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  at: number,
): Actor | "described" | undefined {
  const { text, start } = s.sentence;
  const before = text.slice(0, at);
  const subject = actors.findLast(
    (a) => a.label === "Person" && !a.possessive && a.end - start <= at,
  );
  if (subject !== undefined && SUBJECT_GAP.test(text.slice(subject.end - start, at)))
    return subject;
  return DESCRIBED_SUBJECT.test(before) ? "described" : undefined;
}

/** The first person named (not as an owner) among `actors`. */
function firstPerson(actors: readonly Actor[]): Actor | undefined {
  return actors.find((a) => a.label === "Person" && !a.possessive);
}

/** Whether a quotation is still open after `text`, given whether one was open before it. */
function closesOpen(text: string, open: boolean): boolean {
  let state = open;
  for (const ch of text) {
    if (ch === "“") state = true;
    else if (ch === "”") state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}

/** `text` with its quoted spans blanked, given whether a quotation was open before it. */
function unquoted(text: string, open: boolean): string {
  let state = open;
  let out = "";
  for (const ch of text) {
    const mark = ch === "“" || ch === "”" || ch === '"';
    if (ch === "“") state = true;
    else if (ch === "”") state = false;
    else if (ch === '"') state = !state;
    out += state || mark ? " " : ch;
  }
  return out;
}

/** The person a verb of saying makes the sentence's speaker, outside the quotation. */
function speakerIn(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  open: boolean,
): Actor | undefined {
  const { text, start } = s.sentence;
  for (const a of actors) {
    if (a.label !== "Person" || a.possessive) continue;
    if (closesOpen(text.slice(0, a.start - start), open)) continue;
    if (
      SPEECH_AFTER.test(text.slice(a.end - start)) ||
      SPEECH_BEFORE.test(text.slice(0, a.start - start))
    )
      return a;
  }
  return undefined;
}
