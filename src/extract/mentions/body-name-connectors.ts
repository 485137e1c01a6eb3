import { lookupCountryForm } from "../gazetteer/countries.ts";
import {
  DATE_WORDS,
  FUNCTION_WORDS,
  ORG_KEYWORDS,
  REGION_WORDS,
  TRADE_WORDS,
} from "../gazetteer/words.ts";
import { PORTFOLIO_WORDS } from "../gazetteer/portfolios.ts";
import { APOSTROPHE } from "../text/char-classes.ts";
import type { Token } from "../text/tokenize.ts";
import { extendWithOf, matchForm } from "./match-forms.ts";

/**
 * Nouns for a cause or a field, told by their ending, that a body's name may go on with after
 * "in": "…in Defence of the Coast", "Women in Mining", "…in Solidarity with…", "…for Reform in
 * Education", "…in Rural Practice". A town's name seldom ends so, and a capital is a country's,
 * tested apart.
 */
const FIELD_NOUN =
  /^\p{Lu}\p{Ll}+(?:nce|nse|tice|ing|ion|ity|ment|ure|ism|ship|ness|ics|ogy|acy)$/u;

/** Fields no ending tells: "Traders in Exile", "Partners in Health". */
const FIELD_WORDS: ReadonlySet<string> = new Set(["Exile", "Health", "Need", "Support"]);

/** Small words that open a name's cause in French, Spanish and Portuguese: "Front pour la…". */
const ROMANCE_JOINERS: ReadonlySet<string> = new Set([
  "pour",
  "para",
  "por",
  "contre",
  "contra",
  "de",
  "del",
  "des",
  "du",
  "da",
  "do",
  "dos",
  "das",
]);

/** Articles after such a joiner: "pour la Défense", "de los Pueblos", "de l'Ouest". */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(["la", "le", "les", "el", "los", "las", "l"]);

/** Words that join the parts of a name's cause: "…of Land and Territory", "…des Terres et…". */
const INNER_JOINERS: ReadonlySet<string> = new Set([
  "of",
  "and",
  "y",
  "e",
  "et",
  ...ROMANCE_JOINERS,
]);

/**
 * First words of a body's name in French, Spanish, Portuguese and Italian, whose name goes on
 * after them ("Coordinadora de Pueblos del Sur", "Parti des Travailleurs"). English heads are the
 * body keywords, which come last instead.
 */
export const ROMANCE_BODY_HEADS: ReadonlySet<string> = new Set([
  "Coordinadora",
  "Coordinación",
  "Frente",
  "Movimiento",
  "Movimento",
  "Mouvement",
  "Partido",
  "Parti",
  "Partito",
  "Unión",
  "União",
  "Confederación",
  "Confédération",
  "Confederação",
  "Federación",
  "Fédération",
  "Asociación",
  "Associação",
  "Consejo",
  "Conseil",
  "Conselho",
  "Comité",
  "Comisión",
  "Comissão",
  "Instituto",
  "Institut",
  "Fundación",
  "Fondation",
  "Fundação",
  "Asamblea",
  "Assemblée",
  "Assembleia",
  "Alianza",
  "Aliança",
  "Rassemblement",
  "Collectif",
  "Colectivo",
  "Coletivo",
  "Syndicat",
  "Sindicato",
  "Centrale",
  "Ligue",
  "Congrès",
  "Congreso",
  "Convergencia",
  "Plateforme",
  "Plataforma",
  "Réseau",
  "Observatoire",
  "Observatorio",
  "Organización",
  "Agrupación",
]);

/**
 * Where a body's name that reaches `end` really ends. A name goes on past a small word when what
 * follows reads as its cause, not as a new phrase of the sentence: "of"/"for"/"on" before
 * capitalised words ("the Institute for Studies on Water and Soil"), "in" before a field or a
 * cause ("the Network of Women in Mining", "…in Defence of Land and Territory"), "without" or
 * "against" before a capitalised name ("Engineers without Walls"), and a French or Spanish joiner
 * ("the Front pour la Défense des Terres"). A place, a country, a date or a lowercase word after
 * the small word ends the name: "the Commission in Brussels", "the Bank of Japan for years".
 */
export function bodyNameEnd(tokens: readonly Token[], end: number): number {
  for (;;) {
    const next = connectedEnd(tokens, end);
    if (next === undefined || next <= end) return end;
    end = next;
  }
}

function connectedEnd(tokens: readonly Token[], at: number): number | undefined {
  const word = tokens[at]?.text;
  if (word === undefined) return undefined;
  // "the Malawi Tobacco Growers' Association": the members' apostrophe, then the body's keyword.
  if (membersPossessive(tokens, at - 1) === 2) return keywordRunEnd(tokens, at + 1);
  if (word === "of" || word === "for" || word === "on") return extendWithOf(tokens, at, true);
  if (word === "in") return fieldAt(tokens, at + 1) ? causeEnd(tokens, at + 1) : undefined;
  // "the Army against Hamas": a known body after "against" is the other side, not the cause.
  if (word === "without" || word === "against")
    return matchForm(tokens, at + 1, "org") === undefined ? causeEnd(tokens, at + 1) : undefined;
  if (!ROMANCE_JOINERS.has(word)) return undefined;
  const from = ROMANCE_ARTICLES.has(tokens[at + 1]?.text ?? "") ? at + 2 : at + 1;
  return causeEnd(tokens, from);
}

