import type { Actor } from "../resolve/actor.ts";

/**
 * Roles that speak for the body or state they belong to ("the ministry's spokesman, Ana Ruiz,"
 * speaks for the ministry's state): a person in one of them is not the holder in their own name.
 * Role nouns only: the body a role heads ("head of the ministry") leaves the stance the head's,
 * as "minister of…" does.
 */
const VOICE_ROLE =
  /\b(?:spokes(?:man|woman|person|people)|press\s+secretar(?:y|ies)|envoys?|ambassadors?|representatives?|delegat(?:e|es|ion)|negotiators?|lawyers?|attorneys?)\b/i;

/** Words between a verb's subject and the verb: ", also", ", on Thursday", ", has". */
const TO_VERB =
  /^\s*,\s*(?:(?:also|again|then|later|has|have|had|\w+ly|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/**
 * "The governor of the National Bank, Ana Ruiz,", "The UN human rights chief, Ana Ruiz,": the
 * role before a person set off by commas, opened by "the", with the body named inside it. No
 * "and" in it: "The National Bank and its governor, Ana Ruiz," names two subjects, not a role.
 */
const ROLE_BEFORE = /(?:^|[;:]\s+|\b(?:and|but)\s+)[Tt]he\s+((?:(?!\band\b)[^,;]){2,90}),\s+$/;

/**
 * ", leader of the opposition Civic Party,", ", a senior figure in the Labour Party, which…,": a
 * role after a person, in lowercase, that names the body the role is in; the aside may go on
 * with a relative clause or a second description before the verb.
 */
const ROLE_AFTER =
  /^,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:of|in|at|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** What an aside may hold after the body it names, up to its closing comma. */
const ASIDE_REST = /^[^;:"“”]{0,120}$/;

/**
 * The person a stance held by a body is really held by, when the body is named only to say what
 * role the person has: "The governor of the National Bank, Ana Ruiz, accused the government…"
 * and "Ana Ruiz, leader of the opposition Civic Party, which leads in the polls, called…" are
 * Ruiz's stances, as a leader speaking in their own name. Not a spokesperson's or an envoy's,
 * who speak for the body. `at` is where the stance's verb starts.
 */
export function rolePerson(
  text: string,
  start: number,
  holder: Actor,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  if (holder.label !== "Organization" || holder.end > at) return undefined;
  const people = parties.filter((a) => a.label === "Person" && !a.possessive && a.end <= at);
  const slice = (from: number, to: number): string => text.slice(from - start, to - start);
  // The body inside the role before the person: "The governor of the National Bank, Ana Ruiz,".
  const after = people.find(
    (p) => p.start > holder.end && TO_VERB.test(slice(p.end, at)) && roleBefore(p),
  );
  if (after !== undefined) return after;
  // The body inside the aside after the person: "Ana Ruiz, leader of the Civic Party, …,".
  return people.find(
    (p) =>
      p.end < holder.start &&
      ROLE_AFTER.test(slice(p.end, holder.start)) &&
      !VOICE_ROLE.test(slice(p.end, holder.start)) &&
      closesBefore(slice(holder.end, at)),
  );

  function roleBefore(p: Actor): boolean {
    const m = ROLE_BEFORE.exec(slice(start, p.start));
    if (m === null) return false;
    const roleAt = p.start - m[0].length + m[0].indexOf(m[1] ?? "");
    return holder.start >= roleAt && !VOICE_ROLE.test(m[1] ?? "");
  }
}

/** Whether what follows a body in an aside closes the aside right before the verb. */
function closesBefore(rest: string): boolean {
  const comma = rest.lastIndexOf(",");
  return comma >= 0 && ASIDE_REST.test(rest.slice(0, comma)) && TO_VERB.test(rest.slice(comma));
}
