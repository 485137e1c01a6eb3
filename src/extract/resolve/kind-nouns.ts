import { KNOWN_COMPANIES } from "../gazetteer/organization-companies.ts";

/**
 * The nouns by which news takes up a body it has named ("the bank", "the bloc", "the Fund"), each
 * with the test of the bodies' names it may stand for. One table for every rule that reads such a
 * noun: "the lender" is a body that lends, whatever the sentence is about.
 */

/** Bodies that lend: banks, funds, finance corporations ("the lender" after the IMF). */
const LENDING = /\b(?:bank|fund|corporation|facility|finance|financing|investment|monetary)\b/;

/** Any body that is not a state's own organ or a body of states ("the group", "the charity"). */
const NON_STATE =
  /^(?!.*\b(?:union|nations|bank|fund|council|organi[sz]ation|commission|community|court|agency|ministry|government|forum|association)\b)/;

/** Any body but a state's own office ("the organisation" after Amnesty International). */
const NOT_AN_OFFICE = /^(?!.*\b(?:ministry|government|department|office|presidency)\b)/;

/**
 * Unions of states ("the bloc" after the European Union, ASEAN, Mercosur or the Gulf Cooperation
 * Council). A military alliance is "the alliance", not "the bloc", unless the words say so.
 */
const UNION_OF_STATES =
  /\b(?:union|community|association|league|bloc|cooperation|organi[sz]ation of|nations|commonwealth|asean|ecowas|caricom|mercosur|sco|brics|sadc|eac|opec)\b/;
const MILITARY_ALLIANCE = /\b(?:alliance|treaty organi[sz]ation|nato|csto)\b/;
const ARMED_UNION = new RegExp(`${UNION_OF_STATES.source}|${MILITARY_ALLIANCE.source}`);

/**
 * Companies: those news names bare (organization-companies.ts) and names that say a company
 * ("Adani Group", "Kenya Airways", "Vedanta Resources Ltd").
 */
const COMPANY = new RegExp(
  String.raw`^(?:${KNOWN_COMPANIES.map((c) => escaped(c.name.toLowerCase())).join("|")})$|\b(?:company|corporation|corp|inc|ltd|limited|plc|holdings?|airlines?|airways|motors|petroleum|mining|minerals|steel|telecoms?|shipping|logistics|industries)\b|\bgroup$`,
);

/** Nouns for a company: "the miner", "the carmaker", "the Chinese firm", "the oil giant". */
const COMPANY_NOUNS = [
  "company",
  "firm",
  "miner",
  "carmaker",
  "automaker",
  "conglomerate",
  "giant",
  "manufacturer",
  "refiner",
  "contractor",
  "developer",
  "insurer",
  "airline",
  "utility",
  "operator",
  "producer",
  "shipper",
  "venture",
  "subsidiary",
];

/** The same nouns as a pattern's alternatives. */
export const COMPANY_KINDS = COMPANY_NOUNS.join("|");

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const CLASSES: ReadonlyMap<string, RegExp> = new Map([
  ...COMPANY_NOUNS.map((n) => [n, COMPANY] as const),
  ["bank", /\bbank\b/],
  ["fund", /\bfund\b/],
  // "the Board": the latest bank's or fund's.
  ["board", /\b(?:bank|fund)\b/],
  ["lender", LENDING],
  ["institution", LENDING],
  ["financier", LENDING],
  ["bloc", UNION_OF_STATES],
  ["alliance", MILITARY_ALLIANCE],
  // "the agency" after the World Health Organization, the IAEA or UNRWA: a UN body of its kind.
  [
    "agency",
    /\b(?:agency|world health|organi[sz]ation for|programme|program|high commissioner|relief and works|unrwa|unhcr|unicef|unesco|iaea|wfp|fao|ilo|iom|undp|unfpa|unaids|unido|unops)\b/,
  ],
  ["union", /\b(?:union|association|federation|syndicate)\b/],
  ["association", /\b(?:association|federation|union|syndicate|chamber)\b/],
  ["federation", /\b(?:federation|association|union)\b/],
  ["confederation", /\b(?:confederation|federation)\b/],
  ["foundation", /\b(?:foundation|trust|fund)\b/],
  ["coalition", /\b(?:coalition|alliance|front|network|platform)\b/],
  ["network", /\b(?:network|alliance|coalition)\b/],
  ["syndicate", /\b(?:syndicate|union)\b/],
  ["movement", /\b(?:movement|houthis?|hamas|hezbollah|taliban)\b/],
  // "the House" after the House of Representatives: a legislature's name, not the White House.
  [
    "house",
    /\bhouse of (?:representatives|commons|lords|assembly|delegates|councillors|councilors|peoples?|nationalities|federation|keys)\b/,
  ],
  ["organisation", NOT_AN_OFFICE],
  ["organization", NOT_AN_OFFICE],
  ["group", NON_STATE],
  ["watchdog", NON_STATE],
  ["militia", NON_STATE],
  ["charity", NON_STATE],
  ["ngo", NON_STATE],
  // "the regional body", "the Geneva-based body": any body but a state's office.
  ["body", NOT_AN_OFFICE],
  // "the grouping" after BRICS or the G7; "the oil cartel" after OPEC.
  ["grouping", new RegExp(`${UNION_OF_STATES.source}|\\bgroup of\\b|\\bg ?\\d+\\b|\\bquad\\b`)],
  ["cartel", /\b(?:opec|cartel|petroleum exporting)\b/],
  ["tribunal", /\b(?:tribunal|court)\b/],
  ["court", /\b(?:court|tribunal)\b/],
  // "the party": any body the text shows to be one (its callers' test).
  ["party", /^/],
]);