/** How many capitalised words after "in" may qualify the field: "in Rural Practice". */
const FIELD_REACH = 3;

/** A field or cause opens at `at`: one of its first capitalised words is a field's noun. */
function fieldAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + FIELD_REACH && causeWord(tokens[k]); k++) {
    const text = tokens[k]!.text;
    // "…and Progress in Parliament": a body's own word ("Parliament", "Government") is another
    // body; a trade ("Mining", "Energy") is a field still.
    if (FIELD_NOUN.test(text) && (!ORG_KEYWORDS.has(text) || TRADE_WORDS.has(text))) return true;
    if (FIELD_WORDS.has(text)) return true;
  }
  return false;
}

/** A word that may open or go on with a name's cause: capitalised, no date, country or region. */
function causeWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.capitalized &&
    !t.punct &&
    !FUNCTION_WORDS.has(t.lower) &&
    !DATE_WORDS.has(t.lower) &&
    !REGION_WORDS.has(t.text)
  );
}

/**
 * The end of the cause a name goes on with from `from`: capitalised words, joined by "of", "and"
 * (or a Romance joiner) to more of them. Undefined when the first word is not such a word or is a
 * country or capital ("the Commission in Brussels").
 */
function causeEnd(tokens: readonly Token[], from: number): number | undefined {
  const first = tokens[from];
  if (!causeWord(first) || lookupCountryForm(first!.text) !== undefined) return undefined;
  let to = from;
  for (;;) {
    const t = tokens[to];
    if (causeWord(t)) {
      to++;
      if (t!.possessive) return to;
      continue;
    }
    if (t === undefined || !INNER_JOINERS.has(t.text)) return to;
    let next = to + 1;
    if (tokens[next]?.text === "the" || ROMANCE_ARTICLES.has(tokens[next]?.text ?? "")) next++;
    if (!causeWord(tokens[next])) return to;
    to = next;
  }
}

/** "Doctors", "Friends", "Reporters": a capitalised English plural, in plain letters. */
export const PLURAL_HEAD = /^[A-Z][a-z]+(?:[bdfghklmnprtw]s|ies|[a-z]es)$/;

/**
 * Where the body a title names begins, when its name goes on past a small word: "head of the
 * Union of Women in Agriculture", "Leaders of the Front pour la Démocratie", "a spokesman for
 * Teachers without Classrooms". The body opens after the title's first "of" or "for" (and "the")
 * with capitalised words that end in a body's word, open with a Romance body's head, or are a
 * plural before "without"; its name must reach the title's end. Undefined otherwise.
 */
export function bodyInTitle(
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined {
  let at = from;
  while (at < to && tokens[at]?.text !== "of" && tokens[at]?.text !== "for") at++;
  if (at >= to - 1) return undefined;
  const start = tokens[at + 1]?.text === "the" ? at + 2 : at + 1;
  let runEnd = start;
  while (runEnd < to && causeWord(tokens[runEnd])) runEnd++;
  if (runEnd === start || runEnd === to) return undefined;
  const last = tokens[runEnd - 1]!;
  const joiner = tokens[runEnd]?.text ?? "";
  // "Minister of Finance for Budget": a portfolio is no body.
  if (tokens.slice(start, runEnd).every((t) => PORTFOLIO_WORDS.has(t.lower))) return undefined;
  const headed =
    ORG_KEYWORDS.has(last.text) ||
    ROMANCE_BODY_HEADS.has(tokens[start]!.text) ||
    ((joiner === "without" || joiner === "against") && PLURAL_HEAD.test(last.text)) ||
    membersPossessive(tokens, runEnd - 1) === 2;
  return headed && bodyNameEnd(tokens, runEnd) === to ? start : undefined;
}

/** Plurals that take "'s", not a bare apostrophe: "Fishermen's", "Women's", "People's". */
const IRREGULAR_PLURAL = /(?:men|people|children)$/i;

/** A plural in "-s" before a bare apostrophe: "Engineers'". */
const S_PLURAL = /s$/;

/**
 * How far past token `p` the members' possessive reaches, when `p` is a plural in the possessive:
 * 1 for "Fishermen's" (one token), 2 for "Engineers" and a bare apostrophe; 0 otherwise.
 */
export function membersPossessive(tokens: readonly Token[], p: number): number {
  const t = tokens[p];
  if (t === undefined || t.punct) return 0;
  if (t.possessive) return IRREGULAR_PLURAL.test(t.text) ? 1 : 0;
  const next = tokens[p + 1];
  return next !== undefined &&
    next.start === t.end &&
    APOSTROPHE.test(next.text) &&
    S_PLURAL.test(t.text)
    ? 2
    : 0;
}

/** How many capitalised words a body's keyword run may have: "…' National Federation". */
const KEYWORD_REACH = 4;

/**
 * The end of a run of capitalised words from `head` that ends in a body's keyword ("Union",
 * "National Federation"), and of the name going on after it; undefined when no keyword ends it.
 */
export function keywordRunEnd(tokens: readonly Token[], head: number): number | undefined {
  let last = -1;
  for (let k = head; k < head + KEYWORD_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.punct || !t.capitalized || FUNCTION_WORDS.has(t.lower)) break;
    if (ORG_KEYWORDS.has(t.text)) last = k;
    if (t.possessive) break;
  }
  if (last < 0) return undefined;
  return tokens[last]!.possessive ? last + 1 : bodyNameEnd(tokens, last + 1);
}
