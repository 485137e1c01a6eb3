import { lookupCountryForm } from "../gazetteer/countries.ts";
import type { Actor } from "./actor.ts";
import { classWhenCapital, namesOfKind } from "./kind-nouns.ts";

/** A body named in the article, with what a kind noun is matched against. */
interface Named {
  readonly actor: Actor;
  /** Its name in lowercase, words apart: "asian development bank". */
  readonly name: string;
  /** Its head noun: "bank" in "Bank of Korea", "fund" in "Saudi Fund for Development". */
  readonly head: string;
  /** The states its name or its record ties it to ("Kuwait Fund…" → KWT), read when first asked. */
  states: readonly string[] | undefined;
  /** The kind noun the text gave it where it named it ("carmaker BYD"), if any. */
  readonly described: string | undefined;
  /** The body it was named in an aside to, as its owner ("X, a unit of Y": Y's host is X). */
  readonly host: string | undefined;
}

/** How a kind noun was written, beyond the noun. */
export interface KindQuery {
  /** "the Bank", capitalised: a short form of a name that has the word, its head first. */
  readonly capital?: boolean;
  /** The words before the noun: "Manila-based", "Kuwaiti", "regional development". */
  readonly modifiers?: readonly string[];
  /** A further test the body must pass ("the party": a political party). */
  readonly accept?: (body: Actor) => boolean;
  /** The sentence's own parties, some of which no list of names knows ("ADQ, the state fund"). */
  readonly also?: readonly Actor[];
}

