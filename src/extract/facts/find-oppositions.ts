import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { slugify } from "../text/slug.ts";
import { actorsBetween, leftClauseStart, modalityOf, rightClauseEnd } from "./clause.ts";

export interface OppositionMention {
  readonly holder: Actor;
  /** An actor opposed as such, or the words of what is opposed (an issue). */
  readonly target:
    { readonly actor: Actor } | { readonly issue: string; readonly issueKey: string };
  readonly what: string;
  readonly verb: string;
}

const VERBS = String.raw`hit(?:s)?\s+back\s+at|dismiss(?:es|ed|ing)|(?:expressed|voiced|reiterated|stated)\s+(?:\w+\s+)?(?:opposition|objections?)\s+to|threaten(?:s|ed)?\s+to\s+(?:veto|block|sanction)|refus(?:es|ed)\s+to\s+recogni[sz]e|(?:imposed|slapped|announced)\s+(?:new\s+|fresh\s+|further\s+|tough\s+)?(?:sanctions|an\s+embargo)\s+(?:on|against)|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|reject(?:s|ed|ing)?|vetoed|vetoing|sanctioned|sanctioning|oppos(?:e|es|ed|ing)|protest(?:s|ed|ing)?\s+against|lash(?:es|ed)?\s+out\s+at|hit(?:s)?\s+out\s+at|slam(?:s|med)?|blast(?:s|ed)?|decr(?:y|ies|ied)|deplor(?:e|es|ed)|rebuk(?:e|es|ed)|censur(?:e|es|ed)|object(?:s|ed|ing)?\s+to|block(?:s|ed|ing)|warn(?:s|ed)?\s+(?:[\w'’-]+\s+){0,3}?against|accus(?:e|es|ed)|boycott(?:s|ed)?|imposed\s+(?:new\s+|fresh\s+|further\s+)?sanctions\s+on|(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:alarmed|opposed|angered)\s+(?:by|at|to)`;
const ACTIVE = new RegExp(String.raw`\b(?:${VERBS})\b`, "gi");
const PASSIVE = new RegExp(
  String.raw`\b(?:was|were|has been|have been|is|are|being|and)\s+(?:\w+ly\s+)?(condemned|criticised|criticized|denounced|rejected|vetoed|sanctioned|opposed|slammed|rebuked|censured|boycotted|blocked|protested)\s+by\b|\bdrew\s+(?:\w+\s+){0,2}?(condemnation|criticism|protests?|rebukes?|objections?|opposition)\s+from\b`,
  "gi",
);
const DETERMINERS =
  /^(?:the|a|an|any|what (?:it|they|he|she) called|its|their|his|her|this|that|these|those|all|strongly|firmly|also|again)\s+/i;
const TARGET_STOP =
  /\s*(?:,|\.|;|:|\bsaying\b|\bwhich\b|\bthat\b|\bwho\b|\bsince\b|\bas\b|\bafter\b|\bbecause\b|\band [a-z]+ed\b|\band (?:said|called|warned|urged|accused|demanded|will|would|must|should|could|has|have|is|are|was|were|vowed|threatened)\b|\b(?:had|were|was|would|could|will|drew|prompted|sparked|triggered|came|led|caused|raised|followed|angered|won|earned|has|is|are)\b|\bwhile\b|\bcalling\b|\barguing\b|\bin a statement\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b).*$/i;