/** "the world body": the United Nations. */
const WORLD_BODY = /\b(?:united nations|un)\b/;
/** "the regional body", "the continental body": a union of states. */
const REGION = /^(?:regional|continental|sub-regional|subregional)$/i;

/** "the military bloc", "the Western bloc": a bloc of arms, which an alliance is too. */
const ARMED_BLOC = /^(?:military|western|defen[cs]e)$/i;

/**
 * The test of the names (lowercase, words apart) a kind noun may stand for; the noun itself for a
 * kind not listed ("the court", "the commission").
 */
export function namesOfKind(kind: string, modifiers: readonly string[] = []): RegExp {
  const word = kind.toLowerCase().replace(/isation$/, "ization");
  if (word === "bloc" && modifiers.some((m) => ARMED_BLOC.test(m))) return ARMED_UNION;
  if (word === "body" && modifiers.some((m) => m.toLowerCase() === "world")) return WORLD_BODY;
  if (word === "body" && modifiers.some((m) => REGION.test(m))) return UNION_OF_STATES;
  return CLASSES.get(word) ?? wordTest(word);
}

const WORD_TESTS = new Map<string, RegExp>();

/** `\bword\b`, made once per word. */
function wordTest(word: string): RegExp {
  let test = WORD_TESTS.get(word);
  if (test === undefined) {
    test = new RegExp(`\\b${word.replace(/[^a-z-]/g, "")}\\b`);
    WORD_TESTS.set(word, test);
  }
  return test;
}

/**
 * Kinds that, capitalised, still stand for a body of their class whose name lacks the word: "the
 * Board" (a bank's), "the Alliance" (NATO), "the Agency" (the IAEA). Any other capitalised kind
 * ("the Party", "the Court") is short for a name that has it.
 */
const CLASS_WHEN_CAPITAL: ReadonlySet<string> = new Set([
  "board",
  "lender",
  "institution",
  "financier",
  "bloc",
  "alliance",
  "agency",
  "movement",
]);

export function classWhenCapital(kind: string): boolean {
  return CLASS_WHEN_CAPITAL.has(kind);
}

/**
 * What may stand between "the" and a kind noun that takes up a body: a word of its field ("the
 * rights group", "the oil giant"), a place, demonym or acronym ("the Kurdish group", "the UN agency"), or a
 * compound of its seat, size or sponsor ("the Vienna-based agency", "the 27-member bloc", "the
 * Saudi-led coalition").
 */
export const KIND_MODIFIER = String.raw`(?:regional|western|military|paramilitary|separatist|jihadist|extremist|insurgent|hardline|nationalist|far-right|far-left|right-wing|left-wing|rights|health|nuclear|rebel|armed|militant|ruling|opposition|campaign|advocacy|press-freedom|environmental|humanitarian|aid|global|continental|world|oversight|electoral|trade|defence|defense|oil|gas|mining|energy|tech|technology|telecoms?|shipping|steel|construction|engineering|chemicals?|arms|solar|logistics|pharmaceutical|media|\p{Lu}[\p{L}.]*|[\p{L}\d]+-(?:based|member|nation|country|strong|led|backed|headquartered))`;

/** Every kind noun of the table, as a pattern's alternatives ("bank|fund|…|company|firm|…"). */
export const KIND_NOUNS = [...CLASSES.keys()]
  .filter((k) => k !== "party" && k !== "house")
  .concat(["commission", "council", "court", "committee", "institute", "authority"])
  .join("|");