/** A place a body is based in, or its demonym: "Manila-based", "Kuwaiti". */
const PLACE_MODIFIER = /^(\p{Lu}[\p{L}.’' -]*?)(?:-(?:based|headquartered))?$/u;

/** Lowercase words that say which body of a kind is meant: "the regional development bank". */
const NAME_WORD =
  /^(?:regional|multilateral|international|global|development|investment|monetary|climate|infrastructure|islamic|arab|african|asian|european|american|world)$/i;

/** Words after which a name's head has been told: "Bank of Korea", "Fund for Development". */
const HEAD_END: ReadonlySet<string> = new Set(["of", "for", "on", "in", "against"]);

const CAPITAL = /^\p{Lu}/u;

/**
 * The bodies an article names, in text order, and which of them a kind noun means: news names a
 * body in full once, then takes it up as "the bank", "the bloc", "the Manila-based lender", often
 * paragraphs later and inside a quote ("The Kuwait Fund sent a mission to Laos. … 'The fund has
 * approved $90 million,' the minister said"). The noun means the latest body named before it
 * whose name fits the noun's kind (kind-nouns.ts); a capitalised noun ("the Bank") a body whose
 * name has that very word, as its head, best with nothing of the name after it or before it
 * ("the Fund": the International Monetary Fund, not the Saudi Fund for Development); a place or demonym before the noun ("the Kuwaiti
 * fund") one tied to that state, never one tied to another; and none when the text has spoken of
 * a thing of that kind with no name since ("a new fund for clinics… the fund"). Bodies are noted once, as the
 * article's actors are resolved; each question then reads only this short list.
 */
export class BodiesByKind {
  private readonly named: Named[] = [];
  /** Where the text last spoke of a thing of each kind with no name (unnamed-kinds.ts). */
  private readonly unnamed = new Map<string, number[]>();

  /** Notes a body named at its place; bodies come in text order. */
  add(actor: Actor, described?: string, host?: string): void {
    this.named.push(named(actor, described, host));
  }

  /** Notes a thing of a kind the text speaks of with no name ("a new fund", "its central bank"). */
  addUnnamed(kind: string, at: number): void {
    const list = this.unnamed.get(kind);
    if (list === undefined) this.unnamed.set(kind, [at]);
    else list.push(at);
  }

  /** The body the kind noun at `at` stands for, or undefined when none named before fits. */
  bodyOfKind(kind: string, at: number, query: KindQuery = {}): Actor | undefined {
    const word = kind.toLowerCase();
    const test = namesOfKind(word, query.modifiers);
    let found: Named[] = [];
    for (const n of this.named)
      if (n.actor.end <= at && fits(n, word, test) && (query.accept?.(n.actor) ?? true))
        found.push(n);
    for (const a of query.also ?? [])
      if (a.label === "Organization" && a.via !== "description" && a.end <= at) {
        const n = named(a);
        if (test.test(n.name) && (query.accept?.(a) ?? true)) insertNamed(found, n);
      }
    if (found.length === 0) return undefined;
    // "the company" after "the Danish company APM Terminals, a subsidiary of the group Maersk".
    found = preferred(found, (n) => n.described === word);
    if (query.capital === true) {
      const own = (n: Named): boolean => n.name.split(" ").includes(word);
      found = classWhenCapital(word) ? preferred(found, own) : found.filter(own);
      found = preferred(found, (n) => n.head === word);
      // "the Fund" after the IMF, not after the Saudi Fund for Development (the Saudi Fund).
      found = preferred(found, (n) => n.name.endsWith(` ${word}`) || n.name.startsWith(`${word} `));
    }
    // "the Democratic party", "the Kurdish group": a capitalised word no state's, in the name.
    for (const stem of nameStems(query.modifiers ?? []))
      found = found.filter((n) => n.name.includes(stem));
    const state = stateOfModifiers(query.modifiers ?? []);
    if (state !== undefined) {
      // "the Kuwaiti fund": never a body tied to another state.
      found = found.filter((n) => {
        const states = statesOfNamed(n);
        return states.length === 0 || states.includes(state);
      });
      found = preferred(found, (n) => statesOfNamed(n).includes(state));
    }
    const words = (query.modifiers ?? [])
      .filter((m) => NAME_WORD.test(m))
      .map((m) => m.toLowerCase());
    if (words.length > 0) found = preferred(found, (n) => words.every((w) => n.name.includes(w)));
    const body = hostOf(found) ?? found.at(-1)?.actor;
    // "The World Bank… Egypt's central bank said the bank would…": the unnamed one, nearer.
    return body !== undefined && this.unnamedBetween(word, body.start, at) ? undefined : body;
  }

  /**
   * "the two lenders", "both blocs": the `count` latest distinct bodies named before `at` that
   * fit the kind, none when fewer were named.
   */
  bodiesOfKind(kind: string, at: number, count: number): Actor[] {
    const word = kind.toLowerCase();
    const test = namesOfKind(word);
    const out: Actor[] = [];
    for (let i = this.named.length - 1; i >= 0 && out.length < count; i--) {
      const n = this.named[i]!;
      if (n.actor.end <= at && fits(n, word, test) && !out.some((a) => a.key === n.actor.key))
        out.push(n.actor);
    }
    return out.length === count ? out.reverse() : [];
  }

  private unnamedBetween(kind: string, from: number, to: number): boolean {
    return this.unnamed.get(kind)?.some((at) => at > from && at < to) ?? false;
  }
}

/** The body the latest one found was named to own, when that body fits too (see ownedBody). */
function hostOf(found: readonly Named[]): Actor | undefined {
  const host = found.at(-1)?.host;
  return host === undefined ? undefined : found.findLast((n) => n.actor.key === host)?.actor;
}

/** Whether a body's name, or the kind the text gave it, fits a kind noun. */
function fits(n: Named, word: string, test: RegExp): boolean {
  if (test.test(n.name)) return true;
  return n.described !== undefined && (n.described === word || namesOfKind(n.described) === test);
}

/** A body with what its name is matched by. */
function named(actor: Actor, described?: string, host?: string): Named {
  const name = (actor.name ?? actor.key.slice(4).replaceAll("-", " ")).toLowerCase();
  const words = name.split(" ");
  const end = words.findIndex((w, i) => i > 0 && HEAD_END.has(w));
  const head = words[end < 0 ? words.length - 1 : end - 1] ?? "";
  return { actor, name, head, states: undefined, described, host };
}

/** Puts a body among those found, in text order, unless it is there at that place already. */
function insertNamed(found: Named[], n: Named): void {
  if (found.some((f) => f.actor.start === n.actor.start && f.actor.key === n.actor.key)) return;
  let i = found.length;
  while (i > 0 && found[i - 1]!.actor.start > n.actor.start) i--;
  found.splice(i, 0, n);
}

/** The items that pass `test`, if any do; else all of them. */
function preferred(items: Named[], test: (n: Named) => boolean): Named[] {
  const kept = items.filter(test);
  return kept.length > 0 ? kept : items;
}

function statesOfNamed(n: Named): readonly string[] {
  return (n.states ??= statesOf(n.actor));
}

/** The states a body's name names, by name, demonym or capital, and its own record's. */
function statesOf(actor: Actor): string[] {
  const out: string[] = actor.country === undefined ? [] : [actor.country];
  const words = (actor.name ?? "").split(" ");
  for (let i = 0; i < words.length; i++) {
    const one = words[i]!;
    if (!CAPITAL.test(one)) continue;
    const form = lookupCountryForm(one) ?? lookupCountryForm(`${one} ${words[i + 1] ?? ""}`);
    if (form !== undefined && !out.includes(form.iso3)) out.push(form.iso3);
  }
  return out;
}

/** A capitalised word, not an acronym nor a seat ("Geneva-based"). */
const NAME_MODIFIER = /^\p{Lu}\p{Ll}[\p{L}.’'-]*$/u;
const SEAT = /-(?:based|headquartered)$/;

/**
 * The stems of the capitalised modifiers that name no state: the body's name must have them
 * ("Kurdish" → "kurdi", which "Kurdistan Workers' Party" has).
 */
function nameStems(modifiers: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of modifiers)
    if (NAME_MODIFIER.test(m) && !SEAT.test(m) && lookupCountryForm(m) === undefined)
      out.push(m.toLowerCase().slice(0, 5));
  return out;
}

/** The state a place or demonym among the modifiers names: "Manila-based" → PHL. */
function stateOfModifiers(modifiers: readonly string[]): string | undefined {
  for (const m of modifiers) {
    const place = PLACE_MODIFIER.exec(m)?.[1];
    const form = place === undefined ? undefined : lookupCountryForm(place);
    if (form !== undefined) return form.iso3;
  }
  return undefined;
}

/** The article being read: the fact finders ask it as they go (set by collectFacts). */
let current = new BodiesByKind();

export function useArticleBodies(bodies: BodiesByKind): void {
  current = bodies;
}

/** The bodies a plural kind noun at `at` of the article being read stands for (see BodiesByKind). */
export function bodiesOfKind(kind: string, at: number, count: number): Actor[] {
  return current.bodiesOfKind(kind, at, count);
}

/** The body the kind noun at `at` of the article being read stands for (see BodiesByKind). */
export function bodyOfKind(kind: string, at: number, query?: KindQuery): Actor | undefined {
  return current.bodyOfKind(kind, at, query);
}
