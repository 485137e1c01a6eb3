/**
 * Writes src/extract/lexicon/org-kinds.json: lowercase words for kinds of institution, taken
 * from WordNet 3.1 noun.group senses (chosen by synset and depth below), for the mention finder.
 *
 * - organs: a body every state has one of, so that "the cabinet", "parliament" or "the central
 *   bank" alone names the state's own ("The cabinet approved the plan"); each word with the organ
 *   it names ("army" and "armed forces" both name a state's forces).
 * - kinds: heads of a state's body named by a common noun after the state ("Russia's central
 *   bank", "the Dominican migration authority", "Britain's export credit agency").
 *
 * `npx tsx scripts/lexicon/org-kinds.ts` rewrites the file; `--print` lists each sense and the
 * words it brings in, and the words left out with their reason.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Synset, WordNet } from "./wordnet.ts";

/** A sense to take, and how many hyponym levels below it. */
interface Seed {
  readonly id: string;
  readonly depth: number;
  readonly why: string;
  /** For organs: the organ its words name ("army" and "armed forces" are a state's forces). */
  readonly organ?: string;
}

const ORGAN_SEEDS: readonly Seed[] = [
  {
    id: "noun:08180172",
    depth: 2,
    why: "legislature: parliament, congress, senate, diet",
    organ: "legislature",
  },
  {
    id: "noun:08398551",
    depth: 0,
    why: "cabinet: ministers heading a government",
    organ: "cabinet",
  },
  {
    id: "noun:08366843",
    depth: 0,
    why: "central bank: a state's monetary authority",
    organ: "central bank",
  },
  {
    id: "noun:08137210",
    depth: 0,
    why: "treasury: the department of public revenue",
    organ: "treasury",
  },
  {
    id: "noun:08215965",
    depth: 0,
    why: "military, armed forces of a nation",
    organ: "armed forces",
  },
  { id: "noun:08208160", depth: 0, why: "army: a state's land forces", organ: "armed forces" },
  {
    id: "noun:08080966",
    depth: 0,
    why: "defence force: a state's forces as named",
    organ: "armed forces",
  },
  { id: "noun:08208631", depth: 0, why: "navy: a state's sea forces", organ: "navy" },
  {
    id: "noun:08212964",
    depth: 0,
    why: "air force: a state's airborne branch",
    organ: "air force",
  },
  { id: "noun:08226608", depth: 0, why: "police force", organ: "police" },
  {
    id: "noun:08068698",
    depth: 0,
    why: "royal court: the sovereign and advisers who govern",
    organ: "royal court",
  },
];

/**
 * Senses tried and left out of the kinds: agency (noun:08354251), financial institution
 * (noun:08071473), fund (noun:08087686) and utility (noun:08202676). After a state they describe
 * a body the article names ("Qatar's sovereign wealth fund" is the Qatar Investment Authority,
 * "France's development agency" the AFD): on dev they added a second body for one already named
 * more often than one the gold holds.
 */
const KIND_SEEDS: readonly Seed[] = [
  { id: "noun:08136796", depth: 1, why: "government department: ministry, treasury" },
  { id: "noun:08346380", depth: 1, why: "court: an assembly conducting judicial business" },
  { id: "noun:08341444", depth: 1, why: "committee, commission" },
  { id: "noun:08327879", depth: 1, why: "council: a body serving in an administrative capacity" },
  { id: "noun:08419399", depth: 1, why: "mission, embassy" },
];

/**
 * Words a seed brings in that do not name the body in news prose, with the reason. Keyed by
 * word: each is left out of both lists.
 */
