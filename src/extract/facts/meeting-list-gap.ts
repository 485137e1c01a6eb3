import { mayStartTitle } from "../gazetteer/title-index.ts";
import { portfolioTitleWords } from "./meeting-portfolio.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";

/** "… of Kenya", "… of the Philippines": the country a listed person is of. */
export const OF_COUNTRY = /^\s*of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u;

/** "and his host, ", "and her guest, ": the role a visit gives, set off before the name. */
const HOST_APPOSITION = /\b(?:his|her|their)\s+(?:host|guest)s?,/i;

/**
 * "and the head of the Qatari fund, ", "and its chief executive of the bank, ": a role over a
 * body, set off before the listed person's name in apposition.
 */
const HEAD_OF_APPOSITION =
  /^(?:the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:head|chief|leader|chairman|chairwoman|chair|director|governor|president|commander)(?:-general)?\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+,\s*$/u;

/** "the Taliban's defence minister,", "his finance minister,": a role its owner opens. */
const OWNED_ROLE = /^(?:the|his|her|their|its)\s/i;

/** "fund's", "minister's": a common noun's possessive, in lowercase. */
const POSSESSIVE_NOUN = /^\p{Ll}[\p{L}-]*['’]s$/u;

/**
 * The words between two people of one list: a comma, "and" or "together with", then at most a title, a demonym or
 * a possessive country ("and Guinea-Bissau's leader,", ", and Foreign Secretary").
 */
export function isListGap(gap: string): boolean {
  // "Ferdinand Marcos Jr. and U.S. President Joe Biden": the abbreviation's dot is the name's;
  // "Presidents William Ruto of Kenya, Yoweri Museveni of Uganda": so is the country after "of".
  const own = gap.replace(OF_COUNTRY, "");
  // "received Coale together with Ryzhenkov", "A, along with B, met C": one party, listed.
  // "a delegation led by A and including B": both in the group.
  const m = /^\.?\s*(?:,\s*(?:and\s+)?|and\s+(?:including\s+)?|as well as\s+)(.*)$/s.exec(
    own.replace(/^\s*,?\s*(?:together\s+with|along\s+with|alongside)\s/, ", "),
  );
  if (m === null) return false;
  if (HEAD_OF_APPOSITION.test(m[1] ?? "")) return true;
  const words = (m[1] ?? "")
    .replace(/,\s*$/, "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  // "…and Rwanda's infrastructure minister,": a title whose portfolio is written in lowercase.
  const portfolio = portfolioTitleWords(words);
  return (
    words.length <= 10 &&
    words.every(
      (w, i) =>
        CAPITAL_FIRST.test(w) ||
        // "Minister of International Relations and Cooperation", "Minister of State for
        // Financial Affairs": a capitalised title's "and" or "for".
        ((w === "and" || w === "for") &&
          CAPITAL_FIRST.test(words[i - 1] ?? "") &&
          CAPITAL_FIRST.test(words[i + 1] ?? "")) ||
        /^(?:the|his|her|their|its|visiting|of)$/i.test(w) ||
        mayStartTitle(w) ||
        // "and the fund's director-general,", "and the prime minister's wife,": the body or
        // office whose role the name in apposition holds.
        (POSSESSIVE_NOUN.test(w) &&
          (/^(?:the|its)$/i.test(words[i - 1] ?? "") || mayStartTitle(words[i - 1] ?? ""))) ||
        // "and his Polish counterpart, Deputy Prime Minister": the role set off before a title.
        /^(?:counterpart|minister|adviser|advisor|official)s?$|^counterparts?,$/i.test(w) ||
        // "and the Taliban's defence minister, Mullah": a role someone's, set off before an
        // honorific; not "Qatar's prime minister and foreign minister, Sheikh", one person's two.
        (/^(?:minister|adviser|advisor|official)s?,$/i.test(w) && OWNED_ROLE.test(m[1] ?? "")) ||
        // "A and his host, B,": the other party named, in apposition, by the role a visit gives.
        (/^(?:host|guest)s?,?$/i.test(w) && HOST_APPOSITION.test(m[1] ?? "")) ||
        i >= words.length - portfolio,
    )
  );
}
