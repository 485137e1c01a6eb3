import type { Actor } from "../resolve/actor.ts";
import { isTitlePrefix, titledPerson } from "./opposition-title.ts";
import { GOVERNMENT_KIND } from "./opposition-reason.ts";

/**
 * Nouns for what a party says or how it acts, with no topic of their own: "the German
 * statement", "Lima's response", "the conduct of the Georgian government", "the government's
 * demand that…". Opposing one is opposing the party that said or did it. (Not "a German request
 * for ammunition": what is requested is a topic of its own.)
 */
const ACT_NOUNS = String.raw`statements?|remarks|demands?|comments?|words|rhetoric|tone|language|responses?|reactions?|reply|declarations?|announcements?|handling|conduct|behaviou?r|actions?|attitudes?|approach|posture|stance|positions?|interference|meddling|moves?|decisions?|choices?|treatment|refusal|criticism|threats?|accusations?|claims?|steps|provocations?|unilateralism|pressure|coercion|intimidation|blackmail|promises|speech(?:es)?|address|interview|letter|messages?|posts?|tweets?`;

/** Cheap test: one of ACT_NOUNS somewhere in a phrase. */
const ACT_HINT = new RegExp(String.raw`\b(?:${ACT_NOUNS})\b`, "i");

/**
 * "Norway's", "the Norwegian", "the Peruvian president's", each then up to two words before the
 * noun ("Norway's latest unilateral steps"): the owner's end to the noun.
 */
