/**
 * "£2.5 million to train coast guard officers in maritime patrols", "$10 million to feed
 * displaced families": a verb whose object is the people served names what the money is for —
 * the training, the feeding — so the purpose keeps the verb, as a gerund, with its object.
 */

/** Verbs of serving people, with their gerunds. */
const GERUND: ReadonlyMap<string, string> = new Map([
  ["train", "training"],
  ["retrain", "retraining"],
  ["equip", "equipping"],
  ["feed", "feeding"],
  ["house", "housing"],
  ["shelter", "sheltering"],
  ["resettle", "resettling"],
  ["vaccinate", "vaccinating"],
  ["educate", "educating"],
  ["employ", "employing"],
  ["hire", "hiring"],
  ["treat", "treating"],
  ["relocate", "relocating"],
  ["evacuate", "evacuating"],
]);

/** Cheap test before the full pattern. */
const HINT =
  /\bto\s+(?:re)?(?:train|equip|feed|house|shelter|resettle|vaccinate|educate|employ|hire|treat|relocate|evacuate)\s/i;

const PEOPLE_PURPOSE =
  /^\s*(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,3}?to\s+((?:re)?(?:train|equip|feed|house|shelter|resettle|vaccinate|educate|employ|hire|treat|relocate|evacuate))\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)(?=\s*(?:[,.;:()]|$)|\s+(?:in|on|at|for|with|and|who|which|that|over|through|from|to|by|across)\b)/u;

/** "training of coast guard officers" for "to train coast guard officers in…", else nothing. */
export function peoplePurpose(after: string): string | undefined {
  if (!HINT.test(after.slice(0, 80))) return undefined;
  const m = PEOPLE_PURPOSE.exec(after);
  const verb = m?.[1]?.toLowerCase();
  const gerund = verb === undefined ? undefined : GERUND.get(verb);
  return gerund === undefined || m?.[2] === undefined ? undefined : `${gerund} of ${m[2]}`;
}
