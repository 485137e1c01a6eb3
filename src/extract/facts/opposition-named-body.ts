import { ORG_KEYWORDS } from "../gazetteer/words.ts";
import type { Actor } from "../resolve/actor.ts";
import { LIST_GAP } from "../resolve/party-group.ts";
import { unlistedOrganization } from "./organization-names.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";

/** "Senior", "Several": capitalised words that may open a sentence before a body's name. */
const SENTENCE_QUANTIFIERS = "Senior|Top|Leading|Prominent|Several|Some|Many";

/**
 * Capitalised words that open a sentence or a fronted phrase, never a body's name: "On Friday the
 * US Treasury's Office…", "Leaders of the African Union condemned…" (the union is the body).
 */
const NOT_A_NAME_START = `The|On|In|At|By|For|From|After|Before|During|Since|Until|Last|This|That|Earlier|Later|Meanwhile|However|But|And|Also|Then|When|While|As|If|Although|Despite|Amid|Under|With|Without|Among|Following|According|Leaders|Ministers|Members|Heads|Officials|Representatives|Delegates|Envoys|Diplomats|Lawmakers|${SENTENCE_QUANTIFIERS}`;

/**
 * Parties, NGOs and campaign groups speak against governments more than anyone, and their names
 * are seldom in a gazetteer: "the opposition Pakistan Tehreek-e-Insaf (PTI)", "the environmental
 * group Mother Nature Cambodia", "Transparency International Bangladesh". A run of capitalised
 * words in the subject's place is such a body when its abbreviation follows in brackets, when a
 * word before it says what kind of body it is, or when one of its words is a body's.
 */
const NAME = String.raw`(?!(?:${NOT_A_NAME_START})\b)[A-Z][\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|to|without|and|the|de|del|des|du|on|in|e)\s+)*[A-Z][\p{L}\p{M}'’.-]*)*`;
const ABBREVIATION = String.raw`\s+\(([A-Z][A-Za-z-]{1,9})\)`;

const KINDS = new Set([
  "opposition",
  "leftist",
  "ruling",
  "main",
  "rights",
  "environmental",
  "campaign",
  "advocacy",
  "anti-corruption",
  "conservation",
  "nationalist",
  "separatist",
  "rebel",
  "activist",
  "lobby",
  "watchdog",
  "group",
  "party",
  "movement",
  "organisation",
  "organization",
  "coalition",
  "alliance",
  "union",
  "charity",
  "ngo",
  "bloc",
  "network",
]);

/** Words of KINDS that also describe a person: "the activist X", "the leftist X". */
const PERSON_KINDS = new Set(["activist", "leftist", "nationalist", "separatist", "rebel"]);

/** The head of an aside that makes the name before it a body's: "Namibia's largest opposition party". */
const ASIDE_KINDS = new Set([
  "party",
  "group",
  "coalition",
  "movement",
  "alliance",
  "organisation",
  "organization",
  "watchdog",
  "charity",
  "ngo",
  "union",
  "network",
  "body",
]);

const BODY_WORDS = new Set([
  ...ORG_KEYWORDS,
  "International",
  "Project",
  "List",
  "Fighters",
  "Rights",
]);

/**
 * "senior Georgian Dream figures", "Civic Platform lawmakers": those of a body, named after it,
 * speak for it. Only a name of two words or more: "French lawmakers" are the state's.
 */
const MEMBER_NOUNS = "figures|members|lawmakers|legislators|deputies|MPs|activists|supporters";
const MEMBER = new RegExp(`^(?:${MEMBER_NOUNS})$`);

/**
 * "the opposition Perikatan Nasional coalition", "the Vanguard business federation", "the Tide
 * coalition of green groups": the kind of body said after its name, with up to two lowercase words
 * before it and a lowercase "of…" after it.
 */
const KIND_AFTER = String.raw`(?:\s+(?:[a-z-]+\s+){0,2}?(coalition|party|alliance|movement|group|bloc|front|federation|confederation|association|collective|network|union|${MEMBER_NOUNS})(?:\s+of\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s)?)?`;
/**
 * ", Namibia's largest opposition party,", ", a rights group,", ", one of the country's best-known
 * rights groups,": an aside that may say its kind.
 */
