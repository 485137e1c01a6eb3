import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import { slugify } from "../text/slug.ts";

/**
 * A purpose named by a definite noun points back to the work the article named before: in "Chile
 * plans a cable car between Valparaíso and Viña del Mar. The CAF lent $90 million for the first
 * section of the line", the money is for the cable car, not for "the first section". Read by the
 * class of the purpose's head noun:
 * - a part or a work on something ("the first two sections of the line", "the second phase of the
 *   works on the dam", "repairs to the stadium") stands for that thing;
 * - a bare definite work ("for the canal", "for the same plant", "for the same project") is the
 *   last one of its kind the article named with words of its own ("the Toshka irrigation canal");
 * - a definite part with no "of" ("for the 180-kilometre section near Tabora") is a part of the
 *   last named work of any kind;
 * - a bare definite force, mission or facility ("to support the force", "€40 million for the
 *   mission") is the last one the article named with words of its own ("the new Gang Suppression
 *   Force", "a Pacific resilience facility"), and the body of that name when the article holds
 *   one (`orgs`, keys of the organisations named so far: "the African Union Support and
 *   Stabilization Mission" is org:stabilization-mission).
 * What it points back to must be found before the amount; else the purpose stays as written.
 */
export function pointedBack(
  recipient: Recipient | undefined,
  story: string | undefined,
  text: string,
  start: number,
  moneyStart: number,
  orgs: readonly string[] = [],
): Recipient | undefined {
  if (story === undefined || recipient === undefined || !("issue" in recipient)) return recipient;
  // "to build and equip the terminal": the purpose is the second verb's object.
  const issue = recipient.issue.replace(SECOND_VERB, "");
  const read = READING.exec(issue);
  if (read === null && !PART_ONLY.test(issue)) return recipient;
  const [, parts, same, head, tail] = read ?? [];
  if (tail !== undefined && tail.trim() !== "") return recipient;
  // "canal" from "for the canal": a bare work or part is read back only if it was definite.
  if (parts === undefined && same === undefined && !definiteIn(text, start, moneyStart, issue))
    return recipient;
  const before = `${story.slice(0, start)} ${text.slice(0, moneyStart - start)}`;
  const noun = head?.toLowerCase();
  const kind = noun !== undefined ? kindOf(noun) : LINEAR_PART.test(issue) ? LINEAR : ANY_WORK;
  // "the terminal" is the "Laldia Container Terminal" before it is the "Chittagong Port".
  const name =
    (noun === undefined || GENERIC_NOUN.test(noun)
      ? undefined
      : lastNamed(before, sameNoun(noun))) ?? lastNamed(before, kind);
  if (name === undefined) return recipient;
  return (
    (noun !== undefined && BODY_NOUN.test(noun) ? namedBody(name, orgs) : undefined) ??
    issueOf(name)
  );
}

/** The organisation of the article a body's name names: its key is the name, or a part of it. */
function namedBody(name: string, orgs: readonly string[]): Recipient | undefined {
  const slug = slugify(name);
  const key = orgs.find((k) => {
    const own = k.slice("org:".length);
    return (
      own.includes("-") &&
      (slug === own ||
        slug.startsWith(`${own}-`) ||
        slug.endsWith(`-${own}`) ||
        slug.includes(`-${own}-`))
    );
  });
  return key === undefined ? undefined : { actor: { key, label: "Organization" } };
}

/** Nouns of a stretch or stage of a work. */
const PART = String.raw`(?:sections?|phases?|stages?|stretch(?:es)?|segments?|legs?|parts?|portions?|lots?|components?)`;
/** Nouns of work done on a thing. */
const WORK = String.raw`(?:work|works|construction|building|repairs?|upgrad(?:e|es|ing)|expansion|extension|rehabilitation|moderni[sz]ation|completion|renovation|electrification|maintenance|dredging|deepening|widening|doubling)`;
/** Built works a report names and then calls by their kind. */
const CONCRETE = String.raw`(?:line|railway|railroad|link|road|highway|motorway|expressway|bridge|dam|port|harbou?r|terminal|airport|plant|station|refinery|pipeline|cable|interconnector|corridor|canal|tunnel|stadium|hospital|metro|tramway|reservoir|mine|smelter|factory|park|farm|hub|barrage|jetty|berth|runway|ring road|bypass)`;
/** A work named by no kind of its own. */
const GENERIC = String.raw`(?:project|scheme|programme|program|initiative|venture)`;
/** Bodies a report names and then calls by their kind: a force, a mission, a facility. */
const BODY = String.raw`(?:force|mission|facility)`;
const BODY_NOUN = new RegExp(`^${BODY}$`, "i");

/**
 * The purpose as the recipient phrase gives it, "the" already dropped: parts or works "of"/"to"/
 * "on" something ("first two sections of the line"), "same", then the head noun and what follows.
 */
const READING = new RegExp(
  String.raw`^((?:(?:[\w-]+\s+){0,3}?(?:${PART}|${WORK})\s+(?:of|to|on|at|for)\s+(?:the|this|that)\s+){1,2})?(same\s+)?(${CONCRETE}|${GENERIC}|${BODY})((?:\s+.*)?)$`,
  "i",
);
/** "first 273-kilometre section", "180-kilometre section near Tabora": a part alone. */
const PART_ONLY = new RegExp(
  String.raw`^(?:(?:first|second|third|fourth|fifth|final|last|next|remaining|initial|northern|southern|eastern|western|central|\d[\w-]*|two|three|four|five)\s+){1,3}(${PART})\b(?!\s+of\b)`,
  "i",
);

