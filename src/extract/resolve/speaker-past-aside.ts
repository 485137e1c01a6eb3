import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";

/** "the ministry said it opposes…": after a speech verb, "it" is the speaker. */
const SPEECH = /^(said|says|added|warned|stated|insisted|declared|announced|stressed|that)$/i;

/**
 * "issued a statement, saying it condemns…": a speech verb's participle opens what its clause's
 * subject said, as the finite verb does (kept apart from SPEECH, which also finds asides).
 */
const SPEECH_PARTICIPLE = /^(?:saying|adding|warning|stating|insisting|stressing|declaring)$/i;

/** Words that join the parties of one subject: "Nigeria and Ghana issued…". */
const SUBJECT_JOIN = /^(?:and|or|,)$/i;

/**
 * "Egypt issued a statement, saying it…": a participle's subject is the sentence's, so the
 * pronoun is the speaker only when every party before it belongs to that opening subject —
 * not "France summoned the Iranian envoy, adding it…", where the last party named is the object.
 */
function onlySubjectBefore(tokens: readonly Token[], actors: readonly Actor[], i: number): boolean {
  const before = actors.filter((a) => a.to <= i - 1 && !a.possessive && !a.place);
  const first = before[0];
  if (first === undefined) return false;
  for (const a of before.slice(1)) {
    for (let k = first.to; k < a.from; k++) {
      const word = tokens[k]?.text ?? "";
      if (!SUBJECT_JOIN.test(word) && !before.some((b) => b.from <= k && k < b.to)) return false;
    }
  }
  return true;
}

/** A time or source phrase between a speech verb and its clause: "on Sunday", "in a statement". */
const PHRASE_START = /^(?:on|in|last|this|earlier|later|late|early|at|during)$/i;

/** "said it…", "said on Sunday it…", "said in a statement it…": the pronoun opens what was said. */
export function afterSpeech(
  tokens: readonly Token[],
  i: number,
  actors: readonly Actor[],
): boolean {
  let verb =
    SPEECH.test(tokens[i - 1]?.text ?? "") || SPEECH_PARTICIPLE.test(tokens[i - 1]?.text ?? "")
      ? i - 1
      : -1;
  for (let k = i - 1; verb < 0 && k >= Math.max(1, i - 5); k--) {
    const word = tokens[k]?.text ?? "";
    if (!/^[\p{L}\d]+$/u.test(word)) return false;
    if (PHRASE_START.test(word)) verb = k - 1;
  }
  const word = tokens[verb]?.text ?? "";
  if (SPEECH.test(word)) return true;
  return SPEECH_PARTICIPLE.test(word) && onlySubjectBefore(tokens, actors, i);
}

/** The words that open an aside set off by commas: a relative clause or a described apposition. */
const ASIDE_OPENING = /^(?:who|whom|whose|which|a|an|the|his|her|its|their)$/i;

/**
 * "Okafor, who travelled with the president, said he had also met…": "he" opening what a person
 * said is that person, the subject before the aside between commas — not someone named inside
 * the aside ("the president"), nor in an apposition (", an ally of President Tinubu,").
 */
export function speakerPastAside(
  tokens: readonly Token[],
  actors: readonly Actor[],
  i: number,
): Actor | undefined {
  // The verb of saying right before the pronoun, or a few words before ("said on Sunday he").
  let verb = i - 1;
  while (verb > i - 5 && verb > 0 && !SPEECH.test(tokens[verb]?.text ?? "")) verb--;
  if (!SPEECH.test(tokens[verb]?.text ?? "") || tokens[verb - 1]?.text !== ",") return undefined;
  let open = verb - 2;
  while (open > verb - 25 && open >= 0 && tokens[open]?.text !== ",") open--;
  if (tokens[open]?.text !== "," || !ASIDE_OPENING.test(tokens[open + 1]?.text ?? ""))
    return undefined;
  return actors.find((a) => a.label === "Person" && !a.possessive && a.to === open);
}
