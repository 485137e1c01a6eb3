import { ROLE_HEADS } from "../gazetteer/titles.ts";
import type { Token } from "../text/tokenize.ts";

/**
 * Forms of address that open a name but are no part of it (README: honorifics are not part of
 * the name key): English ("Mr", "Dr", "Sir", a peer's "Lord" or "Baroness", as Tonga's nobles
 * also take it: "Lord Fakafanua"), Malaysian and Bruneian state honours ("Tun",
 * "Datuk", "Dato'"), Islamic clerical forms ("Mullah", "Maulana") and "Reverend".
 */
const OPENERS: ReadonlySet<string> = new Set([
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Dr",
  "Dr.",
  "Sir",
  "Dame",
  "Lord",
  "Baroness",
  "Tun",
  "Datuk",
  "Dato",
  "Datin",
  "Mullah",
  "Maulana",
  "Mawlana",
  "Mawlawi",
  "Mawlavi",
  "Maulvi",
  "Hojatoleslam",
  "Reverend",
  "Rev",
  "Rev.",
]);

/**
 * Honours of two words whose first word alone is not one: "Tan Sri", "Puan Sri", "Toh Puan". A
 * map, not an object: every capitalised word is looked up, and a word as an object's key costs
 * several times a map lookup.
 */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ["Tan", "Sri"],
  ["Puan", "Sri"],
  ["Toh", "Puan"],
]);

/**
 * A peer's style, which also opens offices ("Lord Mayor", "Lord Chancellor", "Lord Chief
 * Justice") and bodies named after the Lord ("the Lord's Resistance Army"): an honorific only
 * before a name that is not an office's head word.
 */
const PEERAGE: ReadonlySet<string> = new Set(["Lord", "Baroness"]);

/** The office heads, one word each, that a peer's style may open: "mayor", "chancellor". */
const OFFICE_WORDS: ReadonlySet<string> = new Set(ROLE_HEADS.filter((r) => !r.includes(" ")));

/** Words that continue an honour already opened: "Datuk Seri", "Dato' Paduka", "Tun Dr". */
const FOLLOWERS: ReadonlySet<string> = new Set([
  "Seri",
  "Sri",
  "Paduka",
  "Panglima",
  "Dr",
  "Dr.",
  "Haji",
  "Hajah",
]);

/** "Dato'", "Dr.": the stop or apostrophe written after an honour belongs to it. */
const TRAILING = /^(?:\.|'|’)$/;

/**
 * The index just past the honorific words that open a name at `i` ("Tun Dr Mahathir Mohamad",
 * "Datuk Seri Anwar Ibrahim", "Dato' Erywan Pehin Yusof", "Mullah Abdul Ghani Baradar"), or `i`
 * itself when none does. A name must follow: "Mr." alone is no prefix.
 */
export function honorificPrefixEnd(tokens: readonly Token[], i: number): number {
  let at = i;
  for (;;) {
    const word = tokens[at]?.text ?? "";
    let next: number;
    if (PEERAGE.has(word) && !peerStyle(tokens, at)) break;
    if (OPENERS.has(word) || (at > i && FOLLOWERS.has(word))) next = at + 1;
    else if (PAIRS.has(word) && tokens[at + 1]?.text === PAIRS.get(word)) next = at + 2;
    else break;
    if (TRAILING.test(tokens[next]?.text ?? "") && tokens[next]?.start === tokens[next - 1]?.end)
      next++;
    at = next;
  }
  return at > i && tokens[at]?.capitalized === true && !tokens[at]?.punct ? at : i;
}

/** Whether "Lord" at `at` styles the name after it, not an office or the Lord's own body. */
function peerStyle(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return tokens[at]?.possessive !== true && next !== undefined && !OFFICE_WORDS.has(next.lower);
}
