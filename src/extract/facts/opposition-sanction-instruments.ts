import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { passiveTarget } from "./opposition-target.ts";
import { stances } from "./opposition-stances.ts";
import { execAll } from "../text/exec-all.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { FROZE } from "./opposition-measure-words.ts";

/**
 * Sanctions told by their instruments rather than by the word "sanction" (see opposition-verbs.ts,
 * whose families these verbs are one of): "Canberra placed travel bans on two Iranian officials",
 * "Bern froze the bank accounts of the former president", "The Hague restricted exports of chip
 * machines to Beijing". The one who takes the measure opposes the one it falls on.
 */

/** Taxes on another's trade: "tariffs", "counter-tariffs", "anti-dumping duties". */
export const TRADE_LEVIES = String.raw`(?:counter-?)?tariffs?|dut(?:y|ies)|lev(?:y|ies)`;

/**
 * After a measure's "on": not one set aside ("on hold", "on ice", "on the back burner") or up for
 * talks ("on the table", "put tariffs on the agenda").
 */
export const NOT_SET_ASIDE = String.raw`(?!\s+(?:hold|ice|(?:the|its|their|an?)\s+(?:table|agenda|back\s+burner)|track|course)\b)`;

/**
 * "placed travel bans on", "put an embargo on", "put 100% tariffs on": a measure laid on someone;
 * not one ended or put up for talks ("put an end to sanctions on", "placed the lifting of
 * sanctions on the agenda", "put sanctions on hold").
 */
const PLACED = String.raw`(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\s+(?:(?!(?:end|halt|stop|to|of|lifting|removal|easing)\b)[\w%.-]+\s+){0,4}?(?:sanctions|bans?|restrictions|curbs|embargo(?:es)?|freezes|${TRADE_LEVIES})\s+(?:on${NOT_SET_ASIDE}|against)`;

/** "restricted exports of chip machines to", "curbed sales of drones to": trade limited to someone. */
const RESTRICTED = String.raw`(?:restrict|curb|limit)(?:s|ed|ing)?\s+(?:\w+\s+)?(?:exports|sales|shipments)\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?to`;

/** The family's verbs, as one alternation. */
export const INSTRUMENT_VERBS = [PLACED, FROZE, RESTRICTED].join("|");

/** What every match of the family has, from a word's start: its verb and its measure. */
export const INSTRUMENT_HINT = String.raw`(?:plac|put)\w*\s+(?:\S+\s+){0,4}?(?:sanctions|bans?|restrictions|curbs|embargo|freezes|tariff|counter-?tariff|dut|lev)|fr(?:ee|o)z\w*\s+(?:\S+\s+){0,3}?(?:accounts|funds|property|properties|holdings|wealth|reserves)|(?:restrict|curb|limit)\w*\s+(?:\S+\s+)?(?:exports|sales|shipments)`;

/**
 * Words for HINTS.active, tested at every word of every sentence: short and plain (bans,
 * sanctions and freezing are there already).
 */
export const INSTRUMENT_WORDS = String.raw`restrict|curb`;

/** "restricted exports … to", "froze the accounts of": a measure whose object tells its party. */
const RESTRICTS_TRADE = /^(?:restrict|curb|limit)/i;
const FREEZES_HOLDINGS =
  /^fr(?:ee|o)z\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:accounts|funds|property|properties|holdings|wealth|reserves)\b/i;

/** A capital right after the verb ("to China", "to the Gulf states"). */
const PARTY_NEXT = /^\s+(?:the\s+)?\p{Lu}/u;

/** A capital within a few words ("of the former Syrian president", not "of a local bank"). */
const PARTY_SOON = /^\s+(?:[\p{Ll}'’-]+\s+){0,3}\p{Lu}/u;

/**
 * Whether the object of one of the family's verbs is a party: trade is restricted to one named,
 * holdings are frozen of one named ("froze the accounts of a local bank over fraud" is
 * enforcement at home). Undefined for the other verbs. `after` is the text after the verb.
 */
export function instrumentOnParty(verb: string, after: string): boolean | undefined {
  if (RESTRICTS_TRADE.test(verb)) return PARTY_NEXT.test(after);
  if (FREEZES_HOLDINGS.test(verb)) return PARTY_SOON.test(after);
  return undefined;
}

/**
 * "Five Georgian police commanders were hit with British sanctions", "was slapped with U.S. visa
 * bans": the passive told with the measure's owner before its noun. The group is the owner.
 */
const HIT_WITH =
  /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+ly\s+|also\s+)?(?:hit|slapped|targeted|struck)\s+(?:with|by)\s+(?:(?:new|fresh|further|additional|more|sweeping|targeted)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+(?:and\s+)?){1,3})(?:(?:travel|visa|entry)\s+)?(?:sanctions|bans|asset\s+freezes|tariffs|export\s+controls)\b/gu;

const mayBeHit = gatedTest(/\b(?:hit|slapped|targeted|struck)\s+(?:with|by)\b/);

/** Stances told by a passive whose agent is the measure's owner: "were hit with British sanctions". */
export function hitWithMeasures(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  if (!mayBeHit(text)) return [];
  const out: OppositionMention[] = [];
  for (const m of execAll(HIT_WITH, text)) {
    const at = start + m.index;
    const ownerAt = at + m[0].lastIndexOf(m[1] ?? "");
    const holders = parties.filter(
      (a) => a.start >= ownerAt && a.end <= ownerAt + (m[1] ?? "").length && !a.place,
    );
    const target = passiveTarget(text, start, at, parties);
    if (target === undefined) continue;
    for (const holder of holders)
      out.push(...stances([{ ...holder, possessive: false }], target, m[0], at));
  }
  return out;
}
