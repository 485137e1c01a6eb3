import type { Mention, TitleMention } from "../mentions/mention.ts";
import { patternOrg } from "../gazetteer/organization-index.ts";
import { mayStartLowerTitle } from "../gazetteer/title-index.ts";
import { HEAD_OF_STATE_TITLES } from "../gazetteer/titles.ts";
import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";
import { mentionId, type AnalyzedSentence } from "./analyzed-sentence.ts";
import type { PeopleResolution, PersonRecord } from "./resolve-people.ts";
import { namesFollowPlural } from "./named-after-plural.ts";
import { reportingActor } from "./trailing-speaker.ts";
import { pronouns, type Memory } from "./resolve-pronouns.ts";
import { asMany, byWholeRole, holdsRole } from "./whole-role.ts";
import { packedMap } from "../text/packed-map.ts";
import { standsAside } from "./after-with.ts";
import type { BodiesByKind } from "./body-by-kind.ts";
import { takeUpKinds } from "./kind-names.ts";

const LOCATIVE = new Set([
  "in",
  "to",
  "at",
  "from",
  "into",
  "near",
  "across",
  "visited",
  "visiting",
  "visit",
  "toward",
  "towards",
  "outside",
  "inside",
  "around",
  "via",
]);
const RULER_TITLES = [...HEAD_OF_STATE_TITLES, "monarch"].join("|");
const HEAD_OF_STATE = new RegExp(`leader|${RULER_TITLES}`, "i");
/**
 * A role below the head of state or government: "the minister", "the Indian diplomat", "the U.S.
 * chargé d'affaires", "the Russian negotiator".
 */
