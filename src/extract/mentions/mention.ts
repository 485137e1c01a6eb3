import type { CountryFormKind } from "../gazetteer/countries.ts";
import type { OrgRef } from "../gazetteer/organization-index.ts";

export interface Span {
  /** Offsets in the article body. */
  readonly start: number;
  readonly end: number;
  /** Token range [from, to) within the sentence. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly possessive: boolean;
}

export interface CountryMention extends Span {
  readonly kind: "country";
  readonly iso3: string;
  readonly form: CountryFormKind;
}

export interface OrgMention extends Span {
  readonly kind: "org";
  readonly org: OrgRef;
}

export interface TitleMention extends Span {
  readonly kind: "title";
  /** The role as written, normalised to title case ("Foreign Minister"). */
  readonly role: string;
  /** The country the title itself names: "US President", "President of China". */
  readonly country: string | undefined;
  readonly org: OrgRef | undefined;
  /** Preceded by "the"/"a" and not followed by a name: a description ("the Chinese president"). */
  readonly definite: boolean;
  /** "the two leaders", "both ministers": a plural description. */
  readonly plural: boolean;
  /** How many a plural description counts ("the three leaders"), when it says. */
  readonly count?: number;
}

export interface NameMention extends Span {
  readonly kind: "name";
  readonly words: readonly string[];
  /** Preceded by an honorific (Mr, Dr) — a strong sign of a person. */
  readonly honorific: boolean;
}

export interface PlaceMention extends Span {
  readonly kind: "place";
}

export type Mention = CountryMention | OrgMention | TitleMention | NameMention | PlaceMention;

/** What a title says beside its span. */
type TitleFields = Omit<TitleMention, keyof Span | "kind">;

/**
 * A mention with every property of every kind, in one order, those of other kinds undefined.
 * Mentions of one shape keep the optimised code that reads them (the whole analysis does, a
 * mention at a time) from being thrown out each time a mention of another kind comes by, as
 * mentions of five shapes did. The properties of each kind come as arguments of their own, not in
 * an object, whose shape would differ by kind in turn.
 */
function make(
  kind: Mention["kind"],
  span: Span,
  iso3: string | undefined,
  form: CountryFormKind | undefined,
  org: OrgRef | undefined,
  title: TitleFields | undefined,
  words: readonly string[] | undefined,
  honorific: boolean | undefined,
) {
  return {
    kind,
    start: span.start,
    end: span.end,
    from: span.from,
    to: span.to,
    text: span.text,
    possessive: span.possessive,
    iso3,
    form,
    org,
    role: title?.role,
    country: title?.country,
    definite: title?.definite,
    plural: title?.plural,
    count: title?.count,
    words,
    honorific,
  };
}

/** A country named by one of its forms: its name, demonym, capital… */
export function countryMention(iso3: string, form: CountryFormKind, span: Span): CountryMention {
  return make(
    "country",
    span,
    iso3,
    form,
    undefined,
    undefined,
    undefined,
    undefined,
  ) as CountryMention;
}

/** A body: a ministry, an agency, an international organisation. */
export function orgMention(org: OrgRef, span: Span): OrgMention {
  return make(
    "org",
    span,
    undefined,
    undefined,
    org,
    undefined,
    undefined,
    undefined,
  ) as OrgMention;
}

/** A role: "Foreign Minister", "the Chinese president", "the two leaders". */
export function titleMention(title: TitleFields, span: Span): TitleMention {
  return make(
    "title",
    span,
    undefined,
    undefined,
    title.org,
    title,
    undefined,
    undefined,
  ) as TitleMention;
}

/** A capitalised run of words taken for a person's name. */
export function nameMention(words: readonly string[], honorific: boolean, span: Span): NameMention {
  return make(
    "name",
    span,
    undefined,
    undefined,
    undefined,
    undefined,
    words,
    honorific,
  ) as NameMention;
}

/** A place that is not a country: a city, a region, a building. */
export function placeMention(span: Span): PlaceMention {
  return make(
    "place",
    span,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ) as PlaceMention;
}
