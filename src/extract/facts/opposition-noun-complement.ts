import { WEEKDAYS } from "../gazetteer/words.ts";
import { withoutDanglingTail } from "./opposition-phrase-tail.ts";

/** "monday", …, "sunday". */
const WEEKDAY = WEEKDAYS.join("|");

/**
 * Words that end a noun's complement: a time, a clause, a second conjunct. "a plan to drill for
 * oil in the Arctic on Monday" ends before "in"; "a resolution on whaling, which…" at the comma.
 */
const ENDS = new RegExp(
  String.raw`^(?:in|at|by|after|before|during|since|until|and|but|or|which|that|who|when|while|as|because|amid|despite|last|this|next|on\s+(?:${WEEKDAY})|(?:${WEEKDAY}|yesterday|today))\b`,
  "i",
);

/** "to drill…", "on whaling", "for a new tax", "against the dam": how a complement opens. */
const OPENS = /^\s+(to|on|for|against|over)\s+/i;

/** A word of a complement: letters, digits, hyphens and apostrophes. */
const WORD = /^[\p{L}\d][\p{L}\d'’-]*$/u;

/**
 * "a plan to drill for oil in the Arctic", "a resolution on whaling": what a noun named only by
 * its kind is about, told after it, up to five words (none when nothing follows). `after` is the
 * text right after the noun.
 */
export function complementAfter(after: string): string | undefined {
  const open = OPENS.exec(after);
  if (open === null) return undefined;
  const words: string[] = [open[1]!.toLowerCase()];
  let rest = after.slice(open[0].length);
  while (words.length < 6) {
    if (ENDS.test(rest)) break;
    const word = /^(\S+)(\s*)/.exec(rest);
    if (word === null) break;
    const bare = word[1]!.replace(/[,;:.!?"”)]+$/, "");
    if (!WORD.test(bare)) break;
    words.push(bare);
    if (bare !== word[1] || word[2] === "") break;
    rest = rest.slice(word[0].length);
  }
  const phrase = withoutDanglingTail(words.join(" "));
  return phrase.includes(" ") ? phrase : undefined;
}
