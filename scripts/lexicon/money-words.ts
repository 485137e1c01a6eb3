/**
 * Builds src/extract/lexicon/money-words.json: the words of giving money (lending, granting,
 * investing, financing, pledging, allocating, disbursing) and of money that is not given (a price
 * or cost, a tax, a sale, revenue, a debt, trade, an estimate, a fine, a request), each with its
 * family, from WordNet 3.1 (scripts/lexicon/wordnet.ts). Each seed is one sense (synset) and how
 * deep below it its hyponyms are taken; a verb's nouns come by derivation pointers ("+") when the
 * noun's sense is one of money (noun.possession or noun.act). Words are written in their
 * inflected forms too ("lent", "pledged", "loans"; a verb's by inflect-verb.ts, as the stance
 * words' are), so run time looks a token up in a Map.
 *
 *   npx tsx scripts/lexicon/money-words.ts            writes the file
 *   npx tsx scripts/lexicon/money-words.ts --print    prints each seed's words, writes nothing
 */
import { writeFileSync } from "node:fs";
import { inflectVerb } from "./inflect-verb.ts";
import { WordNet, type Synset } from "./wordnet.ts";

export const OUT = "src/extract/lexicon/money-words.json";

/** One WordNet sense and the family its words belong to. */
interface Seed {
  readonly family: string;
  readonly id: string;
  /** How many hyponym levels below the sense are taken (0: the sense alone). */
  readonly depth: number;
  /** Whether the nouns derived from the verb's words come too ("donate" → "donation"). */
  readonly derive?: boolean;
}

