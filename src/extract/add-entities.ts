import type { GraphBuilder } from "./graph-builder.ts";
import { COUNTRY_INFO } from "./gazetteer/countries.ts";
import { topicsIn } from "./gazetteer/issues.ts";
import type { ArticleAnalysis } from "./analyze-article.ts";
import type { Actor } from "./resolve/actor.ts";
import { slugify } from "./text/slug.ts";
import { bracketedShortForm } from "./mentions/bracketed-short-form.ts";
import { compareText } from "../plan/compare-text.ts";
import { type KindBody, kindBodiesIn, organOfNamed } from "./mentions/kind-bodies.ts";

export interface EventFacts {
  readonly type: string;
  readonly date: string | undefined;
  readonly place: string | undefined;
  readonly held: boolean;
  readonly participants: readonly string[];
}

/** Adds an event with its deterministic key and links its participants; returns the key. */
export function addEvent(graph: GraphBuilder, e: EventFacts): string {
  // Sorted once, and read by plain loops (array builtins here kept V8 recompiling addEvent).
  const sorted = [...new Set(e.participants)].sort();
  let who = "";
  let names = "";
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i]!.replace(/^person:/, "");
    who += i === 0 ? id : `+${id}`;
    names += i === 0 ? id.replace(/-/g, " ") : `, ${id.replace(/-/g, " ")}`;
  }
  const key = `event:${e.type}:${e.date ?? "undated"}:${who}`;
  graph.addEntity({
    label: "Event",
    key,
    type: e.type,
    name: `${e.type} of ${names}${e.date ? ` on ${e.date}` : ""}`,
    status: e.held ? "held" : "planned",
    ...(e.date === undefined ? {} : { date: e.date }),
    ...(e.place === undefined ? {} : { place: e.place }),
  });
  for (const p of e.participants)
    graph.addRelationship("PARTICIPATED_IN", p, key, {}, undefined, 0.9);
  return key;
}

export function addIssue(graph: GraphBuilder, name: string, key: string): string {
  graph.addEntity({ label: "Issue", key, name, keywords: keywordsOf(name) });
  return key;
}

/**
 * People with their roles, every country and organisation mentioned, and standing topics.
 *
 * One function per kind of entity: V8 compiles each apart, so an actor or array of a shape not
 * seen before sends one of them back to be recompiled, not all of them at once.
 */
export function addMentionedEntities(analysis: ArticleAnalysis, graph: GraphBuilder): void {
  addPeople(analysis, graph);
  const countryForms = new Map<string, Set<string>>();
  const orgs = new Map<string, OrgForms>();
  for (const actors of analysis.actors)
    for (const actor of actors) noteActor(analysis, actor, countryForms, orgs);
  noteKindBodies(kindBodiesIn(analysis.sentences), orgs);
  addOrganizations(graph, orgs);
  for (const p of analysis.people.people.values())
    if (p.country !== undefined && !countryForms.has(p.country))
      countryForms.set(p.country, new Set());
  addCountries(graph, countryForms);
  addRepresents(analysis, graph);
  for (const topic of topicsIn(analysis.article.body))
    addIssue(graph, topic.name, `issue:${slugify(topic.name)}`);
}

interface OrgForms {
  name: string;
  country: string | undefined;
  forms: Set<string>;
}

function addPeople(analysis: ArticleAnalysis, graph: GraphBuilder): void {
  for (const p of analysis.people.people.values()) {
    graph.addEntity({
      label: "Person",
      key: p.key,
      name: p.name,
      aliases: [...p.aliases].sort(),
      ...(p.title === undefined ? {} : { title: p.title }),
      ...(p.country === undefined ? {} : { country: p.country }),
    });
  }
}

/** Keeps how a country or an organisation the actor stands for is written. */
function noteActor(
  analysis: ArticleAnalysis,
  actor: Actor,
  countryForms: Map<string, Set<string>>,
  orgs: Map<string, OrgForms>,
): void {
  if (actor.label === "Country" && actor.via === "country" && actor.locationOnly !== true) {
    const iso3 = actor.key.slice("country:".length);
    const text = analysis.article.body.slice(actor.start, actor.end);
    countryForms.set(iso3, (countryForms.get(iso3) ?? new Set()).add(text));
  }
  if (actor.label === "Organization") {
    const surface = orgName(analysis, actor.start, actor.end);
    const seen = orgs.get(actor.key) ?? {
      name: actor.name ?? surface,
      country: actor.country,
      forms: new Set<string>(),
    };
    seen.forms.add(surface);
    const short = bracketedShortForm(analysis.article.body, actor.end);
    if (short !== undefined) seen.forms.add(short);
    orgs.set(actor.key, seen);
  }
}

