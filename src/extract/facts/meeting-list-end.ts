import type { Actor } from "../resolve/actor.ts";

/** Where the people a meeting verb or noun names end: asides and clauses of their own. */

/**
 * "…met Mahama on Tuesday, the latest in a series of meetings since Tinubu took office", "…met
 * Mahama, whose government…": a subordinate clause or an aside on the meeting names no party;
 * nor does a participle's phrase after a comma ("…held talks with Isaias, delivering a message
 * from Sisi"), unless it lists those met ("including", "among them"), nor a noun summing up what
 * was said (", a subject Jaishankar is expected to raise", ", a move Ruto welcomed").
 */
export const ASIDE =
  /\b(?:since|until|because|although|though|whose|whereas|unless|once|so that|in order to)\b|,\s+(?:the|a|an|their|his|her)\s+(?:latest|first|second|third|fourth|fifth|last|next|[a-z]+th|subject|topic|issue|point|matter|question|move|step|plan|proposal|idea|theme|message|request|demand|concern)\b|,\s+(?!(?:including|notably|among|accompanying)\b)[a-z]{2,}ing\b/;

/**
 * ", and British minister Hamish Falconer met him", ", and Rwandan President Jean Habimana
 * criticised the talks": a new subject and its verb (one of these, or any past tense right
 * after a capitalised name) start another clause, whose people are not the objects of the verb
 * before.
 */
export const NEW_CLAUSE =
  /,\s+(?:and|but|while|whereas)\s+(?=(?:[\p{L}'’.-]+\s+){1,6}?(?:met|held|spoke|said|told|signed|hosted|received|visited|called|was|were|is|are|has|had|will|would)\b|(?:[\p{L}'’.-]+\s+){0,5}?\p{Lu}[\p{L}'’.-]*\s+(?:\p{Ll}+ed|led|took|gave|made|sent|wrote|left|went|came|won|lost|sought|struck|stood)\b|(?:he|she|they|we|the\s+(?:two|three|four)|both)\s)/u;

/** A clause of its own, opened by a conjunction: "…came as C criticised D". */
const OWN_CLAUSE =
  /\b(?:as|while|when|whereas|because|although|though|but|after|before)\s+(?!well\b)/;

/** Whether `a` stands in a clause a conjunction opens after the trigger's end. */
export function inOwnClause(text: string, start: number, end: number, a: Actor): boolean {
  const m = OWN_CLAUSE.exec(text.slice(end - start, a.start - start));
  return m !== null;
}
