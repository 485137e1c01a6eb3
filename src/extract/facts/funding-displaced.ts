import type { Actor } from "../resolve/actor.ts";
import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import { isDemonymMention } from "./funding-parties.ts";
import { lookupCountryForm } from "../gazetteer/countries.ts";

/** "Sudanese refugees", "Syrian refugee children", "Rohingya migrants": people who fled a state. */
const DISPLACED =
  /^\s+(?:refugees?|asylum[- ]seekers?|migrants?|displaced|returnees?|evacuees|exiles|deportees)\b/i;

/**
 * "$12 million for Sudanese refugees in eastern Chad", "aid for Syrian refugees in Jordan": a
 * demonym on people who fled names the state they fled, not the one paid — the host state, or
 * else the cause, receives.
 */
export function isFledState(text: string, start: number, actor: Actor): boolean {
  if (actor.label !== "Country" || actor.via !== "country") return false;
  if (!DISPLACED.test(text.slice(actor.end - start, actor.end - start + 30))) return false;
  // "Myanmar refugees", "Ukraine refugees": a state's name set before them says the same as its
  // demonym — but not its possessive ("Jordan's refugees" are those it hosts).
  return (
    isDemonymMention(text, start, actor) ||
    (!actor.possessive &&
      lookupCountryForm(text.slice(actor.start - start, actor.end - start))?.kind === "name")
  );
}

/** "…in food aid for the Sahrawi refugee camps near Tindouf": the people who fled as the cause. */
const FLED_CAUSE =
  /^(\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+))(?=\s*(?:[,.;:]|$|\b(?:in|near|on|at|across|along|who|which|that|and|to|from|after|over)\b))/;

/** What money for people who fled goes to when no host state is named: the phrase naming them. */
export function fledCause(
  text: string,
  start: number,
  money: { readonly end: number },
  actors: readonly Actor[],
): Recipient | undefined {
  const fled = actors.find(
    (a) =>
      a.start > money.end &&
      a.start - money.end < 80 &&
      /\b(?:for|to|towards?)\s+(?:the\s+)?$/i.test(
        text.slice(money.end - start, a.start - start),
      ) &&
      !/[,;]/.test(text.slice(money.end - start, a.start - start).replace(/^\s*\([^)]*\)/, "")) &&
      isFledState(text, start, a),
  );
  if (fled === undefined) return undefined;
  const tail = FLED_CAUSE.exec(text.slice(fled.end - start))?.[1] ?? "";
  return issueOf(text.slice(fled.start - start, fled.end - start) + tail);
}
