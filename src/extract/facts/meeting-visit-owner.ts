import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import { possessiveParticipants, type Participants } from "./meeting-participants.ts";
import type { Shape } from "./meeting-triggers.ts";

/**
 * "Ruto's visit ended", "Boakai's programme continued", "Modi's first day began": a possessor's
 * own visit, trip or day, and the verb that says what it was made of.
 */
const OWN_VISIT =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:visit|programme|program|trip|tour|day|schedule|stay|agenda|itinerary)\b[^,;]{0,40}?\b(?:continued|continues|ended|ends|began|begins|started|starts|opened|opens|closed|closes|included|includes|featured|features|concluded|concludes|wrapped\s+up)\b/u;

/**
 * "Boakai's programme continued with a working breakfast hosted by Jalloh", "Ruto's visit ended
 * with a dinner hosted by King Charles": a clause whose subject is a person's own visit, trip or
 * day has that person take part in the meal or talks it names. `found` is what the trigger's own
 * reading gave; the owner is read only when that found no one to meet.
 */
export function withVisitOwner(
  found: Participants,
  shape: Shape,
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
  possessors: readonly Actor[],
): Participants {
  if (found.all.length >= 2 || shape !== "verb" || possessors.length === 0) return found;
  const clause = leftClauseStart(text, start, at);
  const owner = possessors
    .filter(
      (a) =>
        a.start >= clause && a.end <= at && OWN_VISIT.test(text.slice(a.end - start, at - start)),
    )
    .at(-1);
  if (owner === undefined) return found;
  // The owner stands in for the clause's subject; the others are read after the trigger.
  return possessiveParticipants(text, start, owner.end, end, people, [owner]);
}
