import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { lastPlainPartyBefore } from "./clause.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { recentHolder } from "./opposition-recent-holder.ts";

/**
 * "France was accused of continuing the war by other means", "Benin was also blamed for the
 * raids": a charge told in the passive with no one named as making it. Right after a sentence
 * that told a stance, it goes on with what that stance's holder said.
 */
export const AGENTLESS =
  /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:accused\s+of|(?:criticised|criticized|condemned|blamed|denounced|rebuked)\s+for)\b/gi;

/** Cheap test for AGENTLESS. */
export const AGENTLESS_HINT =
  /\b(?:accused\s+of|(?:criticised|criticized|condemned|blamed|denounced|rebuked)\s+for)\b/i;

/**
 * An agent named later in the sentence: "was accused of X by Niger", "by rights groups", "by the
 * opposition" is read as a passive. Not a manner ("by other means", "by force", "by sending…").
 */
const AGENT_AFTER =
  /\bby\s+(?!(?:other\s+means|any\s+means|means|force|proxy|default|design|mistake|accident|far|way|land|sea|air|phone|telephone|video|email|letter|hand|name|\p{L}+ing)\b)(?:the\s+)?\p{L}/u;

/** Only spaces, or an aside set off by commas, between the party and the verb. */
const SUBJECT_GAP = /^\s*(?:,[^,]{1,80},\s*)?$/;

/**
 * The stances of AGENTLESS matches in a sentence: the holder of the stance the sentence right
 * before told, against the party the passive is about.
 */
export function agentlessStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): OppositionMention[] {
  const holder = recentHolder(memory, 1);
  if (holder === undefined) return [];
  const out: OppositionMention[] = [];
  for (const m of execAll(AGENTLESS, text)) {
    if (AGENT_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const at = start + m.index;
    const subject = lastPlainPartyBefore(parties, at);
    if (subject === undefined || subject.key === holder.key) continue;
    if (!SUBJECT_GAP.test(text.slice(subject.end - start, m.index))) continue;
    out.push({ holder, target: { actor: subject }, what: subject.key, verb: m[0], at });
  }
  return out;
}
