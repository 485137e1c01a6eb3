import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";

/** The nouns money given goes by, after the words that open a sentence on one: "The grant". */
export const MONEY_NOUNS =
  "grant|loan|aid|package|credit|donation|pledge|funding|financing|assistance|deposit|facility|support";
/**
 * The participles of giving a passive's "by" may follow: "approved by", "was released to Kenya by",
 * "the $50 million channelled to Chad by" — the agent named after them is the payer.
 */
export const GIVEN_PARTICIPLE =
  "approved|provided|pledged|granted|extended|offered|financed|funded|committed|announced|unveiled|disbursed|lent|loaned|given|awarded|promised|allocated|donated|released|earmarked|contributed|channell?ed|transferred|invested|sent|paid|handed|mobili[sz]ed|made available|set aside";
const NOUN_OPENING = String.raw`^\W*(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?`;

/**
 * "The grant, announced by Japan on Monday, totals 3 billion yen": a money noun opening the
 * sentence, with a passive aside naming who gives it, before the amount.
 */
const AGENT_ASIDE = new RegExp(
  String.raw`${NOUN_OPENING}(?:${MONEY_NOUNS})\s*,\s*(?:[\w-]+\s+){0,2}?(?:${GIVEN_PARTICIPLE}|signed)\s+(?:(?:on|last|this|early|late)\s+\w+\s+)?by\s+(?:the\s+)?$`,
  "i",
);

/**
 * "The federal package announced by the government of President Lula adds up to R$50.9 billion":
 * the same with no commas, the agent — a state's government named by its leader — then the verb.
 */
const AGENT_PLAIN = new RegExp(
  String.raw`${NOUN_OPENING}(?:${MONEY_NOUNS})\s+(?:${GIVEN_PARTICIPLE}|signed)\s+(?:(?:on|last|this|early|late)\s+\w+\s+)?by\s+(?:the\s+)?(?:government\s+of\s+(?:(?:President|Prime Minister|Chancellor|Premier)\s+)?)?$`,
  "i",
);

/** A leader named as the head of the government giving: "by the government of President X". */
const LEADERS_GOVERNMENT =
  /\bgovernment\s+of\s+(?:(?:President|Prime Minister|Chancellor|Premier)\s+)?$/i;

/** Between a plain agent and its amount: a short verb phrase, no comma ("adds up to", "totals"). */
const SHORT_PREDICATE =
  /^\s+(?:[a-z-]+\s+){1,4}(?:about|some|nearly|around|roughly|over|more than|up to\s+)?$/;

const OPENS_ON_NOUN = /^\W*(?:the|a|an|this|that)\s/i;

/** "The loan from Japan, worth 100 billion yen, will…": the lender before the amount's aside. */
const FROM_BEFORE = new RegExp(
  String.raw`${NOUN_OPENING}(?:${MONEY_NOUNS}|money)\s+from\s+(?:the\s+)?$`,
  "i",
);

export function agentBefore(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  if (!OPENS_ON_NOUN.test(text) || !/\b(?:by|from)\b/.test(text.slice(0, money.start - start)))
    return undefined;
  return actors.find(
    (a) =>
      a.end <= money.start &&
      (a.label !== "Person" || LEADERS_GOVERNMENT.test(text.slice(0, a.start - start))) &&
      (plainAgent(text, start, a, money) ||
        ((AGENT_ASIDE.test(text.slice(0, a.start - start)) ||
          FROM_BEFORE.test(text.slice(0, a.start - start))) &&
          // The agent ends the aside: "by Japan on Monday," — not a word of a longer name.
          /^\s*(?:\([^)]*\)\s*)?(?:(?:on|last|this|in|earlier|late|early)\s+\w+\s*)?,/.test(
            text.slice(a.end - start, money.start - start),
          ))),
  );
}

function plainAgent(text: string, start: number, a: Actor, money: MoneyMention): boolean {
  return (
    AGENT_PLAIN.test(text.slice(0, a.start - start)) &&
    SHORT_PREDICATE.test(text.slice(a.end - start, money.start - start))
  );
}

/** "after the IMF completed its review", "once the bank's board approves it". */
const APPROVAL_CLAUSE = /^[^.;]{0,60}?\b(?:after|once|when|following|as soon as)\s+(?:the\s+)?$/i;
const APPROVES =
  /^(?:'s?|’s?)?\s+(?:(?:executive\s+)?board\s+)?(?:has\s+|had\s+)?(?:approv\w*|complet\w*|conclud\w*|sign\w* off|agree\w*|finish\w*|releas\w*|unlock\w*)\b/i;

/**
 * "Egypt will get a further $1.2 billion after the IMF completed its third review": the lender
 * whose approval releases money a recipient receives is its payer.
 */
export function approvingLender(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  if (!/\b(?:after|once|when|following|as soon as)\b/i.test(text.slice(money.end - start)))
    return undefined;
  return actors.find(
    (a) =>
      a.label !== "Person" &&
      a.start >= money.end &&
      APPROVAL_CLAUSE.test(text.slice(money.end - start, a.start - start)) &&
      APPROVES.test(text.slice(a.end - start, a.end - start + 40)),
  );
}
