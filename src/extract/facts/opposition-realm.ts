import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** "the kingdom", "the emirate's", "the sultanate": a state called by the kind of state it is. */
const REALM = /\b[Tt]he\s+(kingdom|emirate|sultanate)\b(?!\s+of\b)/g;

/** Cheap test for REALM, read every sentence (not run where its letters are missing). */
const mayNameRealm = gatedTest(/\b[Tt]he\s+(?:kingdom|emirate|sultanate)\b/);

/** The states each kind names, as news calls them: "the kingdom" for Saudi Arabia or Jordan. */
const REALMS: Readonly<Record<string, ReadonlySet<string>>> = {
  kingdom: new Set([
    "SAU",
    "JOR",
    "MAR",
    "BHR",
    "THA",
    "KHM",
    "BTN",
    "SWZ",
    "LSO",
    "TON",
    "GBR",
    "ESP",
    "NLD",
    "BEL",
    "SWE",
    "NOR",
    "DNK",
  ]),
  emirate: new Set(["QAT", "KWT", "ARE"]),
  sultanate: new Set(["OMN", "BRN"]),
};

/**
 * "Saudi Crown Prince Mohammed bin Salman telephoned the emir, and the kingdom's foreign
 * ministry condemned…": "the kingdom" stands for the last state of that kind named, in the
 * sentence before it or earlier in the story.
 */
export function realmParties(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): Actor[] {
  if (!mayNameRealm(text)) return [];
  const out: Actor[] = [];
  for (const m of execAll(REALM, text)) {
    const at = start + m.index;
    const kinds = REALMS[(m[1] ?? "").toLowerCase()];
    const before = parties.filter((a) => a.end <= at && a.label === "Country").reverse();
    const state = [...before, ...memory.recentStates].find(
      (a) => kinds?.has(a.key.slice(8)) === true,
    );
    if (state === undefined) continue;
    const end = at + m[0].length;
    out.push({
      ...state,
      start: at,
      end,
      from: -1,
      to: -1,
      via: "description",
      place: false,
      possessive: /^['’]s?\b/.test(text.slice(end - start)),
    });
  }
  return out;
}
