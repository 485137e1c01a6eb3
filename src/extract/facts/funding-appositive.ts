import type { Actor } from "../resolve/actor.ts";
import type { Recipient } from "./find-funding.ts";
import { slugify } from "../text/slug.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import { unlistedOrganization } from "./organization-names.ts";

/** "Kazakhstan's sovereign wealth fund, ": a state's body described by its kind, then a comma. */
const DESCRIBED_BODY =
  /\b(?:fund|bank|lender|agency|company|firm|corporation|investor|arm|institution|insurer)\s*,\s*(?:the\s+)?$/i;

/**
 * "Kazakhstan's sovereign wealth fund, Samruk-Kazyna, committed 150 billion tenge": the name in
 * apposition to a body's description is the body, and it pays — not the state that owns it. A
 * one-word name there is a body's even when no list knows it ("Norfund").
 */
export function appositiveBody(
  text: string,
  start: number,
  aside: readonly [number, number],
  moneyStart: number,
  actors: readonly Actor[],
): Actor | undefined {
  if (!DESCRIBED_BODY.test(text.slice(0, aside[0] - start + 2))) return undefined;
  if (!FUNDING_VERB.test(text.slice(aside[1] - start, moneyStart - start))) return undefined;
  const inside = actors.filter((a) => a.start >= aside[0] && a.end <= aside[1]);
  const body = inside[0];
  if (inside.length === 0) return unlistedBody(text, start, aside);
  if (inside.length !== 1 || body === undefined || body.possessive) return undefined;
  const rest = text.slice(body.end - start, aside[1] - start);
  return body.label === "Organization" && /^\s*,?\s*$/.test(rest) ? body : undefined;
}

/** ", Norfund,": one capitalised word (or two joined by a hyphen) alone in an aside. */
const ONE_WORD_NAME = /^,\s*(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?)\s*,?$/u;

/** A one-word name no list knows ("Norfund", "Samruk-Kazyna"), standing alone in the aside. */
function unlistedBody(
  text: string,
  start: number,
  aside: readonly [number, number],
): Actor | undefined {
  const m = ONE_WORD_NAME.exec(text.slice(aside[0] - start, aside[1] - start));
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  const at = aside[0] + m[0].indexOf(name);
  // Up to the aside's closing comma: what follows is the body's own verb.
  return unlistedOrganization(name, at, aside[1]);
}

/** "'s refugee agency, ", " refugee agency, the ": a body's kind after its owner, then a comma. */
const KIND_THEN_COMMA =
  /^(?:['’]s)?\s+(?:[a-z][\w'’-]*\s+){0,3}(?:agency|fund|programme|program|organi[sz]ation|body|office|mission|force|bank|lender|arm|charity)\s*,\s+(?:the\s+)?$/;

/**
 * "a grant of $5 million to the UN refugee agency, UNHCR,": the body a recipient phrase names
 * only as an owner of a description ("UN") is the one named in apposition after it.
 */
export function namedInApposition(
  text: string,
  start: number,
  owner: Actor,
  actors: readonly Actor[],
): Actor | undefined {
  if (owner.label !== "Organization") return undefined;
  const next = actors.find((a) => a.start >= owner.end);
  if (next?.label !== "Organization" || next.key === owner.key) return undefined;
  return KIND_THEN_COMMA.test(text.slice(owner.end - start, next.start - start)) ? next : undefined;
}

/** " Support and Stabilization Mission in Somalia (AUSSOM)": a longer name, then its acronym. */
const NAME_GOES_ON =
  /^\s+(?:(?:\p{Lu}[\p{L}-]*|and|for|in|of|on|the)\s+){0,8}?\p{Lu}[\p{L}-]*\s+\((\p{Lu}[\p{Lu}\d]{2,9})\)/u;

/**
 * "€60 million for the African Union Support and Stabilization Mission in Somalia (AUSSOM)": a
 * body's name that goes on past a listed body's ("African Union") names another body, by the
 * acronym that follows it.
 */
export function longerName(
  text: string,
  start: number,
  named: Actor,
  actors: readonly Actor[],
): Recipient | undefined {
  if (named.label !== "Organization" || text.charAt(named.end - start) !== " ") return undefined;
  const m = NAME_GOES_ON.exec(text.slice(named.end - start, named.end - start + 120));
  const acronym = m?.[1];
  if (m === null || acronym === undefined) return undefined;
  // "…to the AU and the United Nations (UN)": another body joined to it ends the name.
  const end = named.end + m[0].length;
  const joined = (a: Actor): boolean =>
    a.start > named.end &&
    a.start < end &&
    /\band\s+the\s+$/.test(text.slice(named.end - start, a.start - start));
  if (actors.some(joined)) return undefined;
  return { issue: acronym, issueKey: `issue:${slugify(acronym)}` };
}
