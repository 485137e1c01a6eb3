import { modalityOf, type Modality } from "./modality.ts";
import { inPreparation } from "./meeting-preparation.ts";
import { mainClauseTense } from "./meeting-main-tense.ts";
import { TIMESTAMPED } from "./meeting-date.ts";
import { WEEKDAYS } from "../gazetteer/words.ts";
import { opensPhrase } from "./meeting-negation-scope.ts";
import { prospectOf } from "./meeting-prospect.ts";
import { gatedTest } from "../text/letter-gate.ts";

/**
 * "hoped to meet", "has yet to meet", "refused to meet": an infinitive meeting that a wish, an
 * attempt or a refusal governs has not (or not yet) taken place.
 */
const WISHED_TO =
  /\b(?:hoped|hoping|hopes?|wanted|wants?|wanting|wish(?:ed|es|ing)?|would like|yet|trying|tried|tries|attempt(?:ed|s|ing)?|sought|seeks?|seeking|agreed|agrees?|promised|promises?|vowed|vows?|pledged|ready|willing|prepared|eager|keen|offered|offers?|asked|invited|urged|expects?|intended|aims?|aimed|hopeful|unwilling|reluctant|supposed|meant)\s+to\s+$/i;

/** "refused to meet", "declined to hold talks": a meeting turned down. */
const REFUSED_TO = /\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|unable|failed|fails)\s+to\s+$/i;

