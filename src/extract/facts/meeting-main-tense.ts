import { modalityOf, type Modality } from "./modality.ts";
import { REPORTING_VERBS } from "./meeting-reporter.ts";

/** A reporting verb, where the main clause's own predicate gives way to what it reports. */
const REPORTED = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|that)\b`);

/** "Before meeting", "After talks with", "On meeting": a fronted phrase with no tense of its own. */
const FRONTED_UNTENSED = /^\s*(?:before|after|while|when|on|upon|ahead\s+of|following)\s+$/i;

/**
 * "Before meeting Hassan on Friday, Ruto will visit the port", "After talks with Hassan, Ruto
 * is due to fly home": a fronted phrase with a participle or a meeting noun has no tense of its
 * own; it takes that of the main clause after its comma — here a plan, so no meeting yet.
 * `before` is the sentence up to the trigger, `rest` what follows it.
 */
export function mainClauseTense(before: string, rest: string): Modality | undefined {
  if (!FRONTED_UNTENSED.test(before)) return undefined;
  const comma = rest.indexOf(",");
  if (comma < 0) return undefined;
  // The main clause's subject and verb: the words after the comma up to the next stop.
  // Not what it reports: "After meeting Hassan, Ruto said talks would continue".
  const main = /^[^,;.]{0,80}/.exec(rest.slice(comma + 1))?.[0] ?? "";
  const tense = modalityOf(main.split(REPORTED)[0] ?? "");
  return tense === "future" || tense === "hypothetical" ? tense : undefined;
}
