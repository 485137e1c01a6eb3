import type { Actor } from "../resolve/actor.ts";

/**
 * "Lithuania will keep its border with Belarus closed", "Algeria closed its border with Mali":
 * shutting a border against a neighbour is a measure against it. The match ends where the
 * neighbour is named.
 */
export const BORDER_CLOSURE =
  /\b(?:(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)\s+(?:its|their|the)\s+(?:land\s+)?border\s+(?:crossings?\s+)?with\s+(?=(?:the\s+)?[A-Z])|(?:keep(?:s|ing)?|kept)\s+(?:its|their|the)\s+(?:land\s+)?border\s+with\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:closed|shut|sealed)\b))/g;

/** Cheap test for BORDER_CLOSURE. */
export const BORDER_HINT = /border/;

/** The neighbour a closure is against: the state named right after the match. */
export function closedTo(end: number, parties: readonly Actor[]): Actor | undefined {
  return parties.find(
    (a) => (a.start === end || a.start === end + 4) && a.label === "Country" && !a.possessive,
  );
}

/**
 * "The United States has designated the group a foreign terrorist organisation": branding a party
 * a terrorist one is a measure against it. The match ends where the party is named.
 */
export const TERROR_DESIGNATION =
  /\b(?:designat(?:e|es|ed|ing)|list(?:s|ed|ing)?|blacklist(?:s|ed|ing)?)\s+(?=(?:[\w'’.-]+\s+){1,5}?(?:as\s+)?(?:an?\s+)?(?:foreign\s+|global\s+|international\s+)?terror(?:ist)?\s+(?:organi[sz]ation|group|entity))/g;

/** The party right after `end`. */
export function namedAt(end: number, parties: readonly Actor[]): Actor | undefined {
  return parties.find((a) => a.start >= end && a.start <= end + 4 && !a.possessive && !a.place);
}
