import { withoutDanglingTail } from "./opposition-phrase-tail.ts";
import { turnsAway } from "./opposition-denied-claim.ts";

/** Nouns for what someone says happened. */
const REPORT_NOUN = "reports|allegations|accounts|claims|evidence";

/** "reports", "credible reports", "fresh allegations": words for what someone says happened. */
const REPORT_WORDS = new RegExp(
  String.raw`^(?:(?:credible|fresh|new|further|recent|repeated|media|press|widespread|disturbing|troubling|alarming|consistent)\s+){0,2}(?:${REPORT_NOUN})$`,
  "i",
);

/** The words after "reports that": what they say happened. */
const REPORTED = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:${REPORT_NOUN})\s+that\s+([^,;.]{3,80})`,
  "i",
);

/** "protesters had been killed by security forces": a passive, its subject and participle. */
const PASSIVE_CLAUSE =
  /^(.+?)\s+(?:(?:had|have|has)\s+been|(?:were|was|are|is)(?:\s+being)?)\s+([a-z]{3,}ed)\b(.*)$/;

/** "troops had killed protesters": a short subject, a past tense and its object. */
const ACTIVE_CLAUSE = /^(?:[\w'’-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?([a-z]{3,}ed)\s+(.+)$/;

/**
 * "alarmed by credible reports that protesters had been killed", "condemned reports that troops
 * had killed protesters": what the reports say is the matter, told as the act they report (the
 * killing of protesters). Turning reports away ("dismissed reports that…") is a denial.
 */
export function reportedContent(after: string, phrase: string, verb: string): string | undefined {
  if (turnsAway(verb) || !REPORT_WORDS.test(phrase)) return undefined;
  const content = REPORTED.exec(after)?.[1]?.trim();
  if (content === undefined) return undefined;
  return withoutDanglingTail(actOf(content).split(/\s+/).slice(0, 8).join(" "));
}

/** "protesters had been killed by police" → "killing of protesters by police"; else unchanged. */
function actOf(clause: string): string {
  const passive = PASSIVE_CLAUSE.exec(clause);
  if (passive !== null) return `${gerund(passive[2]!)} of ${passive[1]}${passive[3]}`;
  const active = ACTIVE_CLAUSE.exec(clause);
  if (active !== null) return `${gerund(active[1]!)} of ${active[2]}`;
  return clause;
}

/** "killed" → "killing", "tortured" → "torturing", "bullied" → "bullying". */
function gerund(participle: string): string {
  if (participle.endsWith("ied")) return `${participle.slice(0, -3)}ying`;
  return `${participle.slice(0, -2)}ing`;
}
