import type { Actor } from "../resolve/actor.ts";
import { STATE_MEMBERS } from "./opposition-owner.ts";

/** Names only: "Rosneft and Lukoil", "Huawei". */
const NAMES_ONLY = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*$/u;

/** ", Russia's two largest oil producers", ", the Iranian shipping firm": who the named belong to. */
const MEMBERS_AFTER_OWNER = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:[\w-]+\s+){0,4}?(?:${STATE_MEMBERS}|compan(?:y|ies)|firm|bank|group|giant|lender|producer|exporter|operator|carrier|conglomerate)\b`,
  "i",
);

/**
 * "imposed sanctions on Rosneft and Lukoil, Russia's two largest oil producers": bodies named
 * only by names the text does not otherwise know, set beside the state they belong to, stand
 * for that state. `phraseStart` and `phrase` are the names as the object gives them.
 */
export function appositiveOwner(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  if (!NAMES_ONLY.test(phrase)) return undefined;
  const end = phraseStart + phrase.length;
  const lead = /^\s*,\s*(?:(?:a|an|the|two|three|four|five|six|seven|\d+)\s+)?/.exec(
    text.slice(end - start),
  );
  if (lead === null) return undefined;
  const owner = actors.find((a) => a.start === end + lead[0].length && a.label === "Country");
  if (owner === undefined) return undefined;
  return MEMBERS_AFTER_OWNER.test(text.slice(owner.end - start)) ? owner : undefined;
}
