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
 * "Macron repeated that France opposed the deal", "Motegi, who said Tokyo strongly opposed…": a
 * person who represents a state and reports that state's stance holds it (the annotation rules
 * count a minister or leader speaking for their government as the person; one whose title speaks
 * for the state, a spokesperson or an envoy, is mapped back to the state by stanceHolder).
 */
export function ownStateSpeaker(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (holder.label !== "Country" || holder.possessive) return undefined;
  const before = text.slice(0, holder.start - start);
  const saying = SAYING_BEFORE.exec(before);
  if (saying === null) return undefined;
  const verbAt = start + saying.index;
  const speaker = parties.filter((a) => a.end <= verbAt).at(-1);
  if (speaker?.label !== "Person" || speaker.possessive || speaker.country === undefined)
    return undefined;
  if (`country:${speaker.country}` !== holder.key) return undefined;
  const gap = text.slice(speaker.end - start, verbAt - start);
  if (!SPEAKER_GAP.test(gap)) return undefined;
  // "Foreign ministry spokesperson Lin Jian said Beijing…": the state's own voice; its stance
  // stays the state's.
  const title = text.slice(Math.max(0, speaker.start - start - 60), speaker.start - start);
  return VOICE.test(`${title.split(/[.;:]/).at(-1) ?? ""} ${gap}`) ? undefined : speaker;
}

/** Titles of those who speak for a state rather than in their own name. */
const VOICE =
  /\b(?:spokes(?:person|man|woman)|ambassador|envoy|representative|charg[ée]\s+d['’]affaires)\b/i;