const BEFORE_NOUN = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:${ACT_NOUNS})\b`,
  "i",
);

/**
 * "the statement by Norway", "remarks made by President Duarte", "the conduct of the Georgian
 * government": the noun, then the party after "by", "of" or "from".
 */
const NOUN_THEN_OWNER = new RegExp(
  String.raw`^(?:[\w-]+\s+){0,2}?(${ACT_NOUNS})\s+(?:(?:made|issued|delivered|given|taken|voiced|used|posted|written|sent)\s+)?(by|of|from)\s+(?:the\s+)?`,
  "i",
);

/**
 * Nouns whose "of" names what is acted on, not who acts: "the handling of the floods", "the
 * treatment of Norwegian prisoners", "criticism of Norway".
 */
const OF_IS_OBJECT = /^(?:handling|treatment|refusal|criticism|choices?)$/i;

/**
 * "Peruvian president's remarks", "Georgian government's response": after a state's demonym, a
 * title or organ of that state with "'s", then the noun.
 */
const STATE_TITLE_POSSESSIVE = new RegExp(
  String.raw`^\s+((?:[\w-]+\s+){0,2}?[\w-]+)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:${ACT_NOUNS})\b`,
  "i",
);

/** "a passage of", "parts of", "the tone of the": a part or a quality of what follows. */
const PART_OF =
  /^(?:(?:a|an|the|some|several)\s+)?(?:passages?|parts?|portions?|sections?|content|contents|tone|wording|language|substance|thrust)\s+of\s+(?:the\s+)?/i;

/** "'s foreign minister", "'s embassy": an office of a state, to the end of the phrase. */
const UNNAMED_OFFICER =
  /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:minister|ministry|spokes(?:man|woman|person)|envoy|ambassador|embassy|government|president|leader|presidency|office)$/;

/** Determiners and counts before an owner: "the", "a", "its latest". */
const LEAD =
  /^(?:(?:the|a|an|its|their|this|that|these|those|latest|recent|repeated|new|continued|such)\s+)*$/i;

/** Quotation marks and spaces, nothing else. */
const QUOTES_ONLY = /^["“”\s]*$/;

/** "government", "authorities": a state's organs after its demonym, before "'s". */
const ORGAN = /^(?:government|authorities|leadership|administration|regime|side|junta)$/i;

/**
 * "rejected the German statement", "condemned the remarks by Peruvian President Maria Duarte",
 * "criticised the conduct of the Georgian government", "hit back at the Peruvian president's
 * comments": a party's words or acts, told by a noun that says nothing of a topic, stand for the
 * party. `phrase` is the object as read, starting at `phraseStart`.
 */
export function actOwner(
  text: string,
  start: number,
  objectStart: number,
  object: string,
  actors: readonly Actor[],
): Actor | undefined {
  if (!ACT_HINT.test(object)) return undefined;
  // "a passage of Kast's address", "the tone of the Peruvian statement": part of what a party
  // said is still the party's.
  // ("the tone of the Norwegian government" is the government's tone, read as it stands.)
  const cut = PART_OF.exec(object)?.[0].length ?? 0;
  const part = cut > 0 && ACT_HINT.test(object.slice(cut)) ? cut : 0;
  const phraseStart = objectStart + part;
  const phrase = object.slice(part);
  const phraseEnd = phraseStart + phrase.length;
  // A capital is a place, unless it speaks: "the response from Oslo".
  const inPhrase = actors.filter(
    (a) => a.start >= phraseStart && a.end <= phraseEnd + 1 && (!a.place || a.label === "Country"),
  );
  const first = inPhrase[0];
  const before = first === undefined ? "" : text.slice(phraseStart - start, first.start - start);
  // "President Maria Duarte's remarks": a person behind their title.
  if (
    first !== undefined &&
    (first.possessive || !first.place) &&
    (LEAD.test(before) || (first.label === "Person" && isTitlePrefix(before)))
  ) {
    const after = text.slice(first.end - start, phraseEnd - start);
    // "Norway's statement", "the Norwegian statement", "the NATO statement".
    if ((first.possessive || first.label !== "Person") && BEFORE_NOUN.test(after)) return first;
    // "Bolivian President Rosa Quispe's speech": the demonym describes the person titled after it.
    const person = first.label === "Country" ? titledPerson(text, start, first, inPhrase) : first;
    if (
      person !== first &&
      person.possessive &&
      BEFORE_NOUN.test(text.slice(person.end - start, phraseEnd - start))
    )
      return person;
    // "the Peruvian president's remarks": a state's officer speaks for the state.
    const titled = STATE_TITLE_POSSESSIVE.exec(after);
    if (
      titled !== null &&
      first.label === "Country" &&
      !first.possessive &&
      (ORGAN.test(titled[1]!) || isTitlePrefix(titled[1]!))
    )
      return first;
  }
  const lead = /^(?:(?:the|a|an|its|their)\s+)?/i.exec(phrase)![0].length;
  const m = NOUN_THEN_OWNER.exec(phrase.slice(lead));
  if (m === null || (m[2]!.toLowerCase() === "of" && OF_IS_OBJECT.test(m[1]!))) return undefined;
  const at = phraseStart + lead + m[0].length;
  // "comments by Peru's foreign minister": a state's officer, not named, speaks for the state.
  const officer = inPhrase.find((a) => a.start === at && a.possessive && a.label === "Country");
  if (
    officer !== undefined &&
    UNNAMED_OFFICER.test(text.slice(officer.end - start, phraseEnd - start))
  )
    return officer;
  const doer = inPhrase.find(
    (a) =>
      !a.possessive &&
      (!a.place || m[2]!.toLowerCase() === "from") &&
      (a.start === at ||
        // '"pressure and promises" from Beijing': a closing quotation mark left out of the phrase.
        (a.start > at &&
          a.start - at < 3 &&
          QUOTES_ONLY.test(text.slice(at - start, a.start - start))) ||
        (a.label === "Person" &&
          a.start - at < 60 &&
          isTitlePrefix(text.slice(at - start, a.start - start)))),
  );
  // "the remarks by Peruvian President Maria Duarte": the demonym describes the person titled after it.
  return doer === undefined ? undefined : titledPerson(text, start, doer, inPhrase);
}

/** "government's response", "the authorities' handling of…": a government's act, its state unnamed. */
const GOVERNMENT_ACT = new RegExp(
  String.raw`^(?:${GOVERNMENT_KIND}['’]s?|authorities['’]|administration['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:${ACT_NOUNS})\b`,
  "i",
);

/**
 * "criticised the government's handling", "slammed the authorities' response": the words or acts
 * of a government told only by its kind stand, like "the government" itself, for its state.
 */
export function isGovernmentAct(issue: string): boolean {
  return GOVERNMENT_ACT.test(issue);
}