/** "ruled out meeting X", "skipped a meeting with X", "turned down talks": a meeting not held. */
const TURNED_DOWN =
  /\b(?:rul(?:ed|es|ing)\s+out|turn(?:ed|s|ing)\s+down|skipp(?:ed|ing)|skips?|boycott(?:ed|s|ing)?|pull(?:ed|s|ing)\s+out\s+of|walk(?:ed|s|ing)\s+out\s+of)\s+(?:(?:a|an|the|his|her|their|any|its)\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;

/** "is slated to meet", "an expected meeting with X": a meeting to come. */
const SLATED =
  /\b(?:slated|poised|tipped|lined\s+up)\s+to\s+$|\b(?:an?|the|their|his|her)\s+(?:expected|anticipated|mooted|forthcoming|prospective|tentative|long-awaited)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The two tests, answered without a search where their letters are missing (most texts). */
const turnedDown = gatedTest(TURNED_DOWN);
const slated = gatedTest(SLATED);

/**
 * "requested a meeting with", "called for talks with", "floated a meeting between": a meeting
 * asked for or put forward, not held; so is one
 * wished or asked to be granted ("hoped to be granted a meeting with", "asked to be given talks").
 */
const REQUESTED =
  /\b(?:(?:hop(?:e|ed|es|ing)|wish(?:ed|es|ing)?|want(?:ed|s|ing)?|expect(?:ed|s|ing)?|ask(?:ed|s|ing)?|seek(?:s|ing)?|sought)\s+to\s+be\s+(?:granted|given|offered|allowed|accorded)|seek(?:s|ing)?|sought|request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|call(?:ed|s|ing)?\s+for|push(?:ed|es|ing)?\s+for|press(?:ed|es|ing)?\s+for|propos(?:e|ed|es|ing)|demand(?:ed|s|ing)?|urg(?:e|ed|es|ing)|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|float(?:ed|s|ing)?|moot(?:ed|s|ing)?|hop(?:e|ed|es|ing)\s+for|invit(?:e|ed|es|ing)|want(?:ed|s)?|await(?:ed|s|ing)?|eye(?:s|d|ing)?)\s+(?:(?!(?:after|before|while|when|following|and|but|since|during)\b)[\w-]+\s+){0,3}?(?:talks|meetings?|calls?|dialogue|discussions|negotiations|summit|consultations|conversation)\b/i;

/** "left without meeting X", "denied that he had met X": the meeting is denied. */
const DENIED =
  /\b(?:without(?:\s+having)?|den(?:y|ies|ied|ying)(?:\s+(?:that\s+)?(?:he|she|they|it)?\s*(?:had|has|have|ever|having|\s)*)?)\s*$/i;

/** "travels to Accra on Monday to meet X": news writes a coming trip in the present tense. */
const PRESENT_TRIP =
  /\b(?:travels|heads|flies|goes|leaves|departs|arrives|visits|is visiting|are visiting|is due|are due)\b/i;

/** "for his first meeting with", "for talks with": a trip's purpose, right before the trigger. */
const TRIP_PURPOSE = /\bfor\s+(?:(?:his|her|their|its|a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "a meeting between A and B was needed", "a summit between A and B remains unlikely". */
const WANTED =
  /\bbetween\b.*\b(?:is|was|are|were|remains?|remained|seems?|seemed|looks?)\s+(?:\w+\s+)?(?:needed|necessary|required|essential|vital|unlikely|likely|possible|impossible|urgent|overdue)\b/i;

/** "met neither A nor B", "met no one": the object denies the meeting. */
const NO_OBJECT = /^\s+(?:with\s+)?(?:neither|nobody|no one|none)\b/i;

/**
 * "no Spanish minister received him", "no meeting with Modi was arranged", "there were no talks
 * between them": a subject or a meeting noun under "no" (or "nobody", "none of the…") is denied —
 * not "no doubt", "no matter", "no option but to meet".
 */
const NO_SUBJECT =
  /\b(?:no|nobody|none\s+of\s+(?:the|them|their|its|his|her))\s+(?:(?!(?:but|to|than|sooner|doubt|matter|longer|less|more)\b)[\p{L}'’-]+\s+){0,3}$/iu;

/** The nouns that report a meeting without vouching for it: "reports that", "speculation of". */
/**
 * "reports that…", "a report by a news portal that…", "claims in the local press that…": a report
 * noun, perhaps with its source, then what it says.
 */
const REPORT_NOUNS = String.raw`(?:reports?|claims?|rumou?rs?|suggestions?|speculation)\s+(?:(?:by|in|from)\s+(?:[^\s,;.]+\s+){1,5}?)?(?:that|of)\b`;

/**
 * "Reports that X had called Y were denied…", "…were false", "called a report that X had met Y
 * 'a fabrication'", "a photograph purporting to show him meeting Y was fake": a meeting reported
 * only to be denied.
 */
const REPORTED = new RegExp(
  String.raw`\b${REPORT_NOUNS}|\bpurport(?:s|ed|ing)?\s+to\s+show\b`,
  "i",
);
const DENIED_AFTER =
  /^[^.;]*?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:denied|dismissed|rejected|refuted|false|untrue|baseless|unfounded|groundless|fabricated|invented|wrong|incorrect|inaccurate|fake|doctored)\b|no\s+such\s+(?:meeting|call|talks|conversation|encounter)\b|(?:a|an)\s+(?:\w+\s+)?(?:fabrication|lie|invention|fiction|fantasy)\b)/i;
/**
 * "…denied reports that X had met Y", "dismissed as 'fake news' claims that…", "played down
 * reports of a meeting with Y", "denied a foreign newspaper's report that X had called Y": the
 * denial comes first.
 */
const DENIES_REPORTS = new RegExp(
  String.raw`\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|play(?:ed|s|ing)?\s+down|rubbish(?:ed|es|ing)?)\s+(?:as\s+[^,;.]{1,30}?\s+)?(?:(?:the|a|an|any|all)\s+)?(?:[\p{L}'’-]+\s+){0,3}?${REPORT_NOUNS}[^.;]*$`,
  "iu",
);

/**
 * "dismissed claims that his talks with Y had failed", "rejected suggestions that he was snubbed
 * when he met Y", "rejected claims that he had conceded ground in talks with Y", "played down
 * reports of a rift at his meeting with Y": the claim denied is about a meeting it takes as held
 * — its subject, a clause of time in it, or a phrase of time or place the meeting ends.
 */
const PRESUPPOSED_SUBJECT = /^(?:his|her|their|its|the)\b/i;
const TIME_CLAUSE = /\b(?:when|while|after|before|during|since|as|because)\b/i;
const PLACE_PHRASE =
  /\b(?:at|in|on\s+the\s+sidelines\s+of|following)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/i;
/** "reports that he had been in talks with Y": a place that is the claim itself. */
const BE_PLACE =
  /\b(?:was|were|is|are|been|be)\s+(?:at|in)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/i;
/** "with": a claim that already names whom it was with. */
const WITH = /\bwith\b/i;

/** The preposition a trigger may open with ("in talks with"). */
const IN_TRIGGER = /^(?:at|in|following)\s+/i;

/**
 * Whether the words around a trigger report the meeting only to deny it: `clause` is the words
 * before it since the last "." or ";", `trigger` its words.
 */
function deniedReport(clause: string, rest: string, trigger: string): boolean {
  if (REPORTED.test(clause) && DENIED_AFTER.test(rest)) return true;
  const denied = DENIES_REPORTS.exec(clause);
  if (denied === null) return false;
  const claim = clause.slice(denied.index).replace(/^.*?\b(?:that|of)\s+/i, "");
  return (
    !TIME_CLAUSE.test(claim) &&
    // "…that A had raised the case with B in a phone call": the call is how the claim's own
    // encounter with B took place, denied with it.
    !(placeOfClaim(`${claim}${IN_TRIGGER.exec(trigger)?.[0] ?? ""}`) && !WITH.test(claim)) &&
    !(claim === "" && PRESUPPOSED_SUBJECT.test(trigger))
  );
}

/** Whether the claim's words end in a phrase of place or time the meeting opens. */
function placeOfClaim(words: string): boolean {
  return PLACE_PHRASE.test(words) && !BE_PLACE.test(words);
}

/**
 * "It is unclear whether A met B", "asked if A had called B", "If A met B, …": a meeting in a
 * clause of "whether" or "if" is put in question, however long the subject between them.
 */
const QUESTIONED = /\b(?:whether|if)\s+(?:[^\s,;:]+\s+){1,10}$/i;

/**
 * "Will A meet B before the vote?", an interview's "Q: Have you spoken to B since?": a question
 * opened by an auxiliary asks, it does not report.
 */
const ASKED =
  /^\s*(?:Q\s*[:.]\s*|Question\s*:\s*)?["“]?(?:will|would|did|does|do|can|could|should|shall|may|might|has|have|had)\s/i;

/**
 * How the words around a meeting trigger leave it unrealised, beyond the shared modality cues:
 * `before` is the sentence up to the trigger, `trigger` its text, `rest` what follows it.
 */
export function unrealised(before: string, trigger: string, rest: string): Modality | undefined {
  if (REFUSED_TO.test(before) || DENIED.test(before) || NO_OBJECT.test(rest)) return "negated";
  // The words before the trigger since the last "." or ";".
  const own = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
  if (
    (NO_SUBJECT.test(before) && !opensPhrase(trigger)) ||
    deniedReport(own, rest, trigger) ||
    turnedDown(before)
  )
    return "negated";
  if (slated(before)) return "future";
  // "…days before Petro is due at the White House on Tuesday for his first meeting with Trump":
  // the purpose of a coming trip, told in the present, whatever the sentence's main clause.
  if (TRIP_PURPOSE.test(before) && PRESENT_TRIP.test(own.slice(-120))) return "future";
  const named = prospectOf(before, trigger, rest);
  if (named !== undefined) return named;
  if (QUESTIONED.test(own) || (ASKED.test(own) && /\?\s*["”]?\s*$/.test(rest)))
    return "hypothetical";
  const prospect = inPreparation(before, trigger, rest) ?? mainClauseTense(before, rest);
  if (prospect !== undefined) return prospect;
  if (WISHED_TO.test(before) || WANTED.test(`${trigger}${rest.split(/[.;]/)[0] ?? ""}`))
    return "hypothetical";
  const clause = own.slice(-120);
  // "was to meet", "is meeting X on Friday": a plan, in the past or the present progressive —
  // but "11:15 — A and B are holding talks at city hall": a live blog's entry tells the present.
  if (/\b(?:was|were)\s+to\s+$/i.test(before)) return "future";
  if (/\b(?:is|are)\s+$/i.test(before) && !happeningNow(before, rest)) return "future";
  // "arrives in Kyiv on Friday for talks with X": news writes a coming trip in the present.
  if (/^(?:for|to)\b/i.test(trigger) && PRESENT_TRIP.test(clause)) return "future";
  // "He is due on Wednesday to tour the plant and to meet X": the infinitive's governor is further.
  if (/\bto\s+$/.test(before)) {
    // "there were "no plans at this stage" for A to meet B": a plan denied.
    if (NO_PLANS.test(clause)) return "negated";
    if (PRESENT_TRIP.test(clause)) return "future";
    const governed = modalityOf(clause);
    if (governed !== "asserted") return governed;
  }
  return isRequested(before.slice(-60), trigger) ? "hypothetical" : undefined;
}

/** "no plans", "no immediate plans": a plan denied, before the infinitive it governs. */
const NO_PLANS = /\bno\s+(?:[a-z]+\s+)?plans?\b/i;

/** The request must govern the trigger's own noun, not an earlier one ("sought talks…, then met"). */
function isRequested(before: string, trigger: string): boolean {
  const m = REQUESTED.exec(`${before}${trigger}`);
  return m !== null && m.index + m[0].length > before.length;
}

/** A time still to come: "tomorrow", "next week", "later today", "on Friday", "this evening". */
const TO_COME = new RegExp(
  String.raw`\b(?:tomorrow|tonight|later|next|soon|on\s+(?:${WEEKDAYS.join("|")})|this\s+(?:afternoon|evening))\b`,
  "i",
);

/**
 * "11:15 — A and B are holding separate talks at city hall": the present progressive of a live
 * blog's time-stamped entry, with no time to come in its clause, tells what is happening as written.
 */
function happeningNow(before: string, rest: string): boolean {
  return TIMESTAMPED.test(before) && !TO_COME.test(rest.split(/[.;]/)[0] ?? "");
}
