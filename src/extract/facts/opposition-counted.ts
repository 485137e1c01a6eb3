import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { execAll } from "../text/exec-all.ts";
import { coordinated } from "./opposition-holder.ts";
import { groupCandidates, objectSubject } from "../resolve/party-group.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** Cheap test: a count of three to six after "the". */
const mayCount = gatedTest(/\b[Tt]he\s+(?:three|four|five|six)\s/);

/**
 * "The three European countries", "the four Nordic governments": states counted, with at most
 * two words of description. ("The two countries" is read with "both" in opposition-anaphora.)
 */
const COUNTED =
  /\b[Tt]he\s+(three|four|five|six)\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|states|governments|nations|capitals|powers)\b/gu;

const NUMBER: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5, six: 6 };

/**
 * "Britain, France and Germany set it in motion. The three European countries accused Tehran…":
 * a count of states stands for as many states as were named last (or as a list of as many names
 * later in the sentence), each a party of its own.
 */
export function countedStates(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): Actor[] {
  if (!mayCount(text)) return [];
  const out: Actor[] = [];
  const states = parties.filter((a) => a.label === "Country" && !a.place);
  for (const m of execAll(COUNTED, text)) {
    const at = start + m.index;
    const end = at + m[0].length;
    const count = NUMBER[(m[1] ?? "").toLowerCase()] ?? 0;
    // "The three Baltic states had barred him, and Lithuania, Latvia and Estonia have since…": a
    // list of as many states later in the sentence names them.
    const after = states.filter((a) => a.start >= end);
    const later = after
      .map((_, i) => coordinated(text, start, after.slice(i), "forward"))
      .find((list) => list.length === count);
    const named = states.filter((a) => a.end <= at).reverse();
    const subject = objectSubject(text, start, at, parties);
    const recent = later ?? groupCandidates([...named, ...memory.recentStates], subject);
    if (recent.length < count) continue;
    const possessive = /^['’]s?\b/.test(text.slice(end - start));
    for (const s of recent.slice(0, count))
      out.push({ ...s, start: at, end, from: -1, to: -1, via: "description", possessive });
  }
  return out;
}