/**
 * "The army said…", "Peru's election commission": bodies named by their kind alone, unless the
 * article names a body of the same organ with its state ("the Central Bank of Yemen… the
 * central bank", "Russia's central bank… the central bank"), which is that body.
 */
function noteKindBodies(bodies: readonly KindBody[], orgs: Map<string, OrgForms>): void {
  if (bodies.length === 0) return;
  const named = new Set<string>();
  for (const org of orgs.values()) {
    const organ = organOfNamed(org.name);
    if (organ !== undefined) named.add(organ);
  }
  for (const body of bodies)
    if (body.organ !== undefined && body.org.country !== undefined) named.add(body.organ);
  for (const body of bodies) {
    if (body.organ !== undefined && body.org.country === undefined && named.has(body.organ))
      continue;
    const seen = orgs.get(body.org.key) ?? {
      name: body.org.name,
      country: body.org.country,
      forms: new Set<string>(),
    };
    seen.forms.add(body.surface);
    orgs.set(body.org.key, seen);
  }
}

/** A state's government by its plain name: "the government", "Kenya's government", "it". */
const PLAIN_GOVERNMENT = /^org:(?:[a-z]{3}-)?government$/;
const PLAIN_FORM = /^(?:government|it|its|they|their)$/i;

/**
 * "Kenya's government said…": a state's government named plainly is the state, which stands as
 * the Country; only a government told apart from it ("the interim government", "the military
 * government") is a body of its own.
 */
function isTheState(key: string, org: OrgForms): boolean {
  if (!PLAIN_GOVERNMENT.test(key)) return false;
  for (const form of org.forms) if (!PLAIN_FORM.test(form)) return false;
  return true;
}

function addOrganizations(graph: GraphBuilder, orgs: Map<string, OrgForms>): void {
  for (const [key, org] of [...orgs.entries()].sort(byKey)) {
    if (isTheState(key, org)) continue;
    graph.addEntity({
      label: "Organization",
      key,
      name: org.name,
      aliases: [...org.forms].filter((f) => f !== org.name).sort(),
      ...(org.country ? { country: org.country } : {}),
    });
  }
}

function addCountries(graph: GraphBuilder, countryForms: Map<string, Set<string>>): void {
  for (const [iso3, forms] of [...countryForms.entries()].sort(byKey)) {
    const name = COUNTRY_INFO.get(iso3)?.name ?? iso3;
    graph.addEntity({
      label: "Country",
      key: `country:${iso3}`,
      name,
      iso3,
      aliases: [...forms].filter((f) => f !== name).sort(),
    });
  }
}

function addRepresents(analysis: ArticleAnalysis, graph: GraphBuilder): void {
  for (const p of analysis.people.people.values()) {
    if (p.country !== undefined)
      graph.addRelationship(
        "REPRESENTS",
        p.key,
        `country:${p.country}`,
        p.title ? { title: p.title } : {},
        undefined,
        0.8,
      );
  }
}

/** "condemnation from Beijing": a capital that acts stands for its country, which is then mentioned. */
export function addFactCountries(graph: GraphBuilder): void {
  for (const key of graph.missingEndpoints()) {
    const iso3 = key.startsWith("country:") ? key.slice("country:".length) : undefined;
    const info = iso3 === undefined ? undefined : COUNTRY_INFO.get(iso3);
    if (iso3 !== undefined && info !== undefined) {
      graph.addEntity({ label: "Country", key, name: info.name, iso3, aliases: [] });
    }
  }
}

/**
 * Map entries in the order of their keys, as a plain `sort()` gave them: it compared each entry
 * turned into text ("KEN,[object Set]"), two strings built at every comparison. Keys are
 * letters, digits and hyphens, all after the comma, so the order is the same.
 */
function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return compareText(a, b);
}

function orgName(analysis: ArticleAnalysis, start: number, end: number): string {
  return analysis.article.body.slice(start, end).replace(/^the\s+/i, "");
}

/** Words no issue is looked up by; one set for the process, not one per issue added. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "to",
  "and",
  "a",
  "an",
  "in",
  "on",
  "for",
  "its",
  "their",
]);

function keywordsOf(name: string): string[] {
  return [
    ...new Set(
      name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2 && !STOP_WORDS.has(w)),
    ),
  ].sort();
}
