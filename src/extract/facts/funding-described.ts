import type { Actor } from "../resolve/actor.ts";
import type { Party } from "./find-funding.ts";

/**
 * "He met the bank's president, and said the bank had approved a $400 million loan to finance
 * fuel imports": when the body described ("the bank") pays rather than the clause's subject, what
 * lies between the description and the amount is read for the recipient — not what lies after
 * the subject ("He"), which takes in the bank's own name.
 */
export function describedPayer(
  text: string,
  start: number,
  described: { readonly party: Party; readonly at: number },
): Actor {
  const words = /^the\s+\w+/i.exec(text.slice(described.at - start))?.[0].length ?? 0;
  return {
    key: described.party.key,
    label: described.party.label,
    start: described.at,
    end: described.at + words,
    from: 0,
    to: 0,
    via: "description",
    possessive: false,
    place: false,
    country: undefined,
    locationOnly: undefined,
    name: undefined,
  };
}

/**
 * A party the text names by a description ("the bank", a quoted "they") rather than by its name,
 * standing at [start, end) of the text; it joined no run of tokens, so it has no token span.
 */
export function describedActor(
  key: string,
  label: Actor["label"],
  start: number,
  end: number,
  possessive: boolean,
): Actor {
  return {
    key,
    label,
    start,
    end,
    from: -1,
    to: -1,
    via: "description",
    possessive,
    place: false,
    country: undefined,
    locationOnly: undefined,
    name: undefined,
  };
}

/** Puts `actor` into `list` before the first party that starts after it: the list stays in text order. */
export function insertByStart(list: Actor[], actor: Actor): void {
  const index = list.findIndex((a) => a.start > actor.start);
  list.splice(index === -1 ? list.length : index, 0, actor);
}
