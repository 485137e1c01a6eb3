import type { Actor } from "../resolve/actor.ts";
import { agentAfterBy } from "./opposition-agent.ts";

/** "the government of Prime Minister Dahal", "the party of Imran Khan": the owner named after "of". */
const BODY_OF =
  /^(?:[\w-]+\s+)?(?:government|party|administration|regime|cabinet|camp|coalition|family|allies|supporters|forces|troops)\s+of\s+/i;

/** "jailed former prime minister": a few words of title or description before a name. */
const TITLE_WORDS = /^(?:[\w.'’-]+\s+){1,5}$/;

/** Counts and qualifiers that may stand before a demonym: "seven Iranian", "dozens of senior". */
const QUANTIFIERS =
  /^(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|more|some|other|dozens|hundreds|of|senior|top|leading|major|new|further|additional|repeated|continued|continuing|ongoing|recent|latest|persistent|state-owned|state-run)\s+)*$/i;

/**
 * People or bodies that act for their state: sanctioning "seven Iranian individuals" or
 * "Venezuelan officials" is a measure against the state whose demonym names them.
 */
export const STATE_MEMBERS = String.raw`individuals|officials|entities|companies|firms|banks|organi[sz]ations|nationals|diplomats|officers|generals|ministers|lawmakers|oligarchs|businessmen|tankers|vessels|ships|airlines|carriers|exporters|refineries|institutions|makers|manufacturers|producers|suppliers|traders`;

/** Nouns that say only that a state acted: "the American decision", "the U.S. sanctions". */
const BARE_ACTS = String.raw`decision|move|step|steps|measures?|actions?|announcement|sanctions|tariffs|approval`;

const TAKEN_BY = new RegExp(
  String.raw`^(?:[\w-]+\s+){0,3}?(?:${BARE_ACTS}|restrictions|curbs|bans?|embargo|penalties|duties|tariff)\s+(?:imposed|announced|adopted|taken|ordered|introduced|levied)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?`,
  "i",
);
/** After a demonym: the people or bodies that act for its state ("Venezuelan officials"). */
export const MEMBERS_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,2}?(?:${STATE_MEMBERS})\b`,
  "i",
);
const OWN_ACTS_AFTER =
  /^['’]s?\s+(?:\w+\s+)?(?:visit|trip|remarks|comments|statements?|embrace|recognition)\b/i;
const ACTS_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:${BARE_ACTS})\b`, "i");
/**
 * What a party says or insists on: "rejected Ankara's persistence in a position…", "dismissed
 * Seoul's objections", "hit back at Greek objections to the deal". Opposing it is opposing the
 * one who holds it, whatever follows the noun.
 */
const SPOKEN = String.raw`objections|position|stance|persistence|insistence|claims?|accusations|allegations|refusal|threats|rhetoric|protests?|complaints?|note|calls?`;
/**
 * How a state or body acts: "Morocco's policy in the territory", "Russia's interference". ("NATO's
 * attempts to expand", "China's demand for an apology", "Ethiopia's plan to fill the dam": what
 * the attempt, demand or plan is for says what.)
 */