/** Families of money given, first: a word in two families is the first one's. */
const SEEDS: readonly Seed[] = [
  { family: "lend", id: "verb:02329178", depth: 1, derive: true }, // lend, loan: give temporarily
  { family: "lend", id: "noun:13420126", depth: 1 }, // loan: the temporary provision of money
  { family: "lend", id: "noun:13399691", depth: 1 }, // credit: money available to borrow
  { family: "lend", id: "verb:02222646", depth: 0 }, // finance: provide on credit
  { family: "grant", id: "verb:02205200", depth: 1, derive: true }, // give as a present, donate…
  { family: "grant", id: "verb:02322074", depth: 0 }, // grant: bestow officially
  { family: "grant", id: "verb:02267085", depth: 0, derive: true }, // award: give as due
  { family: "grant", id: "noun:13287915", depth: 1 }, // grant: any monetary aid (subsidy…)
  { family: "grant", id: "noun:13286803", depth: 1 }, // aid: gift of money
  { family: "grant", id: "noun:01211710", depth: 0 }, // relief, succour: help in difficulty
  { family: "grant", id: "noun:01090092", depth: 0 }, // relief: aid for the needy
  { family: "grant", id: "noun:13291061", depth: 1 }, // contribution, donation
  { family: "grant", id: "noun:13290913", depth: 1 }, // contribution: an amount contributed
  { family: "grant", id: "verb:02313721", depth: 0 }, // contribute, chip in, kick in
  { family: "grant", id: "verb:02242564", depth: 0 }, // put up, contribute
  { family: "invest", id: "verb:02275982", depth: 0, derive: true }, // invest, put, commit
  { family: "invest", id: "noun:13354252", depth: 1 }, // investment: money invested
  { family: "finance", id: "verb:02220288", depth: 1, derive: true }, // fund, bankroll, absorb
  { family: "finance", id: "verb:02222048", depth: 1, derive: true }, // finance, back, seed
  { family: "finance", id: "verb:02221492", depth: 0, derive: true }, // subsidize
  { family: "finance", id: "verb:02221793", depth: 0 }, // subsidize (nations, forces)
  { family: "finance", id: "verb:00891261", depth: 0 }, // underwrite, subvention
  { family: "finance", id: "noun:13386871", depth: 1 }, // funding, financial support, backing
  { family: "finance", id: "verb:02335738", depth: 0, derive: true }, // capitalize: supply capital
  { family: "finance", id: "verb:02360802", depth: 0 }, // pour (money into)
  { family: "finance", id: "verb:02361109", depth: 0 }, // pump (money into)
  { family: "finance", id: "verb:02337623", depth: 0 }, // match: provide funds complementary to
  { family: "pledge", id: "verb:02304230", depth: 0 }, // pledge, subscribe: pay as a contribution
  { family: "pledge", id: "noun:07242432", depth: 0 }, // pledge, assurance: a binding commitment
  { family: "allocate", id: "verb:02238869", depth: 1, derive: true }, // allocate, apportion
  { family: "allocate", id: "verb:00726112", depth: 0 }, // earmark, set aside, appropriate
  { family: "allocate", id: "noun:13310490", depth: 1 }, // allocation, allotment
  { family: "disburse", id: "verb:02306463", depth: 0, derive: true }, // disburse, pay out
  { family: "disburse", id: "noun:01124470", depth: 0 }, // disbursement, outlay
  { family: "provide", id: "verb:02332196", depth: 0 }, // supply, provide, furnish
  { family: "provide", id: "verb:02302909", depth: 0 }, // extend, offer: make available
  { family: "provide", id: "verb:02301687", depth: 0 }, // offer: make available
  // Money that is not given.
  { family: "price", id: "noun:13296870", depth: 1 }, // cost: the total spent for goods
  { family: "price", id: "noun:13324337", depth: 1 }, // price: what is needed to purchase
  { family: "price", id: "verb:02356006", depth: 0 }, // price: determine the price of
  { family: "tax", id: "noun:13330021", depth: 2 }, // tax and its kinds (duty, tariff, excise…)
  { family: "tax", id: "noun:13329886", depth: 1 }, // levy
  { family: "tax", id: "noun:13278881", depth: 0 }, // royalty
  { family: "tax", id: "verb:02312527", depth: 0 }, // tax: levy a tax on
  { family: "sale", id: "verb:02247246", depth: 0, derive: true }, // sell
  { family: "sale", id: "verb:02211988", depth: 0, derive: true }, // buy, purchase
  { family: "sale", id: "noun:01116934", depth: 0 }, // sale: an instance of selling
  { family: "sale", id: "noun:00079838", depth: 0 }, // purchase: acquisition for payment
  { family: "revenue", id: "noun:13277590", depth: 1 }, // revenue, receipts
  { family: "revenue", id: "noun:13282815", depth: 0 }, // tax revenue
  { family: "revenue", id: "noun:13279261", depth: 1 }, // profit, earnings
  { family: "revenue", id: "noun:13276044", depth: 0 }, // income
  { family: "revenue", id: "verb:02294200", depth: 0 }, // earn, make, bring in
  { family: "debt", id: "noun:13418347", depth: 1 }, // debt and its kinds
  { family: "debt", id: "noun:13418616", depth: 0 }, // arrears
  { family: "debt", id: "verb:02258963", depth: 0 }, // owe: be obliged to pay
  { family: "debt", id: "verb:02258764", depth: 0 }, // owe: be in debt
  { family: "trade", id: "noun:01093829", depth: 1 }, // trade: commercial exchange
  { family: "trade", id: "verb:02351405", depth: 0, derive: true }, // export
  { family: "trade", id: "verb:02351132", depth: 0, derive: true }, // import
  { family: "estimate", id: "verb:00674352", depth: 0, derive: true }, // estimate, gauge
  { family: "estimate", id: "noun:06796455", depth: 0 }, // estimate: the likely cost of a job
  { family: "estimate", id: "verb:00696992", depth: 0, derive: true }, // value: fix the value of
  { family: "penalty", id: "noun:13322350", depth: 0 }, // fine, mulct
  { family: "penalty", id: "noun:13321578", depth: 0 }, // penalty: for not fulfilling a contract
  { family: "compensation", id: "noun:13303573", depth: 1 }, // compensation (damages, reparation…)
  { family: "compensation", id: "verb:02255433", depth: 0, derive: true }, // compensate, indemnify
  { family: "request", id: "verb:00754770", depth: 0, derive: true }, // request, ask for, call for
  { family: "request", id: "verb:02245263", depth: 0 }, // seek: try to get
  { family: "request", id: "verb:00757492", depth: 0 }, // appeal: request earnestly
  { family: "request", id: "verb:00767441", depth: 0 }, // apply: ask for
  { family: "request", id: "noun:06525755", depth: 0 }, // appeal, solicitation: for money
];

