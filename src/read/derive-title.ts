const MAX_TITLE = 100;

/**
 * The seed format has no title. Its hashtags are the editor's summary ("#Blinken #meets
 * #President …"), so they make the title when present; otherwise the first sentence, cut at a word
 * boundary near 100 characters.
 */
export function deriveTitle(hashtags: readonly string[], body: string): string {
  if (hashtags.length > 0) return capitalise(hashtagWords(hashtags));
  return truncateAtWord(firstSentence(body), MAX_TITLE);
}

/** The hashtags as words, joined by spaces (a loop: see nonEmptyLines in normalise-text.ts). */
function hashtagWords(hashtags: readonly string[]): string {
  let out = "";
  for (let i = 0; i < hashtags.length; i++)
    out += i === 0 ? splitHashtagWords(hashtags[i]!) : ` ${splitHashtagWords(hashtags[i]!)}`;
  return out;
}

/** "SouthAfrica": a lowercase letter before a capital (global: used by replace only). */
const CAMEL_JOIN = /(\p{Ll})(\p{Lu})/gu;

/** "#SouthChinaSea" and "#south_china_sea" read as words in a title. */
function splitHashtagWords(tag: string): string {
  return tag.replace(/[_-]+/g, " ").replace(CAMEL_JOIN, "$1 $2").trim();
}

/** A full stop, question or exclamation mark (and closing quotes) before a capital or a digit. */
const SENTENCE_END = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

function firstSentence(body: string): string {
  const paragraph = body.split("\n", 1)[0] ?? "";
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const before = paragraph.slice(0, match.index);
    if (!endsWithAbbreviation(before))
      return paragraph.slice(0, match.index + match[0].length).replace(/\.$/, "");
  }
  return paragraph.replace(/\.$/, "");
}

/** "U.S", "Mr": an initial or an abbreviation last, whose period ends no sentence. */
const ABBREVIATION_LAST =
  /(?:^|\s)(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Jr|Sr)$/u;

// "U.S. President …" or "Mr. Wang …" must not end the first sentence.
function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATION_LAST.test(text);
}

function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : text.slice(0, max)).replace(/[\s,;:]+$/, "")}…`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