const SUBORDINATE =
  /^(?:(?!.*\b(?:prime|first)\s+minister).*\bministers?|.*\b(?:diplomats?|officials?|envoys?|ambassadors?|secretar(?:y|ies)|advis[eo]rs?|charg[ée]s?\s+d['’]affaires|representatives?|negotiators?|spokes(?:man|men|woman|women|person|people)|aides?|consuls?(?:-general)?|attach[ée]s?|delegates?|emissar(?:y|ies)|commissioners?))$/i;
/** A head of state's or government's own title: "Prime Minister", "King" (not "Deputy Prime Minister"). */
const RULER = new RegExp(`^(?:${RULER_TITLES})\\b`, "i");
const GENERIC_ROLES =
  /politician|leader|official|diplomat|statesman|counterpart|head of state|ruler|monarch/i;

/** Turns every sentence's mentions into actors with entity keys, resolving descriptions and pronouns. */
export function resolveActors(
  sentences: readonly AnalyzedSentence[],
  people: PeopleResolution,
  bodies: BodiesByKind,
): Actor[][] {
  const memory: Memory = { recent: [], lastSubject: undefined, counts: new Map(), countries: [] };
  const defined = new Map<string, Actor>();
  return packedMap(sentences, (s, si) => {
    const found = actorsOf(s, si, people, memory, bodies);
    learnAbbreviations(s, found, defined);
    // Most articles define no abbreviation: then every actor stands as found.
    const actors = defined.size === 0 ? found : packedMap(found, (a) => definedBody(s, a, defined));
    const subject = actors.find(
      (a) =>
        !a.place &&
        !a.possessive &&
        (a.label === "Person" || a.label === "Country") &&
        !isQuoted(s, a) &&
        !modifiesPerson(s, a, actors) &&
        !standsAside(s, a),
    );
    for (const a of actors) if (a.label === "Person") remember(memory, a.key);
    for (const a of actors)
      if (a.label === "Country" && !a.place && a.via === "country")
        memory.countries = [a, ...memory.countries.filter((c) => c.key !== a.key)];
    // "Ruiz will visit Japan, she said": the one reporting is the subject a later "she" goes on with.
    const reporter = reportingActor(s.tokens, actors);
    if (reporter !== undefined || subject !== undefined) memory.lastSubject = reporter ?? subject;
    const group = listedGroup(s, actors);
    if (group.length >= 2) memory.group = group;
    return actors;
  });
}

/** What may stand between two people named together: "and", a possessive, a title. */
const GROUP_GAP =
  /^,?\s*(?:and\s+)?(?:(?:his|her|their|the)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+|counterpart,?\s+|[a-z]+ (?:minister|president|leader),?\s+)*,?\s*$/u;

/**
 * "A and B were in Rome", "A, B and C met": people listed together — joined only by commas,
 * "and", titles and demonyms — whom a later "they" or "the pair" may stand for.
 */
function listedGroup(s: AnalyzedSentence, actors: readonly Actor[]): Actor[] {
  const people = actors.filter((a) => a.label === "Person" && !a.possessive);
  const group: Actor[] = [];
  for (const p of people) {
    const last = group.at(-1);
    const gap =
      last === undefined
        ? ""
        : s.sentence.text.slice(last.end - s.sentence.start, p.start - s.sentence.start);
    if (last !== undefined && !GROUP_GAP.test(gap)) {
      if (group.length >= 2) return group;
      group.length = 0;
    }
    if (last?.key !== p.key) group.push(p);
  }
  return group;
}

/** What stands between a body's name and the abbreviation after it: " (", " (AFC/". */
const OPENS_ABBREVIATION = /^\s*\((?:\s*[A-Z][A-Z\d&]*\s*\/)?\s*$/;
/** What follows the abbreviation: ")", "/M23)". */
const CLOSES_ABBREVIATION = /^(?:\s*\/\s*[A-Z][A-Z\d&]*)?\s*\)/;

/**
 * "The African Development Bank (ADB) approved… The ADB said": an abbreviation the article
 * defines in brackets after a body's name stands for that body from then on, whatever body the
 * gazetteer gives it (there the Asian Development Bank); so does each of two joined by a slash
 * ("the Congo River Alliance (AFC/M23)").
 */
function learnAbbreviations(
  s: AnalyzedSentence,
  actors: readonly Actor[],
  defined: Map<string, Actor>,
): void {
  // Offsets in the sentence by subtraction, not by a helper closure: this runs for every sentence.
  const { text, start } = s.sentence;
  for (let i = 0; i + 1 < actors.length; i++) {
    const body = actors[i]!;
    const short = actors[i + 1]!;
    if (body.label !== "Organization") continue;
    if (!OPENS_ABBREVIATION.test(text.slice(body.end - start, short.start - start))) continue;
    if (!CLOSES_ABBREVIATION.test(text.slice(short.end - start))) continue;
    defined.set(text.slice(short.start - start, short.end - start), body);
  }
}

function definedBody(
  s: AnalyzedSentence,
  actor: Actor,
  defined: ReadonlyMap<string, Actor>,
): Actor {
  const surface = s.sentence.text.slice(
    actor.start - s.sentence.start,
    actor.end - s.sentence.start,
  );
  const body = defined.get(surface);
  return body === undefined || body.key === actor.key
    ? actor
    : { ...actor, key: body.key, label: body.label, name: body.name, country: body.country };
}

function actorsOf(
  s: AnalyzedSentence,
  si: number,
  people: PeopleResolution,
  memory: Memory,
  bodies: BodiesByKind,
): Actor[] {
  const actors: Actor[] = [];
  s.mentions.forEach((m, mi) => {
    const actor = actorOf(
      s.tokens,
      s.mentions,
      mi,
      m,
      people,
      m.kind === "title" && m.plural ? pluralMemory(memory, actors, m, s.tokens) : memory,
      mentionId(si, mi),
    );
    if (actor !== undefined) actors.push(...actor);
  });
  const sorted = takeUpKinds(
    s,
    actors.sort((a, b) => a.from - b.from),
    bodies,
  );
  // Most sentences refer back with no pronoun: their actors are already in order.
  const referred = pronouns(s, memory, sorted);
  return referred.length === 0 ? sorted : [...sorted, ...referred].sort((a, b) => a.from - b.from);
}

/**
 * "Qin met the two ministers": a description never stands for someone already named beside it —
 * unless it opens a new clause ("A, B and C met D, and the four leaders then called E"), where
 * it stands for those just named.
 */
function withoutSubjects(
  recent: readonly string[],
  actors: readonly Actor[],
  m: Mention,
  tokens: readonly Token[],
): string[] {
  if (m.kind !== "title" || !m.plural) return [...recent];
  const named = actors.filter((a) => a.label === "Person" && !a.possessive).map((a) => a.key);
  // ", and in the evening both prime ministers were guests…": a fronted time may come between.
  const opening = tokens
    .slice(Math.max(0, m.from - 6), m.from)
    .some((t, k, all) => t.text === "and" && all[k - 1]?.text === ",");
  if (opening) return [...new Set([...named.reverse(), ...recent])];
  return recent.filter((k) => !named.includes(k));
}

/**
 * What a plural description may stand for: the people recent but not named beside it
 * (withoutSubjects) — or, where it restates those just named, them first.
 */
function pluralMemory(
  memory: Memory,
  actors: readonly Actor[],
  m: Mention,
  tokens: readonly Token[],
): Memory {
  if (!restatesNamed(m, actors, tokens))
    return { ...memory, recent: withoutSubjects(memory.recent, actors, m, tokens) };
  const named = actors.filter((a) => a.label === "Person" && !a.possessive);
  return {
    ...memory,
    recent: [...new Set([...named.map((a) => a.key), ...memory.recent])],
    lastPeople: named,
  };
}

/**
 * "…a call between A and B, the first between the two leaders this year": a plural "leaders"
 * after a comma that follows as many people as it counts, all named before it and none after,
 * restates them.
 */
function restatesNamed(m: Mention, actors: readonly Actor[], tokens: readonly Token[]): boolean {
  if (m.kind !== "title" || !m.plural) return false;
  const head = m.role.toLowerCase().split(" ").at(-1) ?? "";
  if (!PLURAL_LEADERS.test(head)) return false;
  const named = actors.filter((a) => a.label === "Person" && !a.possessive);
  const last = named.at(-1);
  if (named.length !== (m.count ?? 2) || last === undefined || last.to > m.from) return false;
  // The phrase after the last comma is a noun phrase set off: ", the first call between…" —
  // not a clause of its own (", and Ankara will host a round with both leaders").
  const between = tokens.slice(last.to, m.from);
  const comma = between.findLastIndex((t) => t.text === ",");
  return comma >= 0 && /^(?:the|a|an|their)$/i.test(between[comma + 1]?.text ?? "");
}

function actorOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  mi: number,
  m: Mention,
  people: PeopleResolution,
  memory: Memory,
  id: string,
): Actor[] | undefined {
  const base: Span = {
    start: m.start,
    end: m.end,
    from: m.from,
    to: m.to,
    possessive: m.possessive,
  };
  const place = LOCATIVE.has(tokens[m.from - 1]?.lower ?? "");
  switch (m.kind) {
    case "name": {
      const key = people.byMention.get(id);
      const person = key === undefined ? undefined : people.people.get(key);
      return person === undefined ? undefined : [personActor(person, base, "name")];
    }
    case "title":
      if (people.byMention.has(id) || !m.definite) return undefined;
      if (namesFollowPlural(tokens, mentions, mi)) return undefined;
      return describe(m, people, memory).map((p) => personActor(p, base, "description"));
    case "country": {
      // "Montenegro was received by…" after "Prime Minister Luís Montenegro": the surname.
      const bearer = surnameBearer(m.text, people);
      if (bearer !== undefined) return [personActor(bearer, base, "name")];
      // Written out rather than spread from base: V8 builds a spread literal property by
      // property, and actors are made for every mention.
      return [
        {
          key: `country:${m.iso3}`,
          label: "Country",
          start: base.start,
          end: base.end,
          from: base.from,
          to: base.to,
          via: "country",
          possessive: base.possessive,
          place,
          country: m.iso3,
          locationOnly: place && m.form === "capital",
          name: undefined,
        },
      ];
    }
    case "org": {
      const prev = mentions[mi - 1];
      const adjacent = prev?.kind === "country" && prev.to === m.from ? prev : undefined;
      // "China's Taiwan Affairs Office", "the Philippines' foreign ministry": the possessor owns
      // the body, whatever its name says.
      // "the Foreign Office in Islamabad": a body the gazetteer gives one state by default (the
      // British one) is the state's whose capital places it, when no state is named before it.
      const placedBody =
        adjacent === undefined && m.org.country !== undefined
          ? placedCountry(tokens, mentions, mi)
          : undefined;
      const country =
        (adjacent?.possessive === true ? adjacent.iso3 : undefined) ??
        (prev?.kind === "country" && pluralPossessive(tokens, prev.to, m.from)
          ? prev.iso3
          : undefined) ??
        placedBody ??
        m.org.country ??
        adjacent?.iso3 ??
        ownersCountry(tokens, mentions, m, memory) ??
        placedCountry(tokens, mentions, mi);
      const org = patternOrg(m.org.name, country);
      return [
        {
          key: org.key,
          label: "Organization",
          start: base.start,
          end: base.end,
          from: base.from,
          to: base.to,
          via: "org",
          possessive: base.possessive,
          place,
          country,
          locationOnly: undefined,
          name: org.name,
        },
      ];
    }
    default:
      return undefined;
  }
}

/** "the Maldives' foreign ministry": a name ending in "s" and a bare apostrophe own what follows. */
function pluralPossessive(tokens: readonly Token[], end: number, next: number): boolean {
  return (
    next === end + 1 &&
    /^['’]$/.test(tokens[end]?.text ?? "") &&
    /s$/.test(tokens[end - 1]?.text ?? "") &&
    tokens[end - 1]?.end === tokens[end]?.start
  );
}

/** The one person whose surname is this word, as a country's name may be. */
function surnameBearer(word: string, people: PeopleResolution): PersonRecord | undefined {
  const bearers = bearersBySurname(people).get(word);
  return bearers?.length === 1 ? bearers[0] : undefined;
}

/** Each surname of the article's people of two words or more, with its bearers: built once. */
const surnames = new WeakMap<PeopleResolution, Map<string, PersonRecord[]>>();

function bearersBySurname(people: PeopleResolution): Map<string, PersonRecord[]> {
  let bySurname = surnames.get(people);
  if (bySurname === undefined) {
    bySurname = new Map();
    for (const p of people.people.values()) {
      const surname = p.words.at(-1);
      if (p.words.length < 2 || surname === undefined) continue;
      const bearers = bySurname.get(surname);
      if (bearers === undefined) bySurname.set(surname, [p]);
      else bearers.push(p);
    }
    surnames.set(people, bySurname);
  }
  return bySurname;
}

/** Where a mention stands: what every actor made from it shares. */
type Span = Pick<Actor, "start" | "end" | "from" | "to" | "possessive">;

function personActor(p: PersonRecord, base: Span, via: Actor["via"]): Actor {
  return {
    key: p.key,
    label: "Person",
    start: base.start,
    end: base.end,
    from: base.from,
    to: base.to,
    via,
    possessive: base.possessive,
    place: false,
    country: p.country,
    locationOnly: undefined,
    name: undefined,
  };
}

/** "the Chinese president" → the most recently mentioned person that fits; "the two leaders" → two. */
function describe(title: TitleMention, people: PeopleResolution, memory: Memory): PersonRecord[] {
  const head = title.role.toLowerCase().split(" ").at(-1) ?? "";
  const pair = lastNamedLeaders(title, head, people, memory);
  if (pair.length > 0) return pair;
  const fits = (p: PersonRecord): boolean =>
    (title.country === undefined || p.country === title.country) &&
    (GENERIC_ROLES.test(head) ||
      holdsRole(title.role, head, p.title) ||
      // "Foreign Minister Prince Faisal … the prince": the rank written before the name.
      holdsRole(title.role, head, p.rank));
  const known = memory.recent
    .map((key) => people.people.get(key))
    .filter((p): p is PersonRecord => p !== undefined);
  const byRole = byWholeRole(title, known, fits);
  // "the British prime minister" when the article never gave Sunak a title: the country decides.
  const byCountry =
    title.country === undefined ? [] : known.filter((p) => p.country === title.country);
  // "the French leader" when the article never said Macron was French: someone of unknown country.
  const found =
    byRole.length > 0 || title.country === undefined
      ? byRole
      : byCountry.length > 0
        ? byCountry
        : unknownCountry(known, head, title.plural);
  // "The Australian minister", "the Indian diplomat": never a head of state or government.
  const matches = SUBORDINATE.test(title.role)
    ? found.filter((p) => !RULER.test(p.title ?? ""))
    : found;
  if (title.plural || title.country !== undefined || !GENERIC_ROLES.test(head))
    return asMany(title, rulersFirst(title, head, matches));
  // "the politician" with nothing more to go on is the article's protagonist among the recent.
  const leaders = head.startsWith("leader")
    ? matches.filter((p) => HEAD_OF_STATE.test(p.title ?? ""))
    : [];
  const recent = leaders.length > 0 ? leaders.slice(0, 3) : matches.slice(0, 3);
  const best = [...recent].sort(
    (a, b) => (memory.counts.get(b.key) ?? 0) - (memory.counts.get(a.key) ?? 0),
  )[0];
  return best === undefined ? [] : [best];
}

/** Plural heads that stand for leaders of any kind: "both leaders", "the two heads of state". */
const PLURAL_LEADERS = /^(?:leaders|rulers|heads)$/;

/**
 * "Starmer and Macron co-chaired a call. Zelensky spoke with both leaders": a plural "leaders"
 * with no state of its own is the people the sentence before named, when they are as many and
 * none holds another role — before anyone whose title merely says "leader" further back.
 */
function lastNamedLeaders(
  title: TitleMention,
  head: string,
  people: PeopleResolution,
  memory: Memory,
): PersonRecord[] {
  if (!title.plural || title.country !== undefined || !PLURAL_LEADERS.test(head)) return [];
  // In the order of the recent people, as the other readings give them.
  const last = (memory.lastPeople ?? [])
    .map((a) => people.people.get(a.key))
    .filter((p): p is PersonRecord => p !== undefined)
    .sort((a, b) => memory.recent.indexOf(a.key) - memory.recent.indexOf(b.key));
  // A title the article never gave contradicts nothing; another role ("spokesman") does.
  const leads = (p: PersonRecord): boolean => !p.title || HEAD_OF_STATE.test(p.title);
  return last.length === (title.count ?? 2) && last.every(leads) ? last : [];
}

/** "Both rulers condemned…", "the two presidents" (of states): the recent heads of state, if enough. */
function rulersFirst(title: TitleMention, head: string, matches: PersonRecord[]): PersonRecord[] {
  if (!title.plural || !/^(?:leader|ruler|monarch|president)s?$/.test(head)) return matches;
  const stated = head.startsWith("president");
  const heads = matches.filter((p) => HEAD_OF_STATE.test(p.title ?? "") && (!stated || p.country));
  return heads.length >= (title.count ?? 2) ? heads : matches;
}

/** "Georgetown condemned…, and its foreign ministry accused…": "its" is the country just named. */
function ownersCountry(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
  memory: Memory,
): string | undefined {
  if (!/^(its|their)$/i.test(tokens[m.from - 1]?.text ?? "")) return undefined;
  const before = mentions.filter((x) => x.to <= m.from && x.kind === "country" && !x.possessive);
  const last = before.at(-1);
  if (last?.kind === "country") return last.iso3;
  return memory.lastSubject?.label === "Country" ? memory.lastSubject.country : undefined;
}

/**
 * Diplomatic titles are one family: "the Belarusian envoy" may be the one the article titled
 * "Ambassador", "Special Representative" or "Chargé d'Affaires".
 */
const DIPLOMAT = /ambassador|envoy|emissary|representative|charg[eé]|affaires|diplomat|consul/i;

/** "the Canadian leader" when no one is known to be Canadian: a titled person of unknown country. */
function unknownCountry(
  known: readonly PersonRecord[],
  head: string,
  plural: boolean,
): PersonRecord[] {
  const unknown = known.filter((p) => p.country === undefined);
  const word = plural ? head.replace(/s$/, "") : head;
  const diplomatic = DIPLOMAT.test(word);
  const titled = unknown.filter((p) =>
    word.startsWith("leader")
      ? HEAD_OF_STATE.test(p.title ?? "")
      : diplomatic
        ? DIPLOMAT.test(p.title ?? "")
        : (p.title ?? "").toLowerCase().includes(word),
  );
  // "the prime ministers of Lithuania and Latvia": several of a stated state are not whoever
  // of no known state the article named last, only those holding the role. "Belarus's
  // ambassador" is no one the article gave another role ("Interior Minister X"): a title it never
  // gave contradicts nothing, another one does — save a foreign-affairs office for a diplomatic
  // role ("Deputy Foreign Minister X … as a special envoy").
  const fallback = unknown.filter((p) => !p.title || (diplomatic && /\bforeign\b/i.test(p.title)));
  return titled.length > 0 || plural ? titled : fallback;
}

/**
 * "Kenyan President William Ruto met…": a demonym before a person's title and name describes
 * that person; the person, not the country, is the subject a later "he" refers to.
 */
function modifiesPerson(s: AnalyzedSentence, a: Actor, actors: readonly Actor[]): boolean {
  if (a.label !== "Country") return false;
  const person = actors.find((p) => p.label === "Person" && p.from >= a.to);
  if (person === undefined || person.from - a.to > 5) return false;
  return s.tokens
    .slice(a.to, person.from)
    .every((t) => t.capitalized || t.text === "of" || mayStartLowerTitle(t.lower));
}

/** Inside quotation marks the speaker's words name others; the speaker stays the subject. */
function isQuoted(s: AnalyzedSentence, a: Actor): boolean {
  const before = s.sentence.text.slice(0, a.start - s.sentence.start);
  const opens = (before.match(/[“"]/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  return before.includes("“") ? opens > closes : opens % 2 === 1;
}

function remember(memory: Memory, key: string): void {
  memory.recent = [key, ...memory.recent.filter((k) => k !== key)];
  memory.counts.set(key, (memory.counts.get(key) ?? 0) + 1);
}

/**
 * "In Beijing, the foreign ministry warned…", "the foreign ministry in Stockholm voiced…": a state
 * body with no country of its own belongs to the capital or country it is placed in.
 */
function placedCountry(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  mi: number,
): string | undefined {
  const m = mentions[mi];
  if (m?.kind !== "org" || !/ministry|government|office|embassy|cabinet/i.test(m.text))
    return undefined;
  const next = mentions[mi + 1];
  if (next?.kind === "country" && tokens[m.to]?.text === "in" && next.from === m.to + 1)
    return next.iso3;
  const first = mentions[0];
  const fronted =
    first?.kind === "country" &&
    /^in$/i.test(tokens[first.from - 1]?.text ?? "") &&
    first.from === 1 &&
    tokens[first.to]?.text === ",";
  return fronted && mentions.slice(1, mi).every((x) => x.kind !== "country")
    ? first.iso3
    : undefined;
}
