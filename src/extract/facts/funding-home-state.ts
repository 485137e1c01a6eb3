import { COUNTRY_FIRST_WORDS, lookupCountryForm } from "../gazetteer/countries.ts";
import { foldForLookup } from "../text/slug.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { leftClauseStart } from "./clause.ts";
import type { FundingContext, Party, Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import { isDemonymMention } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";

/**
 * The state a payer is or belongs to, as ISO3: "KEN" for Kenya, "KOR" for Korea's Export-Import
 * Bank when the sentence names its state; undefined for a body of no state named here.
 */
export function payerState(
  funder: Party | undefined,
  actors: readonly Actor[],
): string | undefined {
  if (funder === undefined) return undefined;
  if (funder.label === "Country") return funder.key.slice("country:".length);
  return actors.find((a) => a.key === funder.key)?.country;
}

/**
 * A dash or hyphen that may join a name to the next: "United States–Ukraine", "Tabora—Kigoma",
 * "US-China" (en and em dash with their one-byte stand-ins, see stand-ins.ts).
 */
export const NAME_JOINING_DASH = "[-–¬—¦]";

/** "–Ukraine fund", " – Vietnam Fund": what follows a state's name that is half of a two-state name. */
const JOINED_TO_NEXT_NAME = new RegExp(String.raw`^\s*${NAME_JOINING_DASH}\s*\p{Lu}`, "u");

/** Whether the words after a state's name make it half of a two-state name ("…States–Ukraine fund"). */
export function joinedToNextName(after: string): boolean {
  return JOINED_TO_NEXT_NAME.test(after);
}

/**
 * "government", "authorities": a state's own organs, which a report names without the state. One
 * list, for "the government" after a lender's money (UNNAMED_GOVERNMENT) and for a state's organ
 * spending its currency (funding-own-currency's STATE_ORGAN_SUBJECT).
 */
export const STATE_ORGANS =
  "government|authorities|cabinet|treasury|finance ministry|ministry of finance";

/** "The government", "the authorities": a state's own organs, named without the state. */
const UNNAMED_GOVERNMENT = new RegExp(
  String.raw`^\W*(?:[\w,]+\s+){0,3}?the\s+(?:${STATE_ORGANS})\b(?!\s+of\b)`,
  "i",
);

/** ", and", ", while": where a coordinated clause with a subject of its own begins. */
const JOINED_CLAUSE = /,\s*(?:and|while|whereas|but)\s+/i;

/**
 * "The IDB approved $300 million for Suriname… The government itself will put SRD 750 million into
 * the grid": after a lender's money to a state, "the government" is that state's, not the lender's
 * (nor a foreign donor's).
 */
export function homeGovernment(
  text: string,
  start: number,
  money: MoneyMention,
  context: FundingContext,
  previous?: { readonly funder: Party | undefined; readonly recipient: Recipient | undefined },
): Party | undefined {
  const clause = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  // "The fund committed AED 735m last year, and the government will put up JD150 million":
  // a coordinated clause opens on its own subject.
  const before = clause.split(JOINED_CLAUSE).at(-1) ?? clause;
  // The lender and its borrower may be the sentence's own, told before in it.
  const lender = previous?.funder ?? context.funder;
  if (!UNNAMED_GOVERNMENT.test(before) || lender === undefined) return undefined;
  const state =
    previous?.recipient !== undefined && "actor" in previous.recipient
      ? previous.recipient
      : context.recipient;
  if (state !== undefined && "actor" in state && state.actor.label === "Country")
    return state.actor.key !== lender.key ? state.actor : undefined;
  // "The EBRD approved a €45m loan to the state grid operator, and the government has set aside
  // 380 million lei": a borrower that is a body or a purpose leaves the state the report is about
  // — when the lender is the sentence's own, not one of an earlier sentence.
  if (previous?.funder === undefined) return undefined;
  const topic = topicState(context, (c) => `country:${c}` !== lender.key);
  return topic === undefined ? undefined : { key: `country:${topic}`, label: "Country" };
}

/** "to help the government reform…", "for the country", "for the island": the state in view, named before. */
const THE_STATE =
  /^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,4}?(?:to|for)\s+(?:help\s+|support\s+)?the\s+(?:government|country|nation|kingdom|republic|authorities|island|islands|archipelago|territory)\b(?!\s+of\b)/i;

/**
 * The state "the government" or "the country" after an amount refers to: the recipient in view,
 * else the first state the article named that is not the payer's own.
 */
export function stateInView(
  text: string,
  start: number,
  money: MoneyMention,
  funder: Party | undefined,
  context: FundingContext,
): Party | undefined {
  if (!THE_STATE.test(text.slice(money.end - start))) return undefined;
  const own = funder?.key;
  const inView = context.recipient;
  if (inView !== undefined && "actor" in inView && inView.actor.label === "Country")
    return inView.actor.key === own ? undefined : inView.actor;
  const first = topicState(context, (c) => `country:${c}` !== own);
  return first === undefined ? undefined : { key: `country:${first}`, label: "Country" };
}

