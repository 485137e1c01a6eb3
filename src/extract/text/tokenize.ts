import { foldForLookup } from "./slug.ts";

export interface Token {
  /** The word as written, without a trailing possessive "'s". */
  readonly text: string;
  /**
   * `text` lowercased, once here: the mention and pronoun rules look most words up in lowercase
   * sets, several per word, and lowercasing a word costs more than the lookup.
   */
  readonly lower: string;
  /**
   * `foldForLookup(text)`, once here: the country gazetteer looks up the first and the last word
   * of every span it tries folded, and most words are plain ASCII, whose fold is `lower`.
   */
  readonly folded: string;
  /** Offsets in the article body. */
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
  readonly capitalized: boolean;
  /** True for punctuation tokens (",", ";", quotes, dashes). */
  readonly punct: boolean;
}

// A word: letters/digits with inner apostrophes, dots, hyphens and ampersands ("U.S.", "O'Neill",
// "Indo-Pacific", "AT&T"); a trailing dot only after an initial or a dotted acronym.
const TOKEN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-&'’.](?=[\p{L}\p{N}]))*(?:\.(?<=(?:^|[\s(“"])\p{L}\.|\p{L}\.\p{L}\.))?|[^\s\p{L}\p{N}]/gu;

/** Tokenizes one sentence; offsets are shifted by `offset` to refer to the article body. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && isAsciiSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    let from = at;
    let to = asciiTokenEnd(text, at);
    if (to < 0) {
      // Past ASCII, TOKEN decides: it also skips any other space before the token.
      TOKEN.lastIndex = at;
      const match = TOKEN.exec(text);
      if (match === null) break;
      from = match.index;
      to = from + match[0].length;
    }
    tokens.push(tokenAt(text, from, to, offset));
    at = to;
  }
  TOKEN.lastIndex = 0;
  return tokens;
}

function tokenAt(text: string, from: number, to: number, offset: number): Token {
  const possessive =
    to - from > 2 && text.charCodeAt(to - 1) === 115 && isApostrophe(text.charCodeAt(to - 2));
  const word = text.slice(from, possessive ? to - 2 : to);
  const start = offset + from;
  const lower = lowerCased(word);
  return {
    text: word,
    lower,
    folded: isPrintableAscii(word) ? lower : foldForLookup(word),
    start,
    end: start + word.length,
    possessive,
    capitalized: isCapitalized(word),
    punct: isPunct(word),
  };
}

/**
 * `word.toLowerCase()`, without the call for a word with no capital ASCII letter and nothing
 * past ASCII (most words): lowercasing changes only those characters, so such a word is its
 * own lowercase.
 */
function lowerCased(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

/** What `foldForLookup` lowercases and leaves at that: printable ASCII (" " to "~"). */
function isPrintableAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** ' or ’, by character code. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Where the token starting at `at` ends, as TOKEN would find it, when the token and the
 * characters TOKEN looks at around it are all ASCII (most of English text); -1 otherwise, and
 * TOKEN itself is run. A regular-expression search per token costs more than the word itself.
 */
function asciiTokenEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first >= 128) return -1;
  // Anything else but a space, a letter or a digit is a token of its own.
  if (!isAsciiAlnum(first)) return at + 1;
  let to = at + 1;
  for (;;) {
    const c = to < text.length ? text.charCodeAt(to) : 32;
    if (c >= 128) return -1;
    if (isAsciiAlnum(c)) {
      to++;
      continue;
    }
    // "-", "&", "'", ".": inside a word only before a letter or digit.
    if (c === 45 || c === 38 || c === 39 || c === 46) {
      const next = to + 1 < text.length ? text.charCodeAt(to + 1) : 32;
      if (next >= 128) return -1;
      if (isAsciiAlnum(next)) {
        to++;
        continue;
      }
    }
    break;
  }
  if (text.charCodeAt(to) !== 46) return to;
  // A final stop after an initial ("J.") or a dotted acronym ("U.S.").
  const last = text.charCodeAt(to - 1);
  if (!isAsciiLetter(last)) return to;
  if (to - 1 === 0) return to + 1;
  const before = text.charCodeAt(to - 2);
  if (before >= 128) return -1;
  // Space, "(" or a straight double quote before the initial.
  if (isAsciiSpace(before) || before === 40 || before === 34) return to + 1;
  if (before !== 46 || to - 3 < 0) return to;
  const letter = text.charCodeAt(to - 3);
  if (letter >= 128) return -1;
  return isAsciiLetter(letter) ? to + 1 : to;
}

/** The ASCII characters `\s` matches: tab, line feed, vertical tab, form feed, return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** "Paris", "d'Estaing": a capital first, or after d' or l'. */
const CAPITALIZED = /^(?:\p{Lu}|[dl]['’]\p{Lu})/u;

// ASCII first: these run on every token, and most tokens are plain English words.

/** "d'Ivoire", "l'Aquila": an elided article before a capital is part of the name. */
function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && c !== 100 && c !== 108) return false;
  // "d" or "l" opens a name only before an apostrophe: "do", "last" are not tried further.
  if (c === 100 || c === 108) {
    const next = word.length > 1 ? word.charCodeAt(1) : 0;
    if (next !== 39 && next !== 0x2019) return false;
  }
  return CAPITALIZED.test(word);
}

function isPunct(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  return !/^[\p{L}\p{N}]/u.test(word);
}

/** The text a token range covers, words joined by single spaces. */
export function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    out += i === from || t.punct ? t.text : ` ${t.text}`;
  }
  return out;
}