/** Who condemns, criticises, rejects or sanctions what, in one sentence. */
export function findOppositions(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
): OppositionMention[] {
  const { text, start } = sentence.sentence;
  const parties = actors.filter((a) => !a.place || a.label !== "Country" || a.via === "country");
  const found: OppositionMention[] = [];
  let previous: OppositionMention["target"] | undefined;
  for (const m of text.matchAll(PASSIVE)) {
    const at = start + m.index;
    const holders = coordinated(
      text,
      start,
      actorsBetween(parties, at + m[0].length, rightClauseEnd(text, start, at + m[0].length)),
      "forward",
    );
    // "rejected by Serbia and criticised by Russia": the second verb shares the first's subject.
    const target = /^and\b/i.test(m[0]) ? previous : passiveTarget(text, start, at, parties);
    previous = target;
    for (const holder of holders) {
      if (target === undefined || ("actor" in target && holder.key === target.actor.key)) continue;
      const what = "actor" in target ? target.actor.key : target.issue;
      found.push({ holder, target, what, verb: m[1] ?? m[2] ?? "" });
    }
  }
  for (const m of text.matchAll(ACTIVE)) {
    const at = start + m.index;
    if (/\bby$/.test(m[0]) && PASSIVE.test(text.slice(m.index - 20, m.index + m[0].length + 3)))
      continue;
    if (modalityOf(text.slice(Math.max(0, m.index - 30), m.index)) === "negated") continue;
    if (modalityOf(text.slice(Math.max(0, m.index - 30), m.index)) === "hypothetical") continue;
    const target =
      targetOf(text, start, at + m[0].length, parties) ??
      objectRelativeTarget(text, start, at, parties);
    if (target === undefined) continue;
    const subjectEnd = outsideRelativeClause(text, start, at);
    const left = actorsBetween(
      parties,
      leftClauseStart(text, start, subjectEnd),
      subjectEnd,
    ).filter((a) => !a.possessive);
    for (const holder of coordinated(text, start, left, "backward")) {
      if ("actor" in target && target.actor.key === holder.key) continue;
      found.push({
        holder,
        target,
        what: "actor" in target ? target.actor.key : target.issue,
        verb: m[0],
      });
    }
  }
  return [...found, ...frontedAndNominal(text, start, parties)];
}

const FRONTED = /^(?:Condemning|Criticising|Criticizing|Rejecting|Denouncing|Opposing|Slamming)\b/;
const NOMINAL =
  /['’]s\s+(?:[\w-]+\s+)?(?:condemnation|criticism|rejection|denunciation|opposition|veto)\s+(?:of|to)\b/gi;

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

/**
 * "…to negotiate with the M23 rebels, a condition Kinshasa has repeatedly rejected": the verb's
 * object is the noun phrase before the comma, which the relative clause describes.
 */
function objectRelativeTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionMention["target"] | undefined {
  const holder = parties.filter((a) => a.end <= at).at(-1);
  if (holder === undefined) return undefined;
  const before = text.slice(0, holder.start - start);
  const m = /([^,;]+),\s+(?:which|that|a\s+[a-z]+|an\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}$/i.exec(before);
  const phrase = m?.[1]?.trim().split(/\s+/).slice(-6).join(" ");
  if (phrase === undefined || phrase.length < 3) return undefined;
  const issue = stripDeterminers(phrase.replace(/^.*\b(?:with|to|on|for|against|about)\s+/i, ""));
  return { issue, issueKey: `issue:${slugify(issue)}` };
}

function whatOf(target: OppositionMention["target"]): string {
  return "actor" in target ? target.actor.key : target.issue;
}

/** The subject of a passive: a party named alone, else the words of what was condemned. */
function passiveTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionMention["target"] | undefined {
  const targetActor = nearestLeft(parties, leftClauseStart(text, start, at), at);
  // "The EU's proposal to use frozen Russian assets was rejected": a party inside the subject
  // phrase modifies it; only a party right before the verb is the thing rejected.
  const adjacent =
    targetActor !== undefined &&
    /^\s*(?:,[^,]*,\s*)?$/.test(text.slice(targetActor.end - start, at - start));
  if (targetActor !== undefined && !targetActor.possessive && adjacent)
    return { actor: targetActor };
  const what = subjectPhrase(text, start, at);
  return what === undefined ? undefined : { issue: what, issueKey: `issue:${slugify(what)}` };
}

/** "Washington, Seoul and Tokyo": the list of parties around the nearest one, in order. */
function coordinated(
  text: string,
  start: number,
  actors: readonly Actor[],
  direction: "forward" | "backward",
): Actor[] {
  const ordered = direction === "forward" ? [...actors] : [...actors].reverse();
  const first = ordered[0];
  if (first === undefined) return [];
  const out = [first];
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] =
      direction === "forward" ? [ordered[i - 1], ordered[i]] : [ordered[i], ordered[i - 1]];
    if (a === undefined || b === undefined) break;
    const gap = text.slice(a.end - start, b.start - start);
    if (
      !/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?$/.test(
        ` ${gap}`.replace(/^ /, ""),
      )
    )
      break;
    out.push(ordered[i] as Actor);
  }
  return out;
}

