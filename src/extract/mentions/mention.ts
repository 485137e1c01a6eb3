import type { CountryFormKind } from "../gazetteer/countries.ts";
import type { OrgRef } from "../gazetteer/organization-index.ts";

interface Span {
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
