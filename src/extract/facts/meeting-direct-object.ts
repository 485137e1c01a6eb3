import { mayStartTitle } from "../gazetteer/title-index.ts";
import type { Actor } from "../resolve/actor.ts";
import { isListGap } from "./meeting-list-gap.ts";
import { RELATIVE_ON_PREVIOUS } from "./meeting-list-relative.ts";

/** The first object right after the verb, and those listed with it: "hosted A and B". */
export function directObjects(
  text: string,
  start: number,
  end: number,
  right: readonly Actor[],
): Actor[] {
  const first = right[0];
  if (first === undefined || !isDirectObject(text.slice(end - start, first.start - start)))
    return [];
  const out = [first];
  // "sat down with A and with B": the verb's "with" said again before each (splitSeparateMeetings
  // then reads two meetings).
  const withVerb = /\bwith$/i.test(text.slice(0, end - start));
  for (const next of right.slice(1)) {
    // "received A, who arrived on Sunday, and B": a relative clause on A goes on to the list.
    const written = text
      .slice((out.at(-1)?.end ?? 0) - start, next.start - start)
      .replace(RELATIVE_ON_PREVIOUS, ",");
    const gap = withVerb ? written.replace(/^(\s*,?\s*and)\s+with\s/i, "$1 ") : written;
    // "hosted both prime ministers": a description standing for several is all of them.
    if (next.start !== first.start && !isListGap(gap)) break;
    out.push(next);
  }
  return out;
}

/**
 * "the outgoing commander of the … mission, ", "France's defence minister, ", "the leaders of the
 * two largest unions, ": a role (or several people's) before the names in apposition.
 */
const ROLE_APPOSITION =
  /^\s*(?:the|its|his|her|their|\p{L}[\p{L}.-]*['’]s)\s+(?:(?!(?:that|which|who|whom)\s)[\p{L}\p{N}()'’-]+\s+){0,10}?(?:commander|head|chief|leader|chairman|chairwoman|chair|director|secretary|minister|envoy|ambassador|president|governor|representative|officer|adviser|advisor|counterpart|commissioner|general|negotiator|delegate)s?\b(?:\s+[\p{L}\p{N}()'’-]+){0,8}?,\s/iu;

/**
 * "telephoned von der Leyen", "received de Klerk": the lowercase particles that open surnames,
 * left outside the name's span.
 */
const NAME_PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|dos|du|la|le|ter|zu)$/;

/**
 * "a Chinese delegation headed by", "a delegation of Republican members of the U.S. Congress led
 * by", "the rebel team headed by": the delegation, and who it is made of, before its head.
 */
const DELEGATION_HEAD =
  /^\s*(?:a|an|the)\s+(?:[\p{L}\p{N}_-]+\s+){0,2}?(?:delegation|group|team)\s+(?:from\s+(?:\p{L}[\p{L}-]*\s+)+|of\s+(?:[\p{L}\p{N}._-]+\s+){1,7}?)?(?:led|headed)\s+by\s/iu;

/** " in audience", ", at the Jubilee House,", " on Monday": adverbials before the object. */
const SHIFTED_ADVERBIAL =
  /^\s*,?\s*(?:(?:in\s+audience|(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening))?)\s*,?\s*)+(?=\S)/u;

/** "hosted Kenyan President William Ruto": only a title and a demonym stand between verb and object. */
function isDirectObject(text: string): boolean {
  // "received a Chinese delegation headed by Li Hongzhong", "a delegation of five U.S. senators
  // led by Roger Wicker": the delegation's head is met.
  const between = text
    // "received in audience the visiting minister", "received, at State House, B": an adverbial
    // may stand before a long object.
    .replace(SHIFTED_ADVERBIAL, " ")
    .replace(DELEGATION_HEAD, " ")
    // "received the outgoing commander of the MSS mission, Kenyan police officer Godfrey Otunge":
    // a role described before the name in apposition.
    .replace(ROLE_APPOSITION, " ");
  const words = between
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  return (
    // "welcomed the Emir of Kuwait, Sheikh Mishal": a title in apposition may take a comma.
    words.length <= 7 &&
    !/[;:]/.test(between) &&
    (!between.includes(",") || /,\s*$/.test(between.trim() + ",")) &&
    words.every(
      (w, i) =>
        isTitleWord(w) ||
        // "Kenyan police officer Godfrey Otunge": a lowercase word qualifying a title, also
        // before a place's name: "jailed Istanbul mayor Ekrem İmamoğlu".
        (/^[a-z]+$/.test(w) && qualifiesTitle(words, i)),
    )
  );
}

/** Whether the lowercase word `i` comes right before a title, or before a name and a title. */
function qualifiesTitle(words: readonly string[], i: number): boolean {
  const next = (words[i + 1] ?? "").replace(/,$/, "");
  if (mayStartTitle(next)) return true;
  return /^\p{Lu}/u.test(next) && mayStartTitle((words[i + 2] ?? "").replace(/,$/, ""));
}

/** A capitalised word, or a determiner or number before a title. */
// "his Togolese and Ivorian counterparts": demonyms may be coordinated.
const TITLE_WORD =
  /^(\p{Lu}|the$|his$|her$|their$|its$|visiting$|of$|both$|two$|three$|four$|and$)/u;

/** A word of a title, a demonym or a name before a person: "President", "Kenyan", "of", "von". */
function isTitleWord(word: string): boolean {
  const w = word.replace(/,$/, "");
  return (
    TITLE_WORD.test(w) ||
    mayStartTitle(w) ||
    NAME_PARTICLE.test(w) ||
    // "received the US chargé d'affaires, John McNamara": the rest of a diplomat's title.
    /^d['’]affaires$/i.test(w)
  );
}