/** Words that share a referent: "the line" may be the "rail link" named before. */
const KINDS: readonly (readonly string[])[] = [
  ["line", "railway", "railroad", "link", "metro", "tramway"],
  ["road", "highway", "motorway", "expressway", "bypass", "ring road", "corridor"],
  ["port", "harbour", "harbor", "terminal", "jetty", "berth"],
  ["plant", "station", "park", "farm"],
  ["cable", "interconnector", "pipeline"],
];

const KIND_PATTERNS = new Map<string, RegExp>();

/** The pattern of the nouns a head may have been named by before. */
function sameNoun(noun: string): RegExp {
  let re = SAME_NOUN.get(noun);
  if (re === undefined) {
    re = new RegExp(String.raw`\b${noun}\b`, "gi");
    SAME_NOUN.set(noun, re);
  }
  return re;
}

const SAME_NOUN = new Map<string, RegExp>();

/** " and equip ", the second verb of "to build and equip the terminal", left in the purpose. */
const SECOND_VERB = /^(?:and|or)\s+[a-z]+\s+(?:the\s+)?/;

function kindOf(noun: string): RegExp {
  if (GENERIC_NOUN.test(noun)) return ANY_WORK;
  let re = KIND_PATTERNS.get(noun);
  if (re === undefined) {
    const words = KINDS.find((k) => k.includes(noun)) ?? [noun];
    re = new RegExp(String.raw`\b(?:${words.join("|")})\b`, "gi");
    KIND_PATTERNS.set(noun, re);
  }
  return re;
}

const GENERIC_NOUN = new RegExp(`^${GENERIC}$`, "i");
/** "the 180-kilometre section": a stretch, leg or segment is of a work that runs somewhere. */
const LINEAR_PART = /\b(?:sections?|stretch(?:es)?|segments?|legs?)\b/i;
const LINEAR =
  /\b(?:line|railway|railroad|link|road|highway|motorway|expressway|bypass|corridor|pipeline|cable|interconnector|canal|tunnel|metro|tramway)\b/gi;
const ANY_WORK = new RegExp(String.raw`\b(?:${CONCRETE}|${GENERIC})\b`, "gi");

/** Words that do not name a work on their own ("the new rail line", "its own line"). */
const WEAK =
  /^(?:rail|line|railway|road|port|plant|new|shared|same|whole|entire|planned|proposed|existing|old|own|current|first|second|third|main|big|bigger|biggest|large|larger|largest|long|longest|other|key|only|flagship|vast|huge|major)$/i;
/** Words a modifier run stops at, going back from the head. */
const STOP =
  /^(?:a|an|the|this|that|these|those|its|their|his|her|our|of|for|to|in|on|at|by|with|from|and|or|but|is|was|are|were|be|been|has|have|had|will|would|which|who|said|says)$/i;
/** "between Seville and Huelva", "near Sfax", "at Tarfaya": a place that names the work too. */
const PLACE_TAIL =
  /^\s+(?:(?:between|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:and|to)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|(?:at|near|in|on|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;
const CAPITALISED = /^\p{Lu}/u;
/** " to buy artillery shells", " for school meals": what a scheme is for, up to four words. */
const OWN_END =
  /^\s+(?:to\s+[a-z]+|for)(?:\s+(?!(?:from|in|at|by|with|which|that|and|is|was|has|will)\b)[\w'’-]+){1,4}/;
const POSSESSIVE = /['’]s?$/;

/**
 * The last work of `kind` in `before` named with words of its own: "Tanzania's standard gauge
 * railway", "a desalination plant near Sfax" — not a bare "the line" or "its own line".
 */
function lastNamed(before: string, kind: RegExp): string | undefined {
  let found: string | undefined;
  kind.lastIndex = 0;
  for (let m = kind.exec(before); m !== null; m = kind.exec(before)) {
    const words = before
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/\s+/)
      .filter(Boolean);
    const mods: string[] = [];
    let closed = false;
    while (words.length > 0 && mods.length < 5) {
      const word = (words.pop() as string).replace(/[(“"]/g, "");
      if (/[,;:.)”"]$/.test(word)) break;
      if (POSSESSIVE.test(word)) {
        if (CAPITALISED.test(word)) mods.unshift(word);
        closed = true;
        break;
      }
      if (STOP.test(word)) {
        closed = true;
        break;
      }
      mods.unshift(word);
    }
    if (!closed || !mods.some((w) => !WEAK.test(w) && !POSSESSIVE.test(w))) continue;
    const rest = before.slice(m.index + m[0].length);
    // "the Czech-led scheme to buy artillery shells": a scheme is named by its end too.
    const tail =
      PLACE_TAIL.exec(rest)?.[0] ??
      (GENERIC_NOUN.test(m[0]) ? (OWN_END.exec(rest)?.[0] ?? "") : "");
    found = `${mods.join(" ")} ${m[0]}${tail}`;
  }
  return found;
}

/** Whether the amount's words make the purpose definite: "for the canal", "to the same plant". */
function definiteIn(text: string, start: number, moneyStart: number, purpose: string): boolean {
  const after = text.slice(moneyStart - start, moneyStart - start + 200);
  const at = after.toLowerCase().indexOf(purpose.toLowerCase());
  return at > 0 && DEFINITE_LAST.test(after.slice(0, at));
}

/** "… for the ", "… to that ": a definite article right before the purpose. */
const DEFINITE_LAST = /\b(?:the|this|that)\s+$/i;