/**
 * Words a seed brings in that are not its news sense, with why: each would read ordinary news
 * words as money given or not given.
 */
const STOP: ReadonlyMap<string, string> = new Map([
  ["put", "'put' (invest) is every 'put'; the rules read 'put … into' themselves"],
  ["place", "'place' (invest) is mostly a place"],
  ["commit", "'commit' (invest) is also committing to a policy; the rules read commitments"],
  ["give", "'give' is in every sense of giving; the rules read it as a funding verb already"],
  ["back", "'back' (finance) is mostly 'back' of support or of returning"],
  ["seed", "'seed' (finance) is mostly a seed or a seeding"],
  ["match", "'match' is mostly a game or a likeness"],
  ["pour", "'pour' is mostly of liquids or of people"],
  ["pump", "'pump' is mostly of liquids"],
  ["leave", "'leave' (bequeath) is mostly leaving a place"],
  ["will", "'will' (bequeath) is the modal"],
  ["treat", "'treat' (give a gift) is mostly treating"],
  ["present", "'present' is mostly presenting or the present time"],
  ["render", "'render' is mostly making something so"],
  ["submit", "'submit' is mostly submitting a plan"],
  ["tender", "'tender' is mostly a call for bids"],
  ["deliver", "'deliver' is mostly delivering goods or a speech"],
  ["surrender", "'surrender' (give up) is of arms and land"],
  ["cede", "'cede' is of land"],
  ["give up", "'give up' is of claims"],
  ["distribute", "'distribute' is of goods as often as of money"],
  ["tip", "'tip' is mostly a hint or an edge"],
  ["fee", "'fee' (give a tip) is mostly a charge: left to no family"],
  ["bung", "'bung' (give a tip) is slang"],
  ["trust", "'trust' (extend credit) is mostly confidence"],
  ["advance", "'advance' (pay ahead) is mostly progress"],
  ["absorb", "'absorb' (take up payments) is mostly absorbing"],
  ["take over", "'take over' is mostly taking control"],
  ["make", "'make' (earn) is every 'make'"],
  ["clear", "'clear' (earn) is mostly clearing"],
  ["realize", "'realize' (earn) is mostly understanding"],
  ["realise", "'realise' (earn) is mostly understanding"],
  ["gain", "'gain' is of ground, votes and support as much as money"],
  ["net", "'net' is mostly the adjective ('net' figures)"],
  ["gross", "'gross' is mostly the adjective"],
  ["supply", "'supply' is of goods (arms, gas) as often as of money"],
  ["furnish", "'furnish' is of goods"],
  ["offer", "'offer' is also a proposal not yet made good; the rules read it"],
  ["extend", "'extend' is mostly extending a term or a deadline"],
  ["appropriate", "'appropriate' is mostly the adjective"],
  ["reserve", "'reserve' is mostly reserves held (assets), not money given"],
  ["allow", "'allow' is mostly permitting"],
  ["judge", "'judge' (estimate) is mostly a judge"],
  ["guess", "'guess' is no figure"],
  ["gauge", "'gauge' is mostly a track or a measure"],
  ["approximate", "'approximate' is mostly the adjective ('approximate cost')"],
  ["call for", "'call for' is mostly urging an action, which the stance rules read"],
  ["quest", "'quest' is no request of money"],
  ["bespeak", "'bespeak' is archaic"],
  ["apply", "'apply' is mostly applying a rule"],
  ["repair", "'repair' (compensate) is mostly repairing"],
  ["damage", "'damage' (price) is mostly harm"],
  ["terms", "'terms' (price) is mostly conditions"],
  ["support", "'support' (funding) is mostly political support"],
  ["backing", "'backing' (funding) is mostly political backing"],
  ["assurance", "'assurance' (pledge) is mostly words of comfort"],
  ["subscribe", "'subscribe' is mostly subscribing to a view"],
  ["collection", "'collection' (appeal for money) is mostly a collection of things"],
  ["ingathering", "'ingathering' is a harvest"],
  ["take in", "'take in' is mostly receiving people"],
  ["bring in", "'bring in' is mostly introducing a rule"],
  ["pull in", "'pull in' is of vehicles"],
  ["point", "'point' (a loan fee) is mostly a point made"],
  ["line", "'line' (credit line) is mostly a line; 'credit line' stays"],
  ["portion", "'portion' (a dowry) is mostly a part"],
  ["assignment", "'assignment' (a transfer by deed) is mostly a task"],
  ["cession", "'cession' is of land"],
  ["ceding", "'ceding' is of land"],
  ["hire out", "renting out is no money given"],
  ["rent out", "renting out is no money given"],
  ["farm out", "farming out is contracting work"],
  ["pass out", "'pass out' is mostly fainting"],
  ["raffle", "a lottery is no money given"],
  ["raffle off", "a lottery is no money given"],
  ["deed over", "a transfer of property"],
  ["championship", "'championship' (backing) is mostly a contest"],
  ["patronage", "'patronage' is mostly political favour"],
  ["backup", "'backup' is mostly a reserve or a copy"],
  ["prize", "a prize is no money given between parties"],
  ["presentation", "'presentation' is mostly a talk"],
  ["quota", "'quota' (allotment) is mostly a limit"],
  ["ration", "rationing is of goods"],
  ["ration out", "rationing is of goods"],
  ["storage allocation", "computing"],
  ["parceling", "dividing land"],
  ["parcelling", "dividing land"],
  ["assignation", "'assignation' is a tryst"],
  ["speculation", "'speculation' is mostly conjecture"],
  ["venture", "'venture' is mostly an undertaking, 'joint venture' a company"],
  ["capital", "'capital' is mostly a capital city"],
  ["capitalize", "'capitalize on' is taking advantage"],
  ["capitalise", "'capitalise on' is taking advantage"],
  ["welfare", "'welfare' is mostly well-being"],
  ["fellowship", "'fellowship' is mostly a body or comradeship"],
  ["scholarship", "'scholarship' is mostly learning"],
  ["traineeship", "a training post"],
  ["postdoctoral", "a research post"],
  ["postdoc", "a research post"],
  ["post doc", "a research post"],
  ["offering", "'offering' is mostly a share offering (a sale)"],
  ["charge", "'charge' is mostly an accusation"],
  ["payment", "a payment is money given as often as owed: no family"],
  ["expense", "'expense' is of a state's own outlay"],
  ["spending", "'spending' is a state's own outlay, its budget as often as money given"],
  ["outlay", "'outlay' is a state's own outlay"],
  ["steal", "'steal' (a bargain) is mostly stealing"],
  ["bargain", "'bargain' is mostly a deal struck"],
  ["killing", "'killing' is mostly a death"],
  ["cleanup", "'cleanup' is mostly cleaning"],
  ["margin", "'margin' is mostly a margin of votes"],
  ["markup", "'markup' is mostly a committee's markup of a bill"],
  ["accumulation", "'accumulation' is mostly a build-up"],
  ["dividend", "'dividend' is mostly a 'peace dividend'"],
  ["score", "'score' (a debt) is mostly a score"],
  ["principal", "'principal' is mostly the adjective"],
  ["counterbalance", "no money"],
  ["offset", "'offset' is mostly offsetting"],
  ["redress", "'redress' is mostly righting a wrong"],
  ["amends", "'amends' is of words"],
  ["invoke", "'invoke' is mostly citing a law"],
  ["windfall", "'windfall' heads a 'windfall tax' as often as a windfall profit"],
  ["portage", "carrying boats"],
  ["cash", "'cash' is money whoever pays it"],
  ["bid", "'bid' is mostly an attempt"],
  ["closing", "'closing' is mostly a closure"],
  ["spot", "'spot' is mostly a place"],
  ["marketing", "'marketing' is mostly promotion"],
  ["rates", "'rates' is mostly interest or exchange rates"],
  ["fast", "no money"],
  ["quick", "no money"],
  ["filthy", "no money"],
  ["single", "no money"],
  ["direct", "no money"],
  ["indirect", "no money"],
  ["special", "no money"],
  ["progressive", "no money"],
  ["graduated", "no money"],
  ["proportional", "no money"],
  ["degressive", "no money"],
  ["hidden", "no money"],
  ["property", "'property' is mostly property"],
  ["land", "'land' is land"],
  ["poll", "'poll' is mostly a survey or a vote"],
  ["poor", "no money"],
  ["estate", "'estate' is mostly land"],
  ["death", "no money"],
  ["transfer", "a transfer is of money given as often as of people or power: no family"],
  ["stamp", "no money"],
  ["bracket", "no money"],
  ["withholding", "'withholding' is mostly holding back money (the rules read it)"],
  ["box", "no money"],
  ["gate", "no money"],
  ["fair", "no money"],
  ["free", "no money"],
  ["economic", "no money"],
  ["national", "no money"],
  ["public", "no money"],
  ["bad", "no money"],
  ["installment", "'installment' is of a loan paid as often as owed"],
  ["value", "'value' is mostly worth in general"],
  ["duty", "'duty' is mostly an obligation"],
  ["highway robbery", "no money"],
  ["support level", "a market level"],
  ["physical value", "no money"],
  ["economic value", "no money"],
  ["bracket creep", "no money"],
  ["box office", "no money"],
  ["ask", "'ask' is mostly asking a question or to act"],
]);

