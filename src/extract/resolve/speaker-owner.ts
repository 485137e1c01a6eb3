import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";

/**
 * "A Downing Street spokesperson said…", "a Kremlin official told…": a state named only as the
 * owner of an unnamed person's title is not the sentence's subject — so a "he" in the next
 * sentence still means the person the story is about ("He also spoke with C").
 */
export function ownsUnnamedTitle(s: AnalyzedSentence, a: Actor): boolean {
  if (a.label !== "Country") return false;
  // "A Chinese foreign ministry spokesperson": the organ may stand between.
  const organ = s.mentions.find((m) => m.kind === "org" && m.from === a.to);
  const at = organ?.to ?? a.to;
  const k = s.mentions.findIndex((m) => m.kind === "title" && m.from === at);
  if (k < 0) return false;
  const title = s.mentions[k];
  const next = s.mentions[k + 1];
  return next === undefined || next.kind !== "name" || next.from !== title?.to;
}
