import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { targetOf, whatOf } from "./opposition-target.ts";
import { actorsBetween, lastPlainPartyBefore } from "./clause.ts";
import { MONTHS, NOT_A_DATE } from "../gazetteer/words.ts";
import { execAll } from "../text/exec-all.ts";
import { letterGate } from "../text/letter-gate.ts";
import { opposedList } from "./opposition-target-list.ts";

/** The measures one party imposes on another ("the 10% tariff Washington imposed on…" too). */
const MEASURE_NOUNS = String.raw`sanctions?|measures?|restrictions?|tariffs?|penalt(?:y|ies)|curbs?|duty|duties|lev(?:y|ies)|embargo`;

/** The verbs of imposing a measure. */
const IMPOSING = String.raw`(?:imposed|placed|slapped|levied)`;

/** "imposed last month on", "imposed in 2022 on": when, between the verb and what it falls on. */
const WHEN = String.raw`(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|winter)\s+|in\s+(?:\d{4}|${MONTHS.join("|")})\s+)?`;

/**
 * "the measures Brussels imposed on Pristina", "the sanctions it imposed on Belarus": the group is
 * the taker, told in a relative clause.
 */
const IMPOSED_ON = new RegExp(
  String.raw`\b(?:${MEASURE_NOUNS})\s+(?:that\s+|which\s+)?([^,;]{1,40}?)\s+(?:has\s+|had\s+|have\s+)?${IMPOSING}\s+${WHEN}on\s+`,
  "gi",
);

/** The verbs of keeping a standing measure in force: "charges", "keeps", "maintains". */
const HOLDING = String.raw`(?:charges|charged|keeps|kept|maintains|maintained|levies|collects|collected)`;

/**
 * "the tariffs Washington charges on Mexican steel", "the duties Ottawa still keeps on Chinese
 * cars": a standing measure its taker keeps in force is, like one it imposed, its stance against
 * what it falls on. Kept apart from IMPOSED_ON so that frame stays small; "measures" is left out,
 * as "the measures it keeps on the table" is no measure against anyone.
 */
const HELD_ON = new RegExp(
  String.raw`\b(?:sanctions|restrictions|tariffs|penalties|curbs|duties|embargo)\s+(?:that\s+|which\s+)?([^,;]{1,40}?)\s+(?:still\s+|now\s+)?${HOLDING}\s+on\s+`,
  "gi",
);

/**
 * "Washington's tariffs of 50% on Canadian steel", "Ottawa's duties on Chinese cars": a state's
 * own tariff on another's goods is its standing stance against that state (fixtures README).
 */
