import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { JUDGED_WORD } from "./opposition-verbs.ts";
import { targetOf, whatOf } from "./opposition-target.ts";
import { quoteJudges } from "./opposition-valence.ts";
import { actorsBetween } from "./clause.ts";
import { execAll } from "../text/exec-all.ts";

/**
 * "protested against what Foreign Minister Jan Lipavský called 'unacceptable pressure on our head
 * of state'": a party named inside "what … called" passes its own verdict on what it names. The
 * group is the one who calls; what follows the match is the verdict and what it judges.
 */
const WHAT_CALLED =
  /\bwhat\s+((?:[\p{L}'’.-]+\s+){1,6}?)(?:call(?:s|ed)|describe[sd]\s+as|term(?:s|ed)|brand(?:s|ed)|dub(?:s|bed)|label(?:s|l?ed))\s+["“]?/giu;

/** Cheap test for WHAT_CALLED. */
export const WHAT_CALLED_HINT = /\bwhat\s+\p{Lu}/u;

/** The end of a verdict after "called": its closing quotation mark, or its clause's end. */
const VERDICT_END = /["”]|[,;:]|$/;

/**
 * The stances of the named parties that call something by a verdict inside "what … called" (a
 * pronoun there is the main verb's subject, read by that verb).
 */
export function namedCallers(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(WHAT_CALLED, text)) {
    const from = start + m.index + m[0].indexOf(m[1] ?? "", 4);
    const named = actorsBetween(parties, from, from + (m[1] ?? "").length).filter(
      (a) => a.via !== "pronoun" && !a.possessive,
    );
    const holder = named.find((a) => a.label === "Person") ?? named[0];
    if (holder === undefined) continue;
    const verdictAt = m.index + m[0].length;
    const rest = text.slice(verdictAt);
    const verdict = rest.slice(0, rest.search(VERDICT_END));
    const target = targetOf(text, start, start + verdictAt, parties);
    if (target === undefined || !quoteJudges(verdict, JUDGED_WORD, target)) continue;
    if ("actor" in target && target.actor.key === holder.key) continue;
    out.push({ holder, target, what: whatOf(target), verb: m[0], at: start + m.index });
  }
  return out;
}
