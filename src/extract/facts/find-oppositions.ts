import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { actorsBetween, leftClauseStart, modalityOf, rightClauseEnd } from "./clause.ts";
import {
  coordinated,
  outsideRelativeClause,
  sharesSubject,
  withoutModifiers,
} from "./opposition-holder.ts";
import {
  objectRelativeTarget,
  passiveTarget,
  targetOf,
  whatOf,
  type OppositionTarget,
} from "./opposition-target.ts";
import { ACTIVE, EVALUATIVE, EXPERIENCER, FRONTED, NOMINAL, PASSIVE } from "./opposition-verbs.ts";

export interface OppositionMention {
  readonly holder: Actor;
  readonly target: OppositionTarget;
  readonly what: string;
  readonly verb: string;
}

/** Who condemns, criticises, rejects or sanctions what, in one sentence. */
export function findOppositions(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
): OppositionMention[] {
  const { text, start } = sentence.sentence;
  const parties = actors.filter((a) => !a.place || a.label !== "Country" || a.via === "country");
  const active = activeStances(text, start, parties);
  return [
    ...reversedStances(text, start, parties, PASSIVE),
    ...reversedStances(text, start, parties, EXPERIENCER),
    ...active,
    ...evaluations(text, start, parties, active),
    ...frontedAndNominal(text, start, parties),
  ];
}

/**
 * "The veto was condemned by Washington, Seoul and Tokyo", "a deal which alarmed Canberra":
 * the parties after the verb hold the stance, and what stands before it is opposed.
 */
function reversedStances(
  text: string,
  start: number,
  parties: readonly Actor[],
  pattern: RegExp,
): OppositionMention[] {
  const found: OppositionMention[] = [];
  let previous: OppositionTarget | undefined;
  for (const m of text.matchAll(pattern)) {
    const at = start + m.index;
    const end = at + m[0].length;
    if (qualified(text, m.index)) continue;
    const holders = coordinated(
      text,
      start,
      actorsBetween(parties, end, rightClauseEnd(text, start, end)),
      "forward",
    );
    // "rejected by Serbia and criticised by Russia": the second verb shares the first's subject.
    const target = /^and\b/i.test(m[0]) ? previous : passiveTarget(text, start, at, parties);
    previous = target;
    for (const holder of holders) {
      if (target === undefined || ("actor" in target && holder.key === target.actor.key)) continue;
      found.push({ holder, target, what: whatOf(target), verb: m[1] ?? m[2] ?? m[0] });
    }
  }
  return found;
}

/** "Russia vetoed the resolution": the subject before the verb opposes its object. */
function activeStances(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of text.matchAll(ACTIVE)) {
    const at = start + m.index;
    if (/\bby$/.test(m[0]) && PASSIVE.test(text.slice(m.index - 20, m.index + m[0].length + 3)))
      continue;
    if (qualified(text, m.index)) continue;
    // "two banks, accused of helping Moscow": a participle describing what precedes it.
    if (/^accus/i.test(m[0]) && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) continue;
    const target =
      targetOf(text, start, at + m[0].length, parties, m[0]) ??
      objectRelativeTarget(text, start, at, parties);
    if (target === undefined) continue;
    for (const holder of subjectsOf(text, start, at, parties, found, m[0])) {
      if ("actor" in target && target.actor.key === holder.key) continue;
      found.push({ holder, target, what: whatOf(target), verb: m[0] });
    }
  }
  return found;
}

/** The words just before a verb deny it or make it hypothetical: no stance is stated. */
function qualified(text: string, index: number): boolean {
  // Only the verb's own clause counts: "…, which would double royalties, was criticised".
  const from = Math.max(0, index - 30, text.lastIndexOf(",", index - 2) + 1);
  const modality = modalityOf(text.slice(from, index));
  return modality === "negated" || modality === "hypothetical";
}

/**
 * The subject of a verb at `at`: the party or list of parties nearest before it in its clause,
 * or, for a verb that shares the subject of an earlier one ("… and accused"), that subject.
 */
function subjectsOf(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
  verb: string,
): Actor[] {
  const participle = /ing\b/i.test(verb) && /,\s*$/.test(text.slice(0, at - start));
  if (sharesSubject(text, start, at) || participle) {
    const before = earlier.at(-1);
    if (before !== undefined) return [before.holder];
    const first = withoutModifiers(text, start, parties).find(
      (a) => a.end <= at && !a.possessive && !a.place,
    );
    if (first !== undefined) return [first];
  }
  const subjectEnd = outsideRelativeClause(text, start, at);
  const left = actorsBetween(parties, leftClauseStart(text, start, subjectEnd), subjectEnd).filter(
    (a) => !a.possessive,
  );
  return coordinated(text, start, left, "backward");
}

/**
 * "called the veto 'a disgrace'", "described the closures as illegal": a verdict on something
 * is a stance against it, held by the subject of the verb.
 */
function evaluations(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: readonly OppositionMention[],
): OppositionMention[] {
  const found: OppositionMention[] = [];
  for (const m of text.matchAll(EVALUATIVE)) {
    const at = start + m.index;
    if (qualified(text, m.index)) continue;
    const object = (m[1] ?? "").replace(/["“”]/g, "").trim();
    if (object === "") continue;
    const objectStart = at + m[0].indexOf(m[1] ?? "");
    const named = parties.find(
      (a) => a.start >= objectStart && a.end <= objectStart + object.length + 1 && !a.possessive,
    );
    const target =
      named !== undefined && text.slice(named.end - start).trim().length > 0
        ? { actor: named }
        : targetOf(text.slice(0, objectStart - start + object.length), start, objectStart, parties);
    if (target === undefined) continue;
    const holders = subjectsOf(text, start, at, parties, earlier, m[0]);
    for (const holder of holders) {
      if ("actor" in target && target.actor.key === holder.key) continue;
      found.push({ holder, target, what: whatOf(target), verb: m[0] });
    }
  }
  return found;
}

/**
 * "Condemning the attack, Sharif said…" (the subject after the comma) and "Modi's criticism of the
 * blockade" (the possessor): stances stated without a finite verb.
 */
function frontedAndNominal(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  const fronted = FRONTED.exec(text);
  const comma = text.indexOf(",");
  if (fronted !== null && comma > 0) {
    const after = parties.filter((a) => a.start >= start + comma && !a.possessive);
    const holder = after.find((a) => a.label === "Person") ?? after[0];
    const target = targetOf(text.slice(0, comma), start, start + fronted[0].length, parties);
    if (holder !== undefined && target !== undefined)
      out.push({ holder, target, what: whatOf(target), verb: fronted[0] });
  }
  for (const m of text.matchAll(NOMINAL)) {
    const holder = parties.filter((a) => a.possessive && a.end <= start + m.index + 2).at(-1);
    const target = targetOf(text, start, start + m.index + m[0].length, parties);
    if (holder !== undefined && target !== undefined)
      out.push({ holder, target, what: whatOf(target), verb: m[0] });
  }
  return out;
}