const ASIDE = String.raw`(?:,\s+(?:the|a|an|\p{Lu}[\p{L}.'’ -]{0,30}?['’]s|one\s+of\s+(?:the|its|their|\p{Lu}[\p{L}.'’ -]{0,30}?['’]s|the\s+\p{Ll}+['’]s))\s+([^,]{1,60}),)?`;
/** ", in a statement,", ", for its part,": an adverbial aside between the subject and its verb. */
const ADVERBIAL = String.raw`(?:,\s+(?:in\s+(?:a|an|its|their)\s+(?:\p{Ll}+\s+){0,2}?(?:statement|communiqué|letter|post|release)|for\s+(?:its|their)\s+part|meanwhile|however|in\s+turn)\s*,)?`;
/** "a campaign group based in Crawley": the words from a participle or preposition on, dropped to find the head. */
const ASIDE_TAIL =
  /\s+(?:based|founded|formed|led|backed|set|representing|of|in|from|for|with|that|which|who)\b.*$/;

const BEFORE = new RegExp(
  String.raw`(?:^(?:${SENTENCE_QUANTIFIERS})\s+|^|\b(?:the|The)\s+|[,;:—¦]\s+)((?:[a-z-]+['’]?\s+){0,3})(${NAME})(?:${ABBREVIATION})?${KIND_AFTER}${ASIDE}${ADVERBIAL}\s*(?:(?:also|has|have|had|on\s+\w+day|\w+ly)\s+)*$`,
  "du",
);
const AFTER = new RegExp(
  String.raw`^\s*(?:the\s+)?((?:[a-z-]+['’]?\s+){0,3})(${NAME})(?:${ABBREVIATION})?${KIND_AFTER}`,
  "du",
);

/**
 * "France's largest farm union, the FNSEA, denounced…": a body told by its owner and its kind,
 * then named in an aside.
 */
const OWNED_KIND_ASIDE = new RegExp(
  String.raw`\p{Lu}[\p{L}.-]*['’]s\s+(?:[a-z-]+\s+){0,3}(?:${[...ASIDE_KINDS].join("|")}|federation|confederation|association|lobby|syndicate),\s+(?:the\s+)?(${NAME})(?:${ABBREVIATION})?,\s*(?:(?:also|has|have|had|\w+ly)\s+)*$`,
  "du",
);

const ASIDE_END = /,\s*(?:(?:also|has|have|had|\w+ly)\s+)*$/;