/** "Nawaz Sharif, who leads the PML-N, criticised…": the relative clause is not the subject. */
function outsideRelativeClause(text: string, start: number, at: number): number {
  const before = text.slice(0, at - start);
  const m = /,\s+(?:who|which)\b[^,]*,\s*(?:\w+ly\s+)?$/.exec(before);
  return m === null ? at : start + m.index;
}

/** "The veto was condemned by…": what the passive subject names. */
function subjectPhrase(text: string, start: number, at: number): string | undefined {
  const left = text.slice(leftClauseStart(text, start, at) - start, at - start).trim();
  const phrase = stripDeterminers(left.split(/,\s*/).at(-1) ?? "");
  return phrase.length >= 3 && phrase.split(/\s+/).length <= 8 ? phrase : undefined;
}

function nearestLeft(actors: readonly Actor[], from: number, to: number): Actor | undefined {
  const left = actorsBetween(actors, from, to).filter((a) => !a.possessive);
  return left.at(-1);
}

function targetOf(
  text: string,
  start: number,
  from: number,
  actors: readonly Actor[],
): OppositionMention["target"] | undefined {
  // Quotation marks around the thing opposed are kept out of its name, not taken as its end.
  const raw = text
    .slice(from - start)
    .replace(/["“”]/g, "")
    .replace(TARGET_STOP, "")
    .trim();
  // "…toward Taiwan and its smaller neighbours": a second conjunct is not part of the thing opposed.
  const phrase = stripDeterminers(raw)
    .replace(/\s+and\s+(?:its|their|his|her|other)\b.*$/i, "")
    .split(/\s+/)
    .slice(0, 8)
    .join(" ");
  if (
    phrase.length < 3 ||
    /^(on|in|at|since|against|for|with|over|by|to|from|it|them|him|her|this|that)\b/i.test(phrase)
  )
    return undefined;
  const found = text.indexOf(phrase, from - start);
  const phraseStart = found < 0 ? from : start + found;
  // "accused the Kremlin of…": the party may begin with the article that was stripped.
  const first = actors.find(
    (a) =>
      a.start >= from &&
      ((a.start <= phraseStart && a.end > phraseStart) ||
        /^[\s"“”']*(?:(?:the|a|an)\s+)?$/i.test(text.slice(from - start, a.start - start))),
  );
  if (first !== undefined && !first.possessive && isWholeOrHead(text, start, first))
    return { actor: first };
  if (/^[\d.,%\s-]+$/.test(phrase)) return undefined;
  const issue = phrase.replace(
    /^(?:efforts|attempts|plans|moves|a decision|the decision|calls)\s+to\s+/i,
    "",
  );
  return { issue, issueKey: `issue:${slugify(issue)}` };
}

function stripDeterminers(text: string): string {
  let out = text;
  for (let prev = ""; prev !== out;) {
    prev = out;
    out = out.replace(DETERMINERS, "");
  }
  return out;
}

/** "Russia" or "Russia for its invasion": the actor is what is opposed, not a modifier of it. */
function isWholeOrHead(text: string, start: number, actor: Actor): boolean {
  const rest = text
    .slice(actor.end - start)
    .replace(/["“”]/g, "")
    .trim();
  // "Russia for its invasion", "Madrid at his news conference", "the Congolese authorities of…".
  return (
    rest === "" ||
    /^([,.;:]|for|over|and|of|in|on|after|as|to|at|during|with|by|following|amid|before|because|when|while|saying|calling|since)\b/i.test(
      rest,
    ) ||
    /^[,.;:]/.test(rest) ||
    /^(authorities|government|officials|leadership|regime|junta|military|army|forces|administration|rulers|leaders)\b/i.test(
      rest,
    )
  );
}
