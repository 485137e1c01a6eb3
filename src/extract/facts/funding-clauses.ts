import type { Actor } from "../resolve/actor.ts";
import type { Party } from "./find-funding.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import { payer } from "./stance-actor.ts";
import { quotedSpeaker } from "./funding-quoted-speaker.ts";
import type { MoneyMention } from "./money.ts";

/**
 * Payers that stand outside the clause holding the amount: the antecedent of a relative clause
 * ("the Inter-American Development Bank, which is lending USD 60 million"; "the African
 * Development Bank, whose board approved a loan of USD 120 million") and the subject of the main
 * clause before a participle ("The IMF's executive board completed the review, releasing $344
 * million"), and the speaker of a quotation whose "we" gives.
 */
const RELATIVE = /,\s*(?:which|who|whose\s+(?:executive\s+)?board)\s+([^,;]*)$/i;
const PARTICIPLE =
  /,\s+(?:releasing|unlocking|providing|disbursing|making|extending|lending|granting|bringing|paving the way for)\b[^,;]*$/i;
/** "the IMF's executive board": a body's board acts for the body. */
const BOARD = /^(?:'s|’s)?\s+(?:executive\s+)?board\b/i;

export function outerPayer(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  const before = text.slice(0, money.start - start);
  const relative = RELATIVE.exec(before);
  if (relative !== null && FUNDING_VERB.test(` ${relative[1] ?? ""}`)) {
    return actors.find(
      (a) =>
        a.label !== "Person" &&
        /^\s*(?:\([^)]*\))?\s*$/.test(text.slice(a.end - start, relative.index)),
    );
  }
  const participle = PARTICIPLE.exec(before);
  // `"We will lend $500 million to Zambia," a spokesman for China said`: the one quoted.
  if (participle === null) return quotedSpeaker(text, start, money, actors);
  // After an amount of its own ("received $1.1 billion…, bringing the total to $2.1 billion") the
  // participle continues that amount's flow, whose payer the caller already has.
  if (/[\p{Sc}\d]/u.test(before.slice(0, participle.index))) return undefined;
  return actors.find(
    (a) =>
      a.start - start < participle.index &&
      a.label !== "Person" &&
      !a.place &&
      (!a.possessive || BOARD.test(text.slice(a.end - start))),
  );
}

const THANK = /^\s+(?:\w+\s+)?thank(?:s|ed|ing)?\s+(?:the\s+)?/i;

/** "Ruto thanked China for a $100 million grant": the thanked gave, the one who thanks received. */
export function thanks(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Party; recipient: Party | undefined } | undefined {
  // Most sentences thank no one: one test turns them away before each party is read.
  if (!/thank/i.test(text)) return undefined;
  for (const thanker of actors) {
    if (thanker.end > money.start) continue;
    const verb = THANK.exec(text.slice(thanker.end - start));
    if (verb === null) continue;
    const thanked = actors.find((a) => a.start === thanker.end + verb[0].length);
    if (thanked === undefined || thanked.end > money.start) continue;
    const funder = payer(thanked);
    const recipient = payer(thanker);
    // "…the ambassador of the United States, where she thanked the United States": a thanker read
    // as the giver's own side receives nothing; what the money is for is read after it.
    if (funder !== undefined && recipient?.key === funder.key)
      return { funder, recipient: undefined };
    if (funder !== undefined && recipient !== undefined) return { funder, recipient };
  }
  return undefined;
}