/** A body named as the subject just before `at`. */
export function bodyBefore(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  // Only the last words before the verb are read, and only when they end with an aside's comma.
  const from = Math.max(0, at - start - 160);
  const tail = text.slice(from, at - start);
  const owned = ASIDE_END.test(tail) && /['’]s\s/.test(tail) ? OWNED_KIND_ASIDE.exec(tail) : null;
  const ownedAt = owned?.indices?.[1]?.[0];
  if (owned !== null && ownedAt !== undefined) {
    return namedBody(owned[1] ?? "", start + from + ownedAt);
  }
  const m = BEFORE.exec(text.slice(0, at - start));
  const nameAt = m?.indices?.[2]?.[0];
  if (m === null || nameAt === undefined) return undefined;
  return listedPortfolios(text, start, start + nameAt, parties)
    ? undefined
    : bodyOf(m, start + nameAt, parties);
}

/**
 * "the Ministry of Economy, Trade and Industry called…": the words are the last portfolios a
 * party's name lists after a comma, not a body of their own.
 */
function listedPortfolios(
  text: string,
  start: number,
  nameAt: number,
  parties: readonly Actor[],
): boolean {
  return parties.some(
    (a) =>
      a.start < nameAt &&
      a.end > nameAt &&
      text.slice(a.start - start, nameAt - start).includes(","),
  );
}

/** A body named as the holder just after `from` ("drew criticism from the opposition…"). */
export function bodyAfter(
  text: string,
  start: number,
  from: number,
  parties: readonly Actor[],
): Actor | undefined {
  const m = AFTER.exec(text.slice(from - start));
  const nameAt = m?.indices?.[2]?.[0];
  return m === null || nameAt === undefined ? undefined : bodyOf(m, from + nameAt, parties);
}

/**
 * "Machar's party, the Sudan People's Liberation Movement-in-Opposition (SPLM-IO), condemned…":
 * a body told as someone's, then named in an aside, is the body the aside names.
 */
function asideName(m: RegExpExecArray, nameAt: number): Actor | undefined {
  const aside = m[5];
  const asideAt = m.indices?.[5]?.[0];
  const first = m.indices?.[2]?.[0];
  if (
    aside === undefined ||
    asideAt === undefined ||
    first === undefined ||
    !/['’]s$/.test(m[2] ?? "") ||
    m[4] === undefined ||
    !CAPITAL_FIRST.test(aside)
  )
    return undefined;
  const name = aside.replace(/\s*\([^)]*\)\s*$/, "").trim();
  if (name.split(/\s+/).length < 2) return undefined;
  return namedBody(name, nameAt + asideAt - first);
}

/** A body the text names at `at` (body offsets) outside any mention the tokens found. */
function namedBody(name: string, at: number): Actor {
  return { ...unlistedOrganization(name, at, at + name.length), via: "org" };
}

/** A compound of a body's seat or sponsor: "London-based", "Saudi-led". */
const SEAT = /-(?:based|headquartered|led|backed)$/;

function bodyOf(m: RegExpExecArray, nameAt: number, parties: readonly Actor[]): Actor | undefined {
  const named = asideName(m, nameAt);
  if (named !== undefined) return named;
  const name = m[2] ?? "";
  // "The London-based group condemned…": where a body sits is not its name.
  if (SEAT.test(name)) return undefined;
  const end = nameAt + name.length;
  const kinds = (m[1] ?? "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "the");
  // "a campaign group based in Crawley", "rights organisations": the head before any tail, singular.
  const asideHead =
    (m[5] ?? "")
      .replace(ASIDE_TAIL, "")
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase()
      .replace(/s$/, "") ?? "";
  const kind =
    // "the dockworkers' union Sintraport": whose body it is may come before its kind.
    (kinds.length > 0 &&
      KINDS.has(kinds.at(-1)?.toLowerCase() ?? "") &&
      kinds.every((w) => KINDS.has(w.toLowerCase()) || /s['’]$/.test(w))) ||
    m[4] !== undefined ||
    ASIDE_KINDS.has(asideHead);
  // "the activist Lina Haddad": a word for a body's leaning alone is one for a person's too.
  const personal =
    m[4] === undefined &&
    !ASIDE_KINDS.has(asideHead) &&
    PERSON_KINDS.has(kinds.at(-1)?.toLowerCase() ?? "");
  const words = name.split(/\s+/);
  if (words.length < 2 && MEMBER.test(m[4] ?? "")) return undefined;
  const bodyWord = words.length > 1 && words.some((w) => BODY_WORDS.has(w));
  if (!kind && m[3] === undefined && !bodyWord) return undefined;
  const inside = parties.filter((a) => a.start >= nameAt && a.end <= end);
  const organ = stateOrgan(name, nameAt, inside);
  if (organ !== undefined) return organ;
  // A state owning the name ("China's Taiwan Affairs Office"), bodies the gazetteer knows covering
  // most of it, or a person inside it with nothing before saying it is a body: not a new body.
  const known = inside
    .filter((a) => a.label === "Organization")
    .reduce((n, a) => n + a.end - a.start, 0);
  if (
    known * 2 > name.length ||
    // "the group Rivers without Boundaries" where a mention already begins the name: that body.
    (inside.length === 1 && inside[0]?.label === "Organization" && inside[0].start === nameAt) ||
    holdsList(name, nameAt, inside) ||
    inside.some(
      (a) =>
        (a.label === "Person" && (!kind || personal) && m[3] === undefined) ||
        (a.label === "Country" && a.possessive),
    )
  )
    return undefined;
  return namedBody(name, nameAt);
}

/**
 * "Britain and the European Union condemned…", "Kenya, Uganda and the East African Community":
 * capitalised words that hold parties joined by "and" or a comma are a list, not one body's name.
 */
function holdsList(name: string, nameAt: number, inside: readonly Actor[]): boolean {
  return inside.some((a, i) => {
    const b = inside[i + 1];
    if (b === undefined || a.possessive) return false;
    return LIST_GAP.test(name.slice(a.end - nameAt, b.start - nameAt));
  });
}

/** The head of a state's own organ. */
const ORGAN_WORDS = /\b(?:Office|Ministry|Treasury|Department|Presidency|Cabinet|Government)\b/;

/**
 * "the US Treasury's Office of Foreign Assets Control", "the Indian External Affairs Ministry": a
 * body no list knows whose name opens with a state and names an organ speaks for that state.
 */
function stateOrgan(name: string, nameAt: number, inside: readonly Actor[]): Actor | undefined {
  const state = inside[0];
  if (
    state?.label !== "Country" ||
    state.possessive ||
    state.start !== nameAt ||
    !ORGAN_WORDS.test(name)
  )
    return undefined;
  return { ...state, end: nameAt + name.length, possessive: false, place: false, via: "country" };
}
