import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { slugify } from "../text/slug.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd } from "./clause.ts";
import { findMoney, type MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";

export interface FundingMention {
  readonly funder: { readonly key: string; readonly label: Actor["label"] } | undefined;
  readonly recipient: { readonly actor: Actor } | { readonly issue: string; readonly issueKey: string } | undefined;
  readonly money: MoneyMention;
  readonly purpose: string | undefined;
}

const FUNDING_WORDS = /\b(aid|assistance|package|loans?|grants?|funding|funds?|funded|financ\w*|pledg\w*|donat\w*|contribut\w*|provid\w*|allocat\w*|disburs\w*|approv\w*|budget|support|investments?|invest\w*|credit|bailout|relief|lend\w*|lent|give|gave|given|giving|earmark\w*|intended|sen[dt]|supply|bill|deal|programme|program|facility|tranche)\b/i;
const BLOCKERS = /\b(not|n't|never|rejected|refused|blocked|vetoed|could|might|may|if|proposed|proposal|considering|discussed|debate|asked for|requested|sought|seeking|demanded|cost|costs|losses|worth|revenue|trade|exports?|imports?|GDP|deficit|debt of|valued)\b/i;
/** Words that introduce a part of the package just named: "such as the $8 billion for Taiwan". */
const PART_OF = /\b(such as|including|includes|included|of which|contains|comprising|among them|with)\b/i;
const RECIPIENT_LEAD = /^\s*(?:in\s+[\w\s-]{0,30}?\s+)?(?:\w+\s+){0,4}?(?:to|for|toward|towards|intended\s+(?:to|for)|earmarked\s+for|destined\s+for)\b/i;
const PURPOSE = /^\s*(?:in\s+)?((?:[a-z][\w-]*\s+){0,3}?(?:aid|assistance|package|loan|grant|funding|support|relief|investment|credit|bailout|fund|programme|program|facility|tranche|bill))\b/i;

/** Amounts a sentence says one party gives, lends or pledges to another, each a separate fact. */
export function findFunding(sentence: AnalyzedSentence, actors: readonly Actor[], lastFunder: FundingMention["funder"]): FundingMention[] {
  const { text, start } = sentence.sentence;
  if (!FUNDING_WORDS.test(text)) return [];
  const found: FundingMention[] = [];
  for (const money of findMoney(text, start)) {
    const previous = found.at(-1);
    const between = text.slice((previous?.money.end ?? start) - start, money.start - start);
    const window = between.split(/[,;]/).at(-1) ?? "";
    if (BLOCKERS.test(window.slice(-60))) continue;
    const isPart = previous !== undefined && PART_OF.test(between);
    const funderActor = isPart ? undefined : actorsBetween(actors, leftClauseStart(text, start, money.start), money.start).filter((a) => !a.place).at(0);
    const funder = (funderActor === undefined ? undefined : payer(funderActor)) ?? (isPart ? previous.funder : lastFunder);
    found.push({ funder, recipient: recipientOf(text, start, money, actors, funderActor), money, purpose: purposeOf(text, start, money) });
  }
  return found;
}

function recipientOf(text: string, start: number, money: MoneyMention, actors: readonly Actor[], funder: Actor | undefined): FundingMention["recipient"] {
  const after = text.slice(money.end - start);
  const clauseEnd = rightClauseEnd(text, start, money.end);
  const lead = RECIPIENT_LEAD.exec(after);
  if (lead !== null) {
    const candidates = actorsBetween(actors, money.end, clauseEnd).filter((a) => a.label !== "Person" && a.start >= money.end + lead[0].length - 1);
    const first = candidates.find((a) => a.key !== funder?.key);
    if (first !== undefined) return { actor: first };
  }
  const between = funder === undefined ? [] : actorsBetween(actors, funder.end, money.start).filter((a) => a.label !== "Person" && a.key !== funder.key);
  if (between.length > 0 && between[0] !== undefined) return { actor: between[0] };
  const purpose = purposeOf(text, start, money);
  return purpose === undefined ? undefined : { issue: purpose, issueKey: `issue:${slugify(purpose)}` };
}

function purposeOf(text: string, start: number, money: MoneyMention): string | undefined {
  const m = PURPOSE.exec(text.slice(money.end - start));
  return m?.[1]?.trim().toLowerCase();
}