const PURSUED = String.raw`polic(?:y|ies)|conduct|behaviou?r|provocations|interference|meddling|aggression|hostility|intransigence|obstruction|reluctance|attacks`;
/** Quotation marks may open the quoted words: "Madrid's \u201cpersistence in a position…\u201d". */
const SPOKEN_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+["“]?(?:${SPOKEN})\b`, "i");
const PURSUED_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+["“]?(?:${PURSUED})\b`, "i");
/** "condemned what it called Madrid's…": the speaker's label is not part of the phrase. */
const CALLED =
  /^\s*what\s+(?:it|they|he|she|we)\s+(?:calls?|called|describe[sd]?\s+as|terms?|termed)\s+["“]?/i;
/**
 * "rejected Bulgaria's demand that the minority be named": a demand told by nothing but its maker
 * (what follows is cut off as a clause) is its maker's; "China's demand for an apology" says what.
 */
const OWN_GOVERNMENT =
  /^['’]s?\s+(?:government|administration|regime|cabinet|leadership|leaders|rulers|authorities)$/i;
const BARE_DEMAND = /^['’]s?\s+(?:demands?|conditions?|ultimatum|insistence)$/i;

/**
 * "regrets the alignment of Burkina Faso and Niger with…", "condemned the decision of the junta to
 * expel…": a party's own act or words, with the party after "of", is the party's. ("the arrest of
 * two reporters" names whom the act befell, not who did it.)
 */
const ACT_OF = new RegExp(
  String.raw`^\s*["“]?(?:(?:the|its|their|this|that|these|those)\s+)?(?:[\w-]+\s+){0,3}?(?:${SPOKEN}|${PURSUED}|decision|move|actions|activities|alignment|remarks|comments|statements|attempts?)\s+of\s+(?:the\s+)?`,
  "i",
);

/**
 * The party a phrase of words stands for, when the words only name it indirectly: the owner of
 * a government or party, or the state behind its officials, firms or decisions.
 */
export function ownerOf(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  // "hit back at Seoul's objections": a possessive owns what follows; it is never a place.
  const inPhrase = actors.filter(
    (a) =>
      a.start >= phraseStart &&
      a.end <= phraseStart + phrase.length + 1 &&
      (!a.place || a.possessive),
  );
  const body = BODY_OF.exec(phrase);
  if (body !== null) {
    const ofEnd = phraseStart + body[0].length;
    const owner = inPhrase.find(
      (a) =>
        !a.possessive &&
        (a.start === ofEnd ||
          (a.label === "Person" && TITLE_WORDS.test(text.slice(ofEnd - start, a.start - start)))),
    );
    if (owner !== undefined) return owner;
  }
  // "the tariffs imposed by Washington": the party that took the measure.
  const by = TAKEN_BY.exec(phrase);
  if (by !== null) {
    const taker = inPhrase.find((a) => a.start === phraseStart + by[0].length && !a.possessive);
    if (taker !== undefined) return taker;
  }
  const agent = agentAfterBy(text, start, phraseStart, phrase, inPhrase);
  if (agent !== undefined) return agent;
  const of = ACT_OF.exec(text.slice(phraseStart - start));
  if (of !== null) {
    const agent = inPhrase.find((a) => a.start === phraseStart + of[0].length && !a.possessive);
    if (agent !== undefined) return agent;
  }
  return inPhrase.find((a) => {
    const after = text.slice(a.end - start);
    const before = text.slice(phraseStart - start, a.start - start).replace(CALLED, "");
    // "Hungarian Prime Minister Viktor Orban's visit": whoever made a visit or remarks.
    if (a.label === "Person" && OWN_ACTS_AFTER.test(after)) return TITLE_WORDS_ONLY.test(before);
    if (!QUANTIFIERS.test(before)) return false;
    if (a.possessive && BARE_DEMAND.test(phrase.slice(a.end - phraseStart))) return true;
    // "accused Sall's government of lying": the one whose government it is.
    if (a.possessive && OWN_GOVERNMENT.test(phrase.slice(a.end - phraseStart))) return true;
    // "the EU decision", "Lisbon's decision": whoever took the decision is what is opposed.
    if (ACTS_AFTER.test(after) || OWN_ACTS_AFTER.test(after)) return a.label !== "Person";
    // "Petro's accusations": a person's own words are the person's; "Rutte's plan" is a thing.
    if (SPOKEN_AFTER.test(after)) return true;
    if (PURSUED_AFTER.test(after)) return a.label !== "Person";
    return a.label === "Country" && !a.possessive && MEMBERS_AFTER.test(after);
  });
}

/** Capitalised words of a title before a name, or none. */
const TITLE_WORDS_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
