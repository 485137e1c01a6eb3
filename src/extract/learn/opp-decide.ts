import type { Evidence } from "../../model/graph-document.ts";
import { addIssue } from "../add-entities.ts";
import type { ArticleAnalysis } from "../analyze-article.ts";
import type { OppositionMention } from "../facts/find-oppositions.ts";
import type { GraphBuilder } from "../graph-builder.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { LinearModel } from "./linear-model.ts";
import { packedMap, packedConcat, packedFilter } from "../text/packed-map.ts";
import { chooseTargets } from "./opp-target.ts";
import { emptyMemory, rememberDiscourse, type DiscourseMemory } from "./discourse-memory.ts";
import { articleFeatures } from "./opp-article.ts";
import { stanceCandidates, type StanceCandidate } from "./opp-candidates.ts";
import ruleWeights from "./opp-rule-weights.json" with { type: "json" };
import wideWeights from "./opp-wide-weights.json" with { type: "json" };
import labelWeights from "./opp-label-weights.json" with { type: "json" };

/**
 * The stance classifiers, trained by scripts/learn/opp.ts on the development articles: one weighs
 * the rules' proposals, one the pairs only the wide generator proposes and one the quoted labels
 * no rule decides, each with the threshold chosen for it on out-of-fold predictions.
 */
const RULE_MODEL = new LinearModel(ruleWeights);
const WIDE_MODEL = new LinearModel(wideWeights);
/** Weighs the labels no rule decides (opposition-labelled.ts): "called the visit "a sham"". */
const LABEL_MODEL = new LinearModel(labelWeights);

/** A candidate with every feature it is weighed by: its sentence's and its article's. */
export interface WeighedStance extends StanceCandidate {
  readonly weighed: readonly string[];
}

/** Called with each candidate as it is decided: how the training script sees them. */
export type StanceListener = (candidate: WeighedStance) => void;

let listener: StanceListener | undefined;

/**
 * Lets the training script read every candidate the extractor weighs, with the very features
 * the decision reads; undefined stops it. Extraction's output does not depend on it.
 */
export function listenToStances(l: StanceListener | undefined): void {
  listener = l;
}

/** The sentence and what the extractor knows of it, for the stances it holds. */
export interface StanceSource {
  readonly analysis: ArticleAnalysis;
  readonly s: AnalyzedSentence;
  readonly index: number;
  readonly actors: readonly Actor[];
  readonly mentions: readonly OppositionMention[];
  readonly evidence: Evidence;
}

interface Pending {
  readonly candidate: StanceCandidate;
  readonly evidence: Evidence;
}

/** Each article's candidates until its last sentence is read. */
const pending = new WeakMap<ArticleAnalysis, Pending[]>();
/** What each article's sentences so far told, for targets named only before (discourse-memory.ts). */
const memories = new WeakMap<ArticleAnalysis, DiscourseMemory>();

/**
 * Gathers the sentence's candidate stances; after the article's last sentence, adds those the
 * classifier accepts, in the order stated, each with its probability as confidence. A pair
 * proposed several times stands if one of its candidates does: the graph merges the repeats and
 * keeps the highest confidence.
 */
export function addStances(graph: GraphBuilder, source: StanceSource): void {
  const { analysis, s, index, actors, evidence } = source;
  // Which target each of the rules' stances is against: the rules' own unless the target switch
  // (opp-target.ts) prefers another of the sentence's parties or one an earlier sentence named
  // (the memory, filled after the choice). The labels the rules leave to the learned decision
  // keep the target the frame read.
  const ruledMentions = packedFilter(source.mentions, (o) => o.learned !== true);
  let memory = memories.get(analysis);
  if (memory === undefined) memories.set(analysis, (memory = emptyMemory()));
  const chosen = chooseTargets(s, index, actors, ruledMentions, analysis.people, undefined, memory);
  // The rules' own stances: what the memory holds never turns on the weights it is read with.
  rememberDiscourse(memory, s, index, actors, ruledMentions, analysis.people);
  const { replaced } = chosen;
  const mentions =
    ruledMentions.length === source.mentions.length
      ? chosen.mentions
      : packedConcat(
          chosen.mentions,
          packedFilter(source.mentions, (o) => o.learned === true),
        );
  for (const t of replaced) addIssue(graph, t.issue, t.issueKey);
  // "condemned Italy's cooperation with…" is against Italy, and about the cooperation.
  for (const o of ruledMentions)
    if ("phrase" in o.target && o.target.phrase !== undefined)
      addIssue(graph, o.target.phrase.issue, o.target.phrase.issueKey);
  let list = pending.get(analysis);
  if (list === undefined) pending.set(analysis, (list = []));
  // The wide pairs are made only when they may stand, or for training: most sentences hold none.
  const wide = listener !== undefined || WIDE_MODEL.threshold < 1;
  for (const candidate of stanceCandidates(s, index, actors, mentions, analysis.people, wide))
    list.push({ candidate, evidence });
  if (index < analysis.sentences.length - 1) return;
  pending.delete(analysis);
  decide(graph, list);
}

function decide(graph: GraphBuilder, list: readonly Pending[]): void {
  const every = packedMap(list, (p) => p.candidate);
  // The rules' and the wide pairs' features are read without the labels (opposition-labelled.ts);
  // a label's with every candidate of the article.
  const all = packedFilter(every, (c) => c.mention?.learned !== true);
  // A pair a rule proposed anywhere in the article is the rule model's to decide.
  const ruled = new Set(all.filter(isRuled).map(pairOf));
  for (const { candidate: c, evidence } of list) {
    if (!isRuled(c) && ruled.has(pairOf(c))) continue;
    const weighed = [...c.features, ...articleFeatures(c, c.mention?.learned ? every : all)];
    listener?.({ ...c, weighed });
    const target = c.mention?.target;
    // A thing a rule names as the target is an issue of the article, whether or not it stands.
    const to =
      target !== undefined && "issue" in target
        ? addIssue(graph, target.issue, target.issueKey)
        : c.target;
    const model = modelOf(c);
    const p = model.probability(weighed);
    if (p < model.threshold) continue;
    if (c.mention?.learned === true) addLabelHolder(graph, c.mention.holder, c.holder);
    const confidence = Math.round(p * 100) / 100;
    graph.addRelationship("OPPOSES", c.holder, to, { what: c.what }, evidence, confidence);
  }
}

/** A body named only where its label stands ("Rivers Forum said the dam had "…""): added here. */
function addLabelHolder(graph: GraphBuilder, holder: Actor, key: string): void {
  if (holder.label !== "Organization" || holder.name === undefined || holder.key !== key) return;
  if (!graph.hasEntity(key))
    graph.addEntity({ label: "Organization", key, name: holder.name, aliases: [] });
}

/** A stance a rule proposed and decides: neither a wide pair nor a label (mention.learned). */
export function isRuled(c: StanceCandidate): boolean {
  return c.mention !== undefined && c.mention.learned !== true;
}

function modelOf(c: StanceCandidate): LinearModel {
  if (c.mention === undefined) return WIDE_MODEL;
  return c.mention.learned === true ? LABEL_MODEL : RULE_MODEL;
}

function pairOf(c: StanceCandidate): string {
  return `${c.holder}|${c.target}`;
}
