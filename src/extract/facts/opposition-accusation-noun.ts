import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { targetOf, type OppositionTarget } from "./opposition-target.ts";
import { stances } from "./opposition-stances.ts";
import { execAll } from "../text/exec-all.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { turnsAway } from "./opposition-denied-claim.ts";

/**
 * An accusation, a complaint or a protest told as a noun, with its owner and the one it is made
 * against: "Kigali's accusation that Kinshasa arms the militias", "the Chilean complaint against
 * Bolivia", "allegations by Quito of Colombian meddling", "a protest note to Tokyo". The owner
 * (a possessive, a demonym, or "by"/"from" after the noun) holds a stance against the party the
 * accusation names. The noun's relation word is the first group; "note" for a protest note.
 * A "charge" holds one only with "against": "Kenya's new charges that Ugandan truckers must pay" are fees.
 */
const ACCUSATION =
  /\b(?:(?:accusations?|allegations?)(?:\s+(?:by|from)\s+(?:the\s+)?\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}?)?\s+(that|against|of)|charges?(?:\s+(?:by|from)\s+(?:the\s+)?\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}?)?\s+(against)|complaints?(?:\s+(?:by|from)\s+(?:the\s+)?\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}?)?\s+(against|about|over)|(?:protest\s+notes?|notes?\s+of\s+protest|letters?\s+of\s+protest)\s+(?:(?:to|with)\s+)?(to|with))\b/giu;

/** A sentence without one of the nouns skips ACCUSATION. */
const mayAccuse = gatedTest(/accusation|allegation|charge|complaint|protest/i);

/** "Cambodia's", "the Chilean", "Kenya's formal": what may stand between an owner and the noun. */
const OWNER_GAP =
  /^(?:['’]s?)?\s+(?:(?:new|latest|formal|repeated|renewed|fresh|first|official|written|diplomatic|angry|\w+ly)\s+)?$/u;

/** "In a protest note to Hanoi, Beijing…": the owner is the subject of the clause after it. */
const FRONTED = /^\s*(?:in|with)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?$/i;

/** Who holds an accusation found at `at` (the noun's start) and ending at `end`. */
function ownerOf(
  text: string,
  start: number,
  at: number,
  end: number,
  parties: readonly Actor[],
): Actor | undefined {
  const before = parties
    .filter((a) => a.end <= at && OWNER_GAP.test(text.slice(a.end - start, at - start)))
    .at(-1);
  if (before !== undefined && !before.place) return { ...before, possessive: false };
  // The owner stands right after "by"/"from": ACCUSATION takes any words there, so
  // "complaints from farmers in Kenya about…" would give Kenya.
  const by = parties.find(
    (a) =>
      a.start > at &&
      a.end <= end &&
      !a.possessive &&
      /\b(?:by|from)\s+(?:the\s+)?$/i.test(text.slice(0, a.start - start)),
  );
  if (by !== undefined) return by;
  if (!FRONTED.test(text.slice(0, at - start))) return undefined;
  const comma = text.indexOf(",", end - start);
  if (comma < 0) return undefined;
  return parties.find(
    (a) =>
      a.start > start + comma &&
      !a.possessive &&
      !a.place &&
      /^\s*$/.test(text.slice(comma + 1, a.start - start)),
  );
}

/**
 * Whom an accusation is against: the first party named in the clause "that" opens ("that Thai
 * soldiers had crossed"), in a few words after "of" ("of Indian involvement") or after a note's
 * "to" ("a protest note to Tokyo cited…"); what "against", "about" or "over" names.
 */
function accusedOf(
  text: string,
  start: number,
  m: RegExpExecArray,
  relation: string,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const end = start + m.index + m[0].length;
  if (relation !== "against" && relation !== "about" && relation !== "over") {
    const rest = text.slice(end - start);
    const reach = end + (/^[^,;]{0,48}/.exec(rest)?.[0].length ?? 0);
    // "a protest note to Tokyo": the addressee, which reads as a place after "to".
    const note = relation === "to" || relation === "with";
    const accused = parties.find((a) => a.start > end && a.end <= reach && (note || !a.place));
    return accused === undefined ? undefined : { actor: { ...accused, possessive: false } };
  }
  return targetOf(text, start, end, parties);
}

/** Stances told by an accusation, a complaint or a protest note with its owner. */
export function accusationNouns(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  if (!mayAccuse(text)) return [];
  const out: OppositionMention[] = [];
  for (const m of execAll(ACCUSATION, text)) {
    const at = start + m.index;
    const relation = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
    const holder = ownerOf(text, start, at, at + m[0].length, parties);
    if (holder === undefined) continue;
    const target = accusedOf(text, start, m, relation, parties);
    if (target !== undefined) out.push(...stances([holder], target, m[0], at));
  }
  return out;
}

/** "Cambodia's accusations", "the Chilean charge" (not a claim, which may be to land): a charge with its owner. */
const OWNED_CHARGE =
  /^\s+(?:the\s+)?(?:[\p{L}.'’-]+['’]s?\s+|\p{Lu}[\p{L}-]*\s+)(?:[\w-]+\s+)?(?:accusations?|charges?|allegations?)\b/u;

/**
 * "Bangkok rejected Cambodia's accusations that…": turning away another's charge is a denial of
 * it, not a stance against its owner. `verb` is the stance verb, `after` the text after it.
 */
export function deniesOwnedCharge(verb: string, after: string): boolean {
  return turnsAway(verb) && OWNED_CHARGE.test(after);
}