const OWN_TARIFF_ON =
  /['’]s\s+(?:(?:new|higher|steep|punitive)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?(?:tariffs?|duties)\s+(?:of\s+(?:up\s+to\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?on\s+/gi;

/**
 * "a 30% US tariff on many South African goods", "Canadian duties on Chinese steel": the same
 * own tariff with its state named before it as a modifier.
 */
const NAMED_TARIFF_ON =
  /\s(?:tariffs?|duties)\s+(?:of\s+(?:up\s+to\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?on\s+(?:(?:many|most|all|some)\s+)?/gi;

/**
 * "sanctions imposed by the European Union on Monday on M23 commanders and on senior Rwandan army
 * officers", "the tariffs imposed by Washington on Chinese steel": a measure whose taker follows
 * "by" is that taker's stance against each party or thing it is imposed "on".
 */
const IMPOSED_BY = new RegExp(
  String.raw`\b(?:${MEASURE_NOUNS}|embargoes|bans?|asset\s+freezes)\s+(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?${IMPOSING}\s+(?:(?:last|earlier\s+this|this)\s+\w+\s+)?by\s+`,
  "gi",
);

/** Cheap test for IMPOSED_BY. */
const IMPOSED_BY_HINT = new RegExp(String.raw`\b${IMPOSING}\s+(?:\S+\s+){0,3}?by\s`, "i");

/**
 * Each frame's own letter gate: one gate for all five let through every sentence naming a common
 * word one frame needs ("charges", "keeps", "maintains"), and most then ran all five patterns.
 * A frame's gate needs the letters of its own verb and its own noun.
 */
const mayImposeOn = letterGate(IMPOSED_ON);
const mayHoldOn = letterGate(HELD_ON);
const mayOwnTariff = letterGate(OWN_TARIFF_ON);
const mayNameTariff = letterGate(NAMED_TARIFF_ON);
const mayImposeBy = letterGate(IMPOSED_BY);

/** "on M23 commanders", "and on senior officers": where what the measure falls on starts. */
const ON_OBJECT = new RegExp(String.raw`\bon\s+${NOT_A_DATE}`, "gi");

/** Where one object of ON_OBJECT ends: at the next "and on", or at a finite verb after it. */
const OBJECT_END =
  /\s+and\s+on\s|\s+(?:were|was|are|is|have|has|had|will|would|remain(?:s|ed)?)\s/i;

/** Where the measure's clause ends: a full stop, a semicolon, or a relative clause after a comma. */
const CLAUSE_END = /[.;]|,\s+(?:which|who|while|but)\b/;

/**
 * A measure told with its taker, even when the sentence is about lifting it: the taker's stance
 * against what the measure falls on (IMPOSED_ON, IMPOSED_BY).
 */
export function imposedStances(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  if (mayImposeOn(text)) out.push(...imposedMeasures(IMPOSED_ON, text, start, parties));
  if (mayHoldOn(text)) out.push(...imposedMeasures(HELD_ON, text, start, parties));
  if (mayOwnTariff(text))
    out.push(...tariffStances(OWN_TARIFF_ON, OWNS_TARIFF, text, start, parties));
  if (mayNameTariff(text))
    out.push(...tariffStances(NAMED_TARIFF_ON, NAMES_TARIFF, text, start, parties));
  if (mayImposeBy(text) && IMPOSED_BY_HINT.test(text)) out.push(...imposedBy(text, start, parties));
  return out;
}

/**
 * "the EU would lift the measures it imposed on Kosovo": a taker told by "it" is the state or
 * body named last before the measure ("they" may be anyone's: "Kenya said the tariffs they…").
 */
function pronounTaker(taker: string, at: number, parties: readonly Actor[]): Actor | undefined {
  if (!/^it$/i.test(taker)) return undefined;
  const last = lastPlainPartyBefore(parties, at);
  return last?.label === "Country" || last?.label === "Organization" ? last : undefined;
}

/** The stances of the takers IMPOSED_ON (or HELD_ON) names against the party each measure falls on. */
function imposedMeasures(
  frame: RegExp,
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(frame, text)) {
    const at = start + m.index;
    const takerAt = at + m[0].indexOf(m[1] ?? "", m[0].search(/\s/));
    const end = at + m[0].length;
    const holder =
      actorsBetween(parties, takerAt, takerAt + (m[1] ?? "").length).find(
        (a) => !a.possessive && !a.place,
      ) ?? pronounTaker(m[1] ?? "", at, parties);
    const target = parties.find((a) => a.start === end && !a.possessive);
    if (holder === undefined) continue;
    if (target === undefined) {
      out.push(...describedObjects(text, start, end, holder, parties, m[0], at));
      continue;
    }
    // "the sanctions Washington imposed on Rosneft and Lukoil": each party of the list.
    for (const each of opposedList(text, start, { actor: target }, parties))
      if ("actor" in each && holder.key !== each.actor.key)
        out.push({ holder, target: each, what: each.actor.key, verb: m[0], at });
  }
  return out;
}

/** An object headed by exports or sales: "on rare earth exports", "on exports of rice". */
const OWN_TRADE = /^(?:[\p{L}\d'’-]+\s+){0,4}?(?:exports|sales)\b/iu;

/**
 * "the sanctions Norway imposed on the Russian fishing companies Norebo and Murman Seafood", "the
 * tariff the US imposed on Uruguayan goods": an object that opens with words before its party is
 * read as any opposed thing is, each party of a list apart.
 */
function describedObjects(
  text: string,
  start: number,
  end: number,
  holder: Actor,
  parties: readonly Actor[],
  verb: string,
  at: number,
): OppositionMention[] {
  const rest = text.slice(end - start);
  // "the restrictions Chile imposed on itself": no other party.
  if (/^(?:it|them|her|him)sel(?:f|ves)\b/i.test(rest)) return [];
  // The object ends at its clause's comma too ("…on goods from the bloc, calling it…").
  const stops = [rest.search(OBJECT_END), rest.search(/[,;:]/)].filter((i) => i >= 0);
  const objectEnd = stops.length === 0 ? text.length : end - start + Math.min(...stops);
  // "on Uruguayan goods", "on imports from Colombia": a state whose goods are taxed is the one
  // opposed (fixtures README); not one inside a compound ("Serbian-run offices").
  const state = actorsBetween(parties, end, start + objectEnd).find(
    (a) =>
      a.label === "Country" &&
      a.key !== holder.key &&
      text[a.end - start] !== "-" &&
      (!a.place || /\bfrom\s+$/.test(text.slice(0, a.start - start))),
  );
  // "the curbs India placed on rice exports": a state's curb on its own exports or sales, to or
  // from no other party, is a policy of its own, not a stance against anyone.
  if (
    OWN_TRADE.test(rest.slice(0, objectEnd - (end - start))) &&
    !actorsBetween(parties, end, start + objectEnd).some((a) => a.key !== holder.key)
  )
    return [];
  const target =
    state !== undefined
      ? { actor: state }
      : targetOf(text.slice(0, objectEnd), start, end, parties);
  if (target === undefined) return [];
  const out: OppositionMention[] = [];
  for (const each of opposedList(text, start, target, parties))
    if (!("actor" in each) || each.actor.key !== holder.key)
      out.push({ holder, target: each, what: whatOf(each), verb, at });
  return out;
}

/** The stances of the takers IMPOSED_BY names against what each measure falls on. */
function imposedBy(text: string, start: number, parties: readonly Actor[]): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(IMPOSED_BY, text)) {
    const at = start + m.index;
    const byEnd = at + m[0].length;
    const holder = parties.find(
      (a) =>
        a.start >= byEnd &&
        /^(?:the\s+)?$/i.test(text.slice(byEnd - start, a.start - start)) &&
        !a.possessive,
    );
    if (holder === undefined) continue;
    const rest = text.slice(holder.end - start);
    const stop = rest.search(CLAUSE_END);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    for (const on of execAll(ON_OBJECT, clause)) {
      const from = holder.end + on.index + on[0].length;
      // Each object ends where the next "and on" begins, the last where the verb of a sentence
      // the measure opens begins ("…on South Korea and on Taiwan were eased").
      const next = clause.slice(on.index + on[0].length).search(OBJECT_END);
      const objectEnd = next < 0 ? holder.end + clause.length : from + next;
      const target = targetOf(text.slice(0, objectEnd - start), start, from, parties);
      if (target === undefined || ("actor" in target && target.actor.key === holder.key)) continue;
      out.push({ holder, target, what: whatOf(target), verb: m[0], at });
    }
  }
  return out;
}

/** Where a tariff's state stands: its possessive ends the match's "'s" (OWN_TARIFF_ON). */
const OWNS_TARIFF = (a: Actor, at: number): boolean =>
  a.possessive && a.end >= at && a.end <= at + 2;

/** Where a tariff's state stands: named right before the noun, as a modifier (NAMED_TARIFF_ON). */
const NAMES_TARIFF = (a: Actor, at: number): boolean => !a.possessive && a.end === at;

/**
 * The stances a state's tariff tells (`frame`, OWN_TARIFF_ON or NAMED_TARIFF_ON): the state
 * standing where `holds` says (before the match at `at`) against the state whose goods are taxed.
 */
function tariffStances(
  frame: RegExp,
  holds: (a: Actor, at: number) => boolean,
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(frame, text)) {
    const at = start + m.index;
    const end = at + m[0].length;
    const holder = parties.find((a) => a.label === "Country" && holds(a, at));
    const target = parties.find((a) => a.start === end && !a.possessive && a.label === "Country");
    if (holder === undefined || target === undefined || holder.key === target.key) continue;
    out.push({ holder, target: { actor: target }, what: target.key, verb: m[0], at });
  }
  return out;
}
