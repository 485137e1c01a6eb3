import type { Candidate } from "./resolve-people.ts";

/**
 * The last words of the names the article shows to be people somewhere: "President Volodymyr
 * Zelensky said… a meeting between Vladimir Putin and Zelensky" — the uncued "Zelensky" is still
 * known as a person, and may lend that to the full name listed with it.
 */
export function cuedNameForms(candidates: readonly Candidate[]): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const c of candidates) {
    if (c.cue === undefined) continue;
    forms.add(c.name.words.at(-1) ?? "");
  }
  return forms;
}

/**
 * Whether a candidate is cued itself, or ends in the surname of one the article shows to be a
 * person ("Viktor Orbán and Volodymyr Zelensky have not held talks since Orbán's visit").
 */
export function knownPerson(c: Candidate, forms: ReadonlySet<string>): boolean {
  return c.cue !== undefined || forms.has(c.name.words.at(-1) ?? "");
}
