import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention } from "./find-funding.ts";
import { findMoney } from "./money.ts";
import { payer } from "./stance-actor.ts";

/**
 * "would put in the same amount", "pledged an equal sum", "matched that pledge", "gave as much":
 * an amount given by pointing back to the one told just before.
 */
const SAME_AMOUNT =
  /\b(?:(?:pledg|provid|giv|gave|contribut|donat|commit|offer|promis|lend|lent|add|put|chip|send|sent)\w*(?:\s+in)?\s+(?:the\s+same|an?\s+(?:equal|similar|matching|identical))\s+(?:amount|sum|figure)|match(?:ed|es|ing)?\s+(?:(?:that|it|this)\b(?!\s+(?:[\w-]+\s+)?(?:figure|level|pace|rate|record|number)\b)|(?:that|this|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:pledge|amount|sum|contribution|offer|commitment|grant|loan))|(?:pledg|provid|giv|gave|contribut|donat|commit|offer|promis|put\s+in)\w*\s+as\s+much)\b/i;

/** Words that leave the giving unsettled: denied, asked, weighed, hoped for… */
const UNSETTLED =
  /\b(?:not|no|never|whether|if|unless|could|might|may|consider\w*|weigh\w*|ask\w*|urg\w*|call(?:s|ed)? on|expect\w*|plan\w*|hop\w*|want\w*|refus\w*|declin\w*|reject\w*|seek\w*|sought)\b/i;

/** Between the subject and the verb: a few lower-case words ("would", "has since", "later"). */
const SUBJECT_GAP = /^\s*(?:[a-z][\w-]*\s+){0,3}$/;

/** "… to Lebanon", "… for Syria": a recipient or purpose named after the words. */
const OTHER_END = /^[^.;]{0,60}?\b(?:to|for)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Qatar pledged $250 million to rebuild the grid. Ankara would put in the same amount.": a
 * sentence stating no amount of its own, whose subject gives "the same amount" or "matched that
 * pledge", gives the amount the sentence before gave, to the same recipient. The subject is the
 * sentence's first state or body before those words, and is not the one who gave before.
 */
export function sameAmount(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  context: FundingContext,
): FundingMention[] {
  const last = context.lastPaid;
  if (last === undefined || !mayPointBack(s.sentence.text)) return [];
  const m = SAME_AMOUNT.exec(s.sentence.text);
  if (m === null) return [];
  // "would give the same amount if parliament approves", "matched it with $100 million for
  // Syria", "an equal sum to Lebanon": a condition anywhere, an amount of its own or another
  // recipient named after the words leaves nothing to carry over.
  if (UNSETTLED.test(s.sentence.text.replace(/\bMay\b/g, ""))) return [];
  if (findMoney(s.sentence.text, s.sentence.start).length > 0) return [];
  if (OTHER_END.test(s.sentence.text.slice(m.index + m[0].length))) return [];
  const at = s.sentence.start + m.index;
  const subject = actors.find((a) => a.end <= at && payer(a) !== undefined);
  // "Oman will contribute", "Ankara later matched": the subject right before the verb, not
  // "Turkey's exports to Iraq matched that figure".
  if (
    subject === undefined ||
    !SUBJECT_GAP.test(s.sentence.text.slice(subject.end - s.sentence.start, m.index))
  )
    return [];
  const funder = payer(subject);
  if (funder === undefined || funder.key === last.funder?.key) return [];
  return [{ ...last, funder, received: false, part: false }];
}

/** Cheap gate, a few substring searches: the letters "the same amount" and the rest must hold. */
function mayPointBack(text: string): boolean {
  return (
    text.includes("same") || text.includes("qual") || text.includes("atch") || text.includes("much")
  );
}
