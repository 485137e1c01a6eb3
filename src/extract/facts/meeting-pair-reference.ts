import type { Actor } from "../resolve/actor.ts";
import type { MeetingMention } from "./find-meetings.ts";

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
