/**
 * The main clause's verb after a stance told by a noun that is the sentence's subject:
 * "Chile's criticism of Peru came after…", "…of Peru was swift", "…of Peru drew a reply".
 */
const MAIN_VERB =
  /\s(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|came|comes|drew|draws|prompted|sparked|triggered|led|caused|raised|followed|angered|reflects|reflected|marks|marked|underscores|underscored|highlights|highlighted)\b/i;

/**
 * "Chile's condemnation of Peru was swift": the words of the sentence up to the main verb after
 * the stance noun `m` matched, so what is opposed ends where the subject does.
 */
export function nominalSubject(text: string, m: RegExpExecArray): string {
  const from = m.index + m[0].length;
  const verb = MAIN_VERB.exec(text.slice(from));
  return verb === null ? text : text.slice(0, from + verb.index);
}