/**
 * The state a report is about: of the countries named so far that may be meant, the one named
 * most often ("…Senegal… Senegal… Sall, who lives in Morocco…" is about Senegal), of equals the
 * one named first.
 */
export function topicState(
  context: FundingContext,
  allowed: (iso3: string) => boolean,
): string | undefined {
  if (context.mentions === undefined) return context.countries.findLast(allowed);
  let best: string | undefined;
  let most = 0;
  // A map keeps its keys in the order they were first set: the order the article named them.
  for (const [c, n] of context.mentions) {
    if (n > most && allowed(c)) {
      best = c;
      most = n;
    }
  }
  return best;
}

/**
 * "from its own budget", "from their own development funds": a payer's own purse named after an
 * amount — one list, for what the money is for (OWN_FOR) and for whether it is the payer's own
 * (funding-own-spending's OWN_PURSE).
 */
export const FROM_OWN_PURSE = String.raw`from\s+(?:its|their)\s+own\s+(?:[\w-]+\s+)?(?:budget|treasury|coffers|reserves|funds|resources)\b`;

/** "…from its own budget over five years to the water utility": what a state's own money is for. */
const OWN_CAUSE =
  /^[^,.;]*?\bto\s+(?:the|a|an|its)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s*(?:[,.;]|$|\b(?:in|over|for|this|next)\b))/u;

/**
 * "…JD150 million of its own, mainly for land acquisition", "…of its own over five years, mostly
 * for…": what the own money is mostly for, past the span it is paid over.
 */
const OWN_FOR = new RegExp(
  String.raw`^\s*(?:of\s+(?:its|their)\s+own|${FROM_OWN_PURSE})(?:\s+(?:over|within|during)\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+(?:years|months)|\s+(?:this|next)\s+year)?,?\s+(?:(?:mainly|mostly|largely|chiefly|partly|primarily)\s+)?for\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s*(?:[,.;]|$|\b(?:in|along|over|across|at|on|this|next)\b))`,
  "u",
);

export function ownCause(text: string, start: number, money: MoneyMention): Recipient | undefined {
  const after = text.slice(money.end - start);
  const cause = OWN_CAUSE.exec(after)?.[1] ?? OWN_FOR.exec(after)?.[1];
  return cause === undefined ? undefined : issueOf(cause);
}

/** What lies between a headline's words. */
const BETWEEN_WORDS = /[^\p{L}'’.-]+/u;

/**
 * "PHNOM PENH — …", "China leads aid pledges for Myanmar quake survivors": the state a report is
 * filed from and the states its headline names count as named first, headline first.
 */
export function headlineMentions(
  title: string | undefined,
  dateline: string | undefined,
): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const words = title?.split(BETWEEN_WORDS).flatMap(hyphenParts) ?? [];
  for (let i = 0; i < words.length; i++) {
    const first = (words[i] ?? "").replace(/(?:'s|’s|\.)$/, "");
    // Most headline words start no country's name: one set lookup turns them away.
    if (!CAPITAL_FIRST.test(first) || !COUNTRY_FIRST_WORDS.has(foldForLookup(first))) continue;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const form = lookupCountryForm(
        words
          .slice(i, i + n)
          .join(" ")
          .replace(/(?:'s|’s|\.)$/, ""),
      );
      if (form === undefined || form.kind === "code") continue;
      countMention(out, form.iso3);
      i += n - 1;
      break;
    }
  }
  if (dateline !== undefined) countMention(out, lookupCountryForm(dateline)?.iso3);
  return out;
}

/** A hyphen that joins two words: "EU-Moldova", "US-China". */
const JOINING_HYPHEN = /(?<=\p{L})-(?=\p{L})/u;

/**
 * A headline word as the words it names: "EU-Moldova summit" names Moldova, "US-China talks"
 * both; a name written with a hyphen ("Guinea-Bissau", "Timor-Leste") stays whole.
 */
function hyphenParts(word: string): string[] {
  if (word === "") return [];
  if (!JOINING_HYPHEN.test(word) || lookupCountryForm(word.replace(/(?:'s|’s|\.)$/, "")))
    return [word];
  return word.split(JOINING_HYPHEN);
}

/**
 * One more mention of `iso3`. A function of its own, not a closure made per article: tsx compiles
 * with `keepNames`, and a function bound to a name costs a `defineProperty` each time it is made.
 */
function countMention(counts: Map<string, number>, iso3: string | undefined): void {
  if (iso3 !== undefined) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
}

/**
 * How much one mention says a report is about a state: its name fully, a demonym ("the Kenyan
 * contingent") half — it names a nationality more than a party.
 */
export function mentionWeight(s: AnalyzedSentence, a: Actor): number {
  if (a.via !== "country") return 1;
  return isDemonymMention(s.sentence.text, s.sentence.start, a) ? 0.5 : 1;
}