/** Forms of a kept lemma whose news sense is another word's, with why. */
const FORM_STOP: ReadonlyMap<string, string> = new Map([
  ["owing", "'owing to' is mostly 'because of' ('$50 million owing to the drought'); 'owed' stays"],
]);

/** The forms of a noun: itself and its plural. */
function nounForms(lemma: string): string[] {
  if (lemma.includes(" ")) return [lemma];
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** The noun senses of money or of an act a verb's derivations may land on. */
const MONEY_NOUN_FILES = new Set([4, 21]);

/** The lemmas a seed brings, of one or two lowercase words, with the synsets they came from. */
function seedWords(wn: WordNet, seed: Seed): Map<string, Synset> {
  const root = wn.synset(seed.id);
  const out = new Map<string, Synset>();
  const senses = wn.below(root, seed.depth);
  const derived = seed.derive === true ? senses.flatMap((s) => wn.linked(s, "+")) : [];
  for (const s of [...senses, ...derived.filter((d) => MONEY_NOUN_FILES.has(d.lexFile))])
    for (const lemma of s.lemmas)
      if (/^[a-z]+(?: [a-z]+)?$/.test(lemma) && !out.has(lemma)) out.set(lemma, s);
  return out;
}

/** word form → family, in sorted order: what the extractor loads. */
export function buildMoneyWords(wn = new WordNet(), print = false): Record<string, string> {
  const words = new Map<string, string>();
  for (const seed of SEEDS) {
    const brought = seedWords(wn, seed);
    if (print) {
      const root = wn.synset(seed.id);
      console.log(
        `${seed.family} ${seed.id} [${root.lemmas.join(", ")}] — ${root.gloss.slice(0, 60)}`,
      );
    }
    for (const [lemma, s] of brought) {
      if (STOP.has(lemma)) {
        if (print) console.log(`   - ${lemma}: ${STOP.get(lemma)}`);
        continue;
      }
      const forms = s.pos === "verb" ? inflectVerb(lemma) : nounForms(lemma);
      if (print) console.log(`   + ${lemma} (${s.pos}) ${forms.join(" ")}`);
      for (const f of forms) if (!words.has(f) && !FORM_STOP.has(f)) words.set(f, seed.family);
    }
  }
  return Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function moneyWordsJson(wn?: WordNet): string {
  return `${JSON.stringify(buildMoneyWords(wn), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--print")) buildMoneyWords(new WordNet(), true);
  else {
    writeFileSync(OUT, moneyWordsJson());
    console.log(`wrote ${OUT}`);
  }
}
