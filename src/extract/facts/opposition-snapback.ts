import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { articleState, stateTarget } from "./opposition-memory.ts";
import { actorsBetween, rightClauseEnd } from "./clause.ts";
import { coordinated } from "./opposition-holder.ts";
import { execAll } from "../text/exec-all.ts";

/**
 * A snapback restores sanctions a deal had lifted; the parties that trigger it take that measure
 * against the state the sanctions hit: "France, Britain and Germany triggered the snapback", "the
 * snapback of UN sanctions triggered last month by X and Y".
 */
export const SNAPBACK_HINT = /snap-?back/i;

/** The verbs a snapback is set off with. */
const SETTING_OFF = String.raw`(?:trigger|invok|activat|initiat)(?:e|es|s|ed|ing)?`;

/** "triggered the so-called snapback mechanism", "invoked a 'snapback'": the subject sets it off. */
const TRIGGERED = new RegExp(
  String.raw`\b${SETTING_OFF}\s+(?:(?:the|a|its|their)\s+)?(?:so-called\s+)?["“]?snap-?back\b["”]?(?:\s+mechanism)?`,
  "gi",
);

/**
 * "the snapback of UN sanctions, triggered last month by", "the snapback of sanctions on Iran
 * triggered by": the parties after "by" set it off (and RESTORED_ON reads the state named).
 */
const TRIGGERED_BY = new RegExp(
  String.raw`\bsnap-?back\b["”]?(?:\s+mechanism)?(?:\s+of\s+(?:[\p{Lu}.]+\s+|United\s+Nations\s+)?sanctions(?:\s+on\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)?)?,?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?${SETTING_OFF}\s+(?:[\p{Ll}\d]+\s+){0,3}?by\s+`,
  "giu",
);

/** "…of UN sanctions on Iran": the state the restored sanctions hit, told right after. */
const RESTORED_ON =
  /^["”]?(?:\s+(?:mechanism\s+)?(?:of|that\s+reimposed|to\s+reimpose)\s+(?:[\p{Lu}.]+\s+|United\s+Nations\s+)?sanctions)?\s+on\s+$/u;

export function snapbacks(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  const out = byPattern(text, start, parties, TRIGGERED, (m) => {
    const end = start + m.index + m[0].length;
    // Only the list right before the verb sets it off: a state named earlier may be the one hit
    // ("Iran said France and Germany had triggered the snapback").
    const before = parties.filter((a) => a.end <= start + m.index);
    return hitState(text, start, end, parties, coordinated(text, start, before, "backward"));
  });
  for (const m of execAll(TRIGGERED_BY, text)) {
    const at = start + m.index;
    const end = at + m[0].length;
    const after = actorsBetween(parties, end, rightClauseEnd(text, start, end));
    const holders = coordinated(text, start, after, "forward");
    const target = hitState(
      text,
      start,
      at + /^snap-?back/i.exec(m[0])![0].length,
      parties,
      holders,
    );
    if (target === undefined) continue;
    for (const holder of holders)
      if (!("actor" in target && target.actor.key === holder.key))
        out.push({ holder, target, what: "triggered the snapback", verb: m[0], at });
  }
  return out;
}

/**
 * The state the restored sanctions hit: the one named in "sanctions on X" right after the
 * snapback, else the state the article has named most, other than those setting it off.
 */
function hitState(
  text: string,
  start: number,
  from: number,
  parties: readonly Actor[],
  setters: readonly Actor[],
): OppositionTarget | undefined {
  const named = parties.find(
    (a) =>
      a.start >= from &&
      a.label === "Country" &&
      !a.place &&
      RESTORED_ON.test(text.slice(from - start, a.start - start)),
  );
  if (named !== undefined) return { actor: named };
  const own = new Set(setters.map((a) => a.key));
  const holder = setters[0];
  const state = articleState((key) => !own.has(key));
  return holder === undefined || state === undefined ? undefined : stateTarget(holder, state);
}
