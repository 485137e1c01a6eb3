import type { GraphDocument, Relationship } from "../model/graph-document.ts";
import { slugify } from "../extract/text/slug.ts";
import { matchesPattern, type Gold } from "./gold-schema.ts";
import { emptyScore, matchItems, type TypeScore } from "./score.ts";

export const SCORED_TYPES = [
  "Person",
  "Country",
  "Organization",
  "Issue",
  "MET_WITH",
  "MET_WITH by day",
  "OPPOSES",
  "FUNDS",
] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
export type Scores = Record<ScoredType, TypeScore>;

export function emptyScores(): Scores {
  return Object.fromEntries(SCORED_TYPES.map((t) => [t, emptyScore()])) as Scores;
}

/** Adds one article's comparison of extraction and gold annotation to the running scores. */
export function evaluateDocument(
  scores: Scores,
  doc: GraphDocument,
  gold: Gold,
  where: string,
): void {
  const keysOf = (label: string): string[] =>
    doc.entities.filter((e) => e.label === label).map((e) => e.key);
  const same = { gold: (g: string) => g, predicted: (p: string) => p };
  matchItems(
    scores.Person,
    gold.persons.map((p) => p.key),
    keysOf("Person"),
    (g, p) => g === p,
    same,
    where,
  );
  matchItems(
    scores.Country,
    gold.countries.map((c) => `country:${c}`),
    keysOf("Country"),
    (g, p) => g === p,
    same,
    where,
  );
  const orgs = doc.entities.filter((e) => e.label === "Organization");
  matchItems(
    scores.Organization,
    gold.organizations,
    orgs,
    (g, p) => namesOverlap([g.name, ...g.aliases], [p.name, p.key.slice(4)]),
    { gold: (g) => g.name, predicted: (p) => p.key },
    where,
  );
  const issues = keysOf("Issue");
  matchItems(
    scores.Issue,
    gold.issues,
    issues,
    (g, p) => namesOverlap([g.name, ...g.aliases], [p.slice(6)]),
    { gold: (g) => g.name, predicted: (p) => p },
    where,
  );
  scoreRelations(scores, doc.relationships, gold, where);
}

function scoreRelations(
  scores: Scores,
  rels: readonly Relationship[],
  gold: Gold,
  where: string,
): void {
  const of = (type: string) => rels.filter((r) => r.type === type);
  const met = uniquePairs(of("MET_WITH").map((r) => [r.from, r.to]));
  const goldMet = uniquePairs(gold.relations.MET_WITH.map((g) => [g.a, g.b])).map(([a, b]) => ({
    a,
    b,
  }));
  matchItems(
    scores.MET_WITH,
    goldMet,
    met,
    (g, p) => (g.a === p[0] && g.b === p[1]) || (g.a === p[1] && g.b === p[0]),
    { gold: (g) => `${g.a} — ${g.b}`, predicted: (p) => `${p[0]} — ${p[1]}` },
    where,
  );
  // Stricter: the pair and the day. A meeting the text dates only by month or less has no date,
  // in gold and in extraction alike; the same pair on two days is two items.
  const metByDay = uniqueDatedPairs(
    of("MET_WITH").map((r) => [r.from, r.to, dateOf(r.properties["date"])]),
  );
  const goldByDay = uniqueDatedPairs(gold.relations.MET_WITH.map((g) => [g.a, g.b, g.date]));
  matchItems(
    scores["MET_WITH by day"],
    goldByDay,
    metByDay,
    (g, p) => g.pair === p.pair && g.date === p.date,
    { gold: label, predicted: label },
    where,
  );
  matchItems(
    scores.OPPOSES,
    gold.relations.OPPOSES,
    of("OPPOSES"),
    (g, p) => matchesPattern(g.from, p.from) && g.to.some((t) => matchesPattern(t, p.to)),
    { gold: (g) => `${g.from} → ${g.to.join("|")}`, predicted: (p) => `${p.from} → ${p.to}` },
    where,
  );
  matchItems(
    scores.FUNDS,
    gold.relations.FUNDS,
    of("FUNDS"),
    (g, p) =>
      matchesPattern(g.from, p.from) &&
      g.to.some((t) => matchesPattern(t, p.to)) &&
      p.properties["amount"] === g.amount &&
      p.properties["currency"] === g.currency,
    {
      gold: (g) => `${g.from} → ${g.to.join("|")} ${g.amount} ${g.currency}`,
      predicted: (p) =>
        `${p.from} → ${p.to} ${String(p.properties["amount"])} ${String(p.properties["currency"])}`,
    },
    where,
  );
}

/** MET_WITH is scored per unordered pair: who met whom, however many times the article says so. */
function uniquePairs(pairs: readonly (readonly [string, string])[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [a, b] of pairs) seen.set([a, b].sort().join("|"), [a, b]);
  return [...seen.values()];
}

interface DatedPair {
  readonly pair: string;
  readonly date: string | undefined;
}

function uniqueDatedPairs(
  meetings: readonly (readonly [string, string, string | undefined])[],
): DatedPair[] {
  const seen = new Map<string, DatedPair>();
  for (const [a, b, date] of meetings) {
    const pair = [a, b].sort().join(" — ");
    seen.set(`${pair}@${date ?? ""}`, { pair, date });
  }
  return [...seen.values()];
}

/** A full day only: "2024-05" (a month) counts as no date, as the annotation rules say. */
function dateOf(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function label(m: DatedPair): string {
  return `${m.pair} @ ${m.date ?? "no date"}`;
}

function namesOverlap(goldNames: readonly string[], predicted: readonly string[]): boolean {
  const g = goldNames.map(slugify).filter((s) => s.length > 1);
  const p = predicted.map(slugify).filter((s) => s.length > 1);
  return g.some((a) =>
    p.some((b) => a === b || (b.length > 3 && a.includes(b)) || (a.length > 3 && b.includes(a))),
  );
}
