import type { Actor } from "../resolve/actor.ts";
import { unlistedOrganization } from "./organization-names.ts";

/** Cheap test: a capitalised word after a lowercase one, somewhere in the phrase. */
const NAME_HINT = /\p{Ll}\s+\p{Lu}/u;

/**
 * "Spanish grid operator Red Eléctrica", "state oil company Pemex", "telecoms giant Huawei": a
 * body's kind told in lowercase right before its name. The group is the name.
 */
const KIND_THEN_NAME =
  /^(?:[\p{L}-]+\s+){0,3}?(?:company|firm|operator|utility|bank|lender|regulator|broadcaster|carrier|airline|conglomerate|giant|maker|manufacturer|producer|miner|refiner|trader|insurer|developer|contractor|newspaper|outlet|charity|watchdog)\s+((?:\p{Lu}[\p{L}.&'’-]*)(?:\s+(?:de\s+|of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,4})$/u;

/**
 * "criticised the Spanish grid operator Red Eléctrica for…": a body no list knows, named after the
 * lowercase word for its kind, is opposed as that body rather than as words. `at` is where the
 * phrase stands in the body.
 */
export function kindNamedBody(phrase: string, at: number): Actor | undefined {
  if (!NAME_HINT.test(phrase)) return undefined;
  const m = KIND_THEN_NAME.exec(phrase);
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  const nameAt = at + m[0].length - name.length;
  return unlistedOrganization(name, nameAt, nameAt + name.length);
}
