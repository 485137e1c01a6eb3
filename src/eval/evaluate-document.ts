import type { GraphDocument, Organization, Relationship } from "../model/graph-document.ts";
import { slugify } from "../extract/text/slug.ts";
import { matchesPattern, type Gold } from "./gold-schema.ts";
import { organizationNames, type OrganizationNames } from "./organization-names.ts";
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
  const orgs = doc.entities.filter((e): e is Organization => e.label === "Organization");
  matchItems(
    scores.Organization,
    gold.organizations,
    orgs,
    (g, p) => namesOverlap([g.name, ...g.aliases], [p.name, p.key.slice(4), ...p.aliases]),
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
  const names = organizationNames(doc.entities, gold.organizations);
  scoreRelations(scores, doc.relationships, gold, names, where);
}

function scoreRelations(
  scores: Scores,
  rels: readonly Relationship[],
  gold: Gold,
  names: OrganizationNames,
  where: string,
): void {
  const matches = (pattern: string, key: string): boolean => matchesPattern(pattern, key, names);
  const of = (type: string) => rels.filter((r) => r.type === type);
  const met = of("MET_WITH").map((r) => meeting(r.from, r.to, dateOf(r.properties["date"])));
  const goldMet = gold.relations.MET_WITH.map((g) => meeting(g.a, g.b, g.date));
  // Who met whom, however many times the article says so.
  matchItems(
    scores.MET_WITH,
    uniqueMeetings(goldMet, false),
    uniqueMeetings(met, false),
    (g, p) => g.pair === p.pair,
    { gold: named, predicted: named },
    where,
  );
  // Stricter: the pair and the day. A meeting the text dates only by month or less has no date,
  // in gold and in extraction alike; the same pair on two days is two items.
  matchItems(
    scores["MET_WITH by day"],
    uniqueMeetings(goldMet, true),
    uniqueMeetings(met, true),
    (g, p) => g.pair === p.pair && g.date === p.date,
    { gold: dated, predicted: dated },
    where,
  );
  matchItems(
    scores.OPPOSES,
    gold.relations.OPPOSES,
    of("OPPOSES"),
    (g, p) => matches(g.from, p.from) && g.to.some((t) => matches(t, p.to)),
    { gold: (g) => `${g.from} → ${g.to.join("|")}`, predicted: (p) => `${p.from} → ${p.to}` },
    where,
  );
  matchItems(
    scores.FUNDS,
    gold.relations.FUNDS,
    of("FUNDS"),
    (g, p) =>
      matches(g.from, p.from) &&
      g.to.some((t) => matches(t, p.to)) &&
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

/** A meeting as scored: its two people as written, the unordered pair, and its full day if any. */
interface Meeting {
  readonly a: string;
  readonly b: string;
  readonly pair: string;
  readonly date: string | undefined;
}

function meeting(a: string, b: string, date: string | undefined): Meeting {
  return { a, b, pair: [a, b].sort().join(" — "), date };
}

/** One meeting per pair (per pair and day with `byDay`); the last one stated stands. */
function uniqueMeetings(meetings: readonly Meeting[], byDay: boolean): Meeting[] {
  const seen = new Map<string, Meeting>();
  for (const m of meetings) seen.set(byDay ? `${m.pair}@${m.date ?? ""}` : m.pair, m);
  return [...seen.values()];
}

/** A full day only: "2024-05" (a month) counts as no date, as the annotation rules say. */
function dateOf(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function named(m: Meeting): string {
  return `${m.a} — ${m.b}`;
}

function dated(m: Meeting): string {
  return `${m.pair} @ ${m.date ?? "no date"}`;
}

function namesOverlap(goldNames: readonly string[], predicted: readonly string[]): boolean {
  const g = goldNames.map(slugify).filter((s) => s.length > 1);
  const p = predicted.map(slugify).filter((s) => s.length > 1);
  return g.some((a) =>
    p.some((b) => a === b || (b.length > 3 && a.includes(b)) || (a.length > 3 && b.includes(a))),
  );
}
