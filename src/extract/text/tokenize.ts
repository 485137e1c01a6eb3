export interface Token {
  /** The word as written, without a trailing possessive "'s". */
  readonly text: string;
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
  // Every token matches a character or more: the search goes on from where the last one ended.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith("’s"));
    const word = possessive ? raw.slice(0, -2) : raw;
    const start = offset + match.index;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      possessive,
      capitalized: isCapitalized(word),
      punct: isPunct(word),
    });
  }
  TOKEN.lastIndex = 0;
  return tokens;
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
