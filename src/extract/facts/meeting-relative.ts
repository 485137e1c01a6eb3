import type { Actor } from "../resolve/actor.ts";
import { actorsBetween } from "./clause.ts";
import type { Participants } from "./meeting-participants.ts";

/**
 * "Ruto praised Mahama, whom he met in Accra last year": the person the relative pronoun stands
 * for (named right before it) and the relative clause's subject (between the pronoun and the verb).
 */
export function relativeParticipants(
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
): Participants {
  const antecedent = people
    .filter((a) => a.end <= at && /^\s*,?\s*$/.test(text.slice(a.end - start, at - start)))
    .at(-1);
  const subject = actorsBetween(people, at, end)[0];
  if (antecedent === undefined || subject === undefined || subject.key === antecedent.key)
    return { all: [], subjects: 0 };
  return { all: [subject, antecedent], subjects: 1 };
}
