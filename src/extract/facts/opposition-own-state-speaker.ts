import type { Actor } from "../resolve/actor.ts";

/**
 * The verb of saying right before a reported clause, with its adverbs and "that": "said that ",
 * "repeated ", "told reporters in Gdansk that ", "on Monday insisted ".
 */
const SAYING_BEFORE = new RegExp(
  String.raw`\s+(?:(?:\w+ly|also|again|on\s+\w+day)\s+)*(?:said|says|repeated|reiterated|added|stressed|insisted|declared|made\s+clear|told\s+[^,.;:"“”]{1,60}?)\s+(?:that\s+)?(?:the\s+)?$`,
  "u",
);

/** What may stand between the speaker and the verb: nothing, an aside, or ", who". */
const SPEAKER_GAP = /^(?:\s*,[^,]{1,140},)?(?:\s*,?\s*who)?$/;

/**
 * ', adding that ', ' and insisting ', ', saying only that ': a participle that reports a clause
 * for the subject of the sentence's main verb.
 */
const PARTICIPLE_BEFORE =
  /(?:,\s*|\s+and\s+)(?:adding|saying|insisting|stressing|noting|arguing|declaring)\s+(?:only\s+)?(?:that\s+)?(?:the\s+)?$/u;

/** An aside set off by commas right before the verb: "Xi, according to Chinese state media, told". */
const ASIDE_BEFORE = /,[^,]{1,140},\s*$/u;

/**
 * "Macron repeated that France opposed the deal", "Motegi, who said Tokyo strongly opposed…",
 * "Kristersson told reporters, adding that Stockholm condemned…": a person who represents a state
 * and reports that state's stance holds it (the annotation rules count a minister or leader
 * speaking for their government as the person; one whose title speaks for the state, a
 * spokesperson or an envoy, is mapped back to the state by stanceHolder).
 */
export function ownStateSpeaker(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (holder.label !== "Country" || holder.possessive) return undefined;
  const before = text.slice(0, holder.start - start);
  const participle = PARTICIPLE_BEFORE.exec(before);
  const speaker =
    participle === null
      ? verbSpeaker(text, start, before, parties)
      : clauseSubject(text, start, parties, start + participle.index);
  if (speaker?.label !== "Person" || speaker.possessive || speaker.country === undefined)
    return undefined;
  if (`country:${speaker.country}` !== holder.key) return undefined;
  // "Foreign ministry spokesperson Lin Jian said Beijing…": the state's own voice; its stance
  // stays the state's.
  const title = text.slice(Math.max(0, speaker.start - start - 60), speaker.start - start);
  const gap = text.slice(speaker.end - start, holder.start - start);
  return VOICE.test(`${title.split(/[.;:]/).at(-1) ?? ""} ${gap}`) ? undefined : speaker;
}

/** The party right before the verb of saying, past an aside between them, if it is its subject. */
function verbSpeaker(
  text: string,
  start: number,
  before: string,
  parties: readonly Actor[],
): Actor | undefined {
  const saying = SAYING_BEFORE.exec(before);
  if (saying === null) return undefined;
  const verbAt = start + saying.index;
  // The parties an aside names ("according to Chinese state media") are not the speaker.
  const aside = ASIDE_BEFORE.exec(text.slice(0, verbAt - start));
  const cut = aside === null ? verbAt : start + aside.index;
  const speaker = parties.filter((a) => a.end <= cut).at(-1);
  if (speaker === undefined) return undefined;
  return SPEAKER_GAP.test(text.slice(speaker.end - start, verbAt - start)) ? speaker : undefined;
}

/**
 * The person who opens the clause a participle ending at `at` hangs on: the sentence's first
 * person outside a quotation ('"…," Kristersson told reporters, adding…') with nothing but a
 * title, a quotation or a time phrase before them.
 */
function clauseSubject(
  text: string,
  start: number,
  parties: readonly Actor[],
  at: number,
): Actor | undefined {
  // "Brazilian President Lula…": a demonym or owner before the person is part of its title.
  return parties.find(
    (a) =>
      a.end <= at &&
      a.label === "Person" &&
      !a.place &&
      !quoted(text, a.start - start) &&
      OPENING.test(text.slice(0, a.start - start)),
  );
}

/**
 * What may open a sentence before its subject: a quotation closed by a comma, a title or a
 * time or place phrase set off by a comma ("On Monday, ").
 */
const OPENING =
  /^(?:\s*["“]?[^"“”]*[,.!?]?["”]\s*,?\s*)?(?:(?:[\p{Lu}][\p{L}'’-]*|the|and|of|for)\s+)*(?:(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Ll]ater)\s+[^,]{1,40},\s*)?(?:(?:[\p{Lu}][\p{L}'’-]*|the|and|of|for)\s+)*$/u;

/**
 * Whether offset `i` of the sentence lies inside a quotation: the last mark before it opens one
 * (“, or " after a space or at the start). A sentence may start inside a quotation that an
 * earlier one opened ('It was a test," Kristersson said'): its first mark then closes.
 */
function quoted(text: string, i: number): boolean {
  let inside = false;
  for (const m of text.slice(0, i).matchAll(/["“”]/gu)) {
    const at = m.index;
    inside = m[0] === "“" || (m[0] === '"' && (at === 0 || /\s|\(/u.test(text.charAt(at - 1))));
  }
  return inside;
}

/**
 * Titles of those who speak for a state rather than in their own name; Japan's chief cabinet
 * secretary is its government's spokesperson by office.
 */
const VOICE =
  /\b(?:spokes(?:person|man|woman)|ambassador|envoy|representative|charg[ée]\s+d['’]affaires|chief\s+cabinet\s+secretary)\b/i;
