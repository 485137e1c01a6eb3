import { LOWERCASE_FIRST } from "../text/char-classes.ts";
import { lastWord } from "../text/last-word.ts";
import { slugify } from "../text/slug.ts";
import { KNOWN_ORGANIZATIONS } from "./organizations.ts";

export interface OrgRef {
  readonly name: string;
  readonly key: string;
  readonly country: string | undefined;
}

/** National bodies that news names without their country. */
const NATIONAL_BODIES: Readonly<Record<string, string>> = {
  "State Department": "USA",
  "Department of State": "USA",
  "Treasury Department": "USA",
  Pentagon: "USA",
  "Foreign Office": "GBR",
  // Its commas would otherwise split it into two bodies, one of them the Commonwealth.
  "Foreign, Commonwealth and Development Office": "GBR",
  FCDO: "GBR",
  "Home Office": "GBR",
  Bundestag: "DEU",
  Knesset: "ISR",
  Duma: "RUS",
  "State Duma": "RUS",
  Rada: "UKR",
  "Verkhovna Rada": "UKR",
  "Lok Sabha": "IND",
  Diet: "JPN",
  // Parliaments news names by their own names.
  Sejm: "POL",
  Riksdag: "SWE",
  Storting: "NOR",
  Stortinget: "NOR",
  Folketing: "DNK",
  Folketinget: "DNK",
  Eduskunta: "FIN",
  Althing: "ISL",
  Alþingi: "ISL",
  Saeima: "LVA",
  Riigikogu: "EST",
  Seimas: "LTU",
  Sabor: "HRV",
  Oireachtas: "IRL",
  Dáil: "IRL",
  "Dáil Éireann": "IRL",
  "Cortes Generales": "ESP",
  "Congress of Deputies": "ESP",
  "Milli Majlis": "AZE",
  "Oliy Majlis": "UZB",
  Mazhilis: "KAZ",
  Majilis: "KAZ",
  "Jogorku Kenesh": "KGZ",
  "Majlisi Oli": "TJK",
  "Halk Maslahaty": "TKM",
  Mejlis: "TKM",
  "State Great Khural": "MNG",
  "Jatiya Sangsad": "BGD",
  "Rajya Sabha": "IND",
  "Pyidaungsu Hluttaw": "MMR",
  "Dewan Rakyat": "MYS",
  "National People's Congress": "CHN",
  "Supreme People's Assembly": "PRK",
  "Grand National Assembly": "TUR",
  "Federation Council": "RUS",
  // The de facto government of Afghanistan since 2021: its spokesman speaks for the state.
  Taliban: "AFG",
};

export const ORG_FORMS: ReadonlyMap<string, OrgRef> = buildOrgForms();

function buildOrgForms(): Map<string, OrgRef> {
  const forms = new Map<string, OrgRef>();
  for (const org of KNOWN_ORGANIZATIONS) {
    // A known body that is also a state's ("the Taliban") keeps its state under every form.
    const ref = {
      name: org.name,
      key: `org:${slugify(org.name)}`,
      country: NATIONAL_BODIES[org.name],
    };
    for (const form of [org.name, ...org.aliases]) forms.set(form, ref);
  }
  for (const [name, country] of Object.entries(NATIONAL_BODIES)) {
    forms.set(name, { name, key: `org:${slugify(name)}`, country });
  }
  return forms;
}

export const ORG_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...ORG_FORMS.keys()].map((f) => f.split(" ")[0] ?? f),
);

/**
 * The last word of every form: a span of tokens whose last word ends no form is not looked up
 * ("the European Union" ends in "Union"; "the European Commission said" is not tried whole).
 */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set([...ORG_FORMS.keys()].map(lastWord));

/** Last words of the forms told in lowercase ("the UN refugee agency"): a run may end on them. */
export const ORG_LOWERCASE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...ORG_LAST_WORDS].filter((w) => LOWERCASE_FIRST.test(w)),
);

/** An organisation found by pattern: "the Foreign Ministry" of a given country keys per country. */
export function patternOrg(name: string, country: string | undefined): OrgRef {
  const known = ORG_FORMS.get(name);
  if (known !== undefined) return known;
  const base = slugify(name);
  const key =
    country !== undefined && isNationalBody(name)
      ? `org:${country.toLowerCase()}-${base}`
      : `org:${base}`;
  return { name, key, country };
}

/** The words of a body every state has its own of: "the Foreign Ministry", "the Coast Guard". */
const NATIONAL_BODY =
  /\b(Ministry|Department|Office|Parliament|Government|Cabinet|Army|Navy|Police|Embassy|Consulate|Presidency|Forces|Military|Junta|Legislature|Treasury|Guard|Air Force)\b/i;

function isNationalBody(name: string): boolean {
  return NATIONAL_BODY.test(name);
}