const STOP: ReadonlyMap<string, string> = new Map([
  ["house", "a building or a family far more often than a legislature's chamber"],
  ["general assembly", "written capitalised as a name (UN General Assembly), never bare"],
  ["law-makers", "people, not the body"],
  ["law", "police sense is slang; 'the law' is a statute"],
  ["court", "organ list only via 'royal court': 'the court' alone is any law court"],
  ["defense", "the defence of a case, or a ministry's portfolio, more often than the forces"],
  ["defence", "the defence of a case, or a ministry's portfolio, more often than the forces"],
  ["reserve", "military reserve: 'reserves' are money in news"],
  ["war machine", "figurative"],
  ["military machine", "figurative"],
  ["jury", "a trial's jurors, not a standing body"],
  ["panel", "usually a discussion or a row of things"],
  ["board", "a plank or a company's directors, rarely a state's body"],
  ["vestry", "a church room"],
  ["conservancy", "a nature reserve"],
  ["soviet", "historical"],
  ["panchayet", "variant spelling"],
  ["punchayet", "variant spelling"],
  ["assizes", "historical English courts"],
  ["quarter sessions", "historical English courts"],
  ["moot court", "a students' exercise"],
  ["kangaroo court", "figurative"],
  ["chancery", "an embassy's office building in diplomatic news"],
  ["consistory", "church court"],
  ["judicature", "archaic"],
  ["delegation", "a party's visiting group, not a standing body"],
  ["deputation", "a party's visiting group, not a standing body"],
  ["delegacy", "a party's visiting group, not a standing body"],
  ["diet", "'the diet' is food; Japan's Diet is written capitalised"],
]);

/**
 * Organs that are heads of a state's body after its name ("the Lebanese cabinet", which the
 * mention finder reads already) but not alone: "the cabinet" is as often its meeting, or the
 * government the annotation reads as the state. Out of the organs, kept among the kinds. So is
 * "presidency", which WordNet holds only as an office and its term (noun.act, noun.time): on
 * dev, read alone, each made more bodies the gold does not hold than it does (cabinet 4 right,
 * 9 wrong; presidency 11 right, 17 wrong) and took FUNDS payers.
 */
const NOT_ALONE: ReadonlyMap<string, string> = new Map([
  ["cabinet", "its meeting, or the government as the state"],
  ["presidency", "WordNet: the office and its term; alone, the state"],
]);

/** Lemmas of one or two lowercase words (a capitalised lemma is a particular body's name). */
const PLAIN = /^[a-z][a-z-]*(?: [a-z][a-z-]*)?$/;

/** Each word the seeds bring in, with the organ of its seed (the word itself without one). */
function wordsOf(wn: WordNet, seeds: readonly Seed[], print: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const seed of seeds) {
    const taken: string[] = [];
    for (const s of wn.below(wn.synset(seed.id), seed.depth)) taken.push(...plainLemmas(s));
    if (print) console.log(`${seed.id} (${seed.why}), depth ${seed.depth}: ${taken.join(", ")}`);
    for (const w of taken) if (!STOP.has(w) && !out.has(w)) out.set(w, seed.organ ?? w);
  }
  return out;
}

function plainLemmas(s: Synset): string[] {
  // noun.group (14) only: a sense in another file is a thing, an act or a person.
  return s.lexFile === 14 ? s.lemmas.filter((l) => PLAIN.test(l)) : [];
}

/** The lexicon as written to the JSON file, sorted. */
export function buildOrgKinds(
  wn: WordNet,
  print = false,
): { organs: Record<string, string>; kinds: string[] } {
  const organs = wordsOf(wn, ORGAN_SEEDS, print);
  const kinds = new Set(wordsOf(wn, KIND_SEEDS, print).keys());
  for (const w of [...organs.keys(), ...NOT_ALONE.keys()]) kinds.add(w);
  for (const w of NOT_ALONE.keys()) organs.delete(w);
  if (print) for (const [w, why] of [...STOP, ...NOT_ALONE]) console.log(`left out: ${w} (${why})`);
  const sorted = [...organs.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return { organs: Object.fromEntries(sorted), kinds: [...kinds].sort() };
}

export const ORG_KINDS_PATH = join(
  import.meta.dirname,
  "..",
  "..",
  "src",
  "extract",
  "lexicon",
  "org-kinds.json",
);

export function orgKindsJson(wn: WordNet): string {
  return `${JSON.stringify(buildOrgKinds(wn), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wn = new WordNet();
  if (process.argv.includes("--print")) buildOrgKinds(wn, true);
  else writeFileSync(ORG_KINDS_PATH, orgKindsJson(wn));
}
