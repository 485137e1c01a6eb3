import { isTitlePrefix, titledPerson } from "./opposition-title.ts";
import type { Actor } from "../resolve/actor.ts";
import { LOWERCASE_FIRST } from "../text/char-classes.ts";
import { lookupCountryForm } from "../gazetteer/countries.ts";
import { REPORTED_SPEECH_VERBS } from "./speech-verbs.ts";

/** "Washington, Seoul and Tokyo": the list of parties around the nearest one, in order. */
export function coordinated(
  text: string,
  start: number,
  actors: readonly Actor[],
  direction: "forward" | "backward",
): Actor[] {
  // "…in Ukraine, and Washington warned": a place before the verb holds no stance; after it,
  // "drew condemnation from Beijing" names the one who holds it.
  const heads = withoutAsides(
    text,
    start,
    withoutTitleDemonyms(
      text,
      start,
      withoutModifiers(text, start, actors).filter((a) => direction === "forward" || !a.place),
    ),
  );
  const ordered = direction === "forward" ? heads : [...heads].reverse();
  const first = ordered[0];
  if (first === undefined) return [];
  const out = [first];
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] =
      direction === "forward" ? [ordered[i - 1], ordered[i]] : [ordered[i], ordered[i - 1]];
    if (a === undefined || b === undefined) break;
    const gap = withoutAside(a, text.slice(a.end - start, b.start - start));
    // "they" standing for several parties at once: all of them hold the stance.
    if (a.start === b.start) {
      out.push(ordered[i] as Actor);
      continue;
    }
    if (!listGap(gap, b)) break;
    out.push(ordered[i] as Actor);
  }
  // "The Archbishop of San Salvador, José Luis Escobar Alas,": commas alone set off an aside; a
  // list of parties has "and" in it.
  const inOrder = [...out].sort((a, b) => a.start - b.start);
  const joined = inOrder.some((a, i) => {
    const b = inOrder[i + 1];
    return b !== undefined && joinedBy(text, start, a, b, JOINT);
  });
  return out.length < 2 || joined ? out : [first];
}

/**
 * ", the leader of Comisiones Obreras (CCOO), and", ", of the UGT, and": an aside after a person's
 * name, a description (not a verb: ", spoke to Frederiksen, and…"), closed by a comma before the
 * "and" that goes on with the list.
 */
const PERSON_ASIDE =
  /^,\s+(?:(?:the|a|an)\s+|(?:\p{Ll}[\p{Ll}-]*\s+)?(?:of|for|at)\s+)[^,]{0,100},(?=\s+and\s)/u;

/** The words between a party of a list and the next, without an aside on the first. */
function withoutAside(a: Actor, gap: string): string {
  return a.label === "Person" ? gap.replace(PERSON_ASIDE, "") : gap;
}

/**
 * "Unai Sordo, the leader of Comisiones Obreras (CCOO), and Pepe Álvarez…": the parties an aside
 * on a listed person names are not in the list.
 */
function withoutAsides(text: string, start: number, actors: readonly Actor[]): Actor[] {
  const asides = actors.flatMap((p) => {
    const m = p.label === "Person" ? PERSON_ASIDE.exec(text.slice(p.end - start)) : null;
    return m === null ? [] : [[p.end, p.end + m[0].length] as const];
  });
  if (asides.length === 0) return [...actors];
  return actors.filter((a) => !asides.some(([from, to]) => a.start > from && a.end <= to));
}

/**
 * Whether `b` ends a list with `a` before it: joined by "and" — "Imran Khan, Pakistan
 * Tehreek-e-Insaf" is one party named twice — or standing together for a group ("the three
 * countries").
 */
export function endsList(text: string, start: number, a: Actor, b: Actor): boolean {
  return joinedBy(text, start, a, b, /\band\b|\bas well as\b/);
}

/** Whether `a` and `b` stand together ("they") or `joint` is in the words between them. */
function joinedBy(text: string, start: number, a: Actor, b: Actor, joint: RegExp): boolean {
  return a.start === b.start || joint.test(text.slice(a.end - start, b.start - start));
}

/**
 * What joins two parties of a list: ", ", " and ", ", and the ", "(,) as well as ", and the
 * comitative ", along with " and " together with " ("Britain, along with France, condemned…"), and
 * " and his / its " before an owner's own ("Tusk and his Civic Platform party").
 */
const LIST_JOIN =
  /^\s*(?:,?\s*(?:(?:along|together)\s+with|as\s+well\s+as)\s+|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|(?:his|her|its|their)\s+)?/;

/** A joint that makes parties a list rather than a name and its aside. */
const JOINT = /\band\b|\bas well as\b|\b(?:along|together) with\b/;

/**
 * "Macron and Chancellor Olaf Scholz", "Ruto, Ugandan President Yoweri Museveni and…": the
 * words between two parties of a list, which may end with the title of the person that follows.
 */
function listGap(gap: string, next: Actor): boolean {
  const join = LIST_JOIN.exec(gap);
  if (join === null) return false;
  const rest = gap.slice(join[0].length);
  return rest === "" || (next.label === "Person" && isTitlePrefix(rest));
}

/**
 * "French President Emmanuel Macron and German Chancellor Olaf Scholz": a demonym in a person's
 * title describes that person; the person, not the state, is the party of the list.
 */
function withoutTitleDemonyms(text: string, start: number, actors: readonly Actor[]): Actor[] {
  if (!actors.some((a) => a.label === "Person")) return [...actors];
  return actors.filter((a) => titledPerson(text, start, a, actors) === a);
}

/**
 * "The National Business Association of Colombia criticised…": a party joined to the one before
 * it by "of" or "in" is part of that party's name or description, not a party of its own.
 */
export function withoutModifiers(text: string, start: number, actors: readonly Actor[]): Actor[] {
  // "the foreign ministries of Britain, Canada and Australia": the rest of a list after "of" is
  // part of the name too.
  let dropped = false;
  return actors.filter((a, i) => {
    if (describesBody(text, start, a, actors[i + 1])) return false;
    const prev = actors[i - 1];
    const gap = prev === undefined ? "" : text.slice(prev.end - start, a.start - start);
    dropped =
      prev !== undefined &&
      (/^\s+(?:of|in|for|on)\s+(?:the\s+)?$/i.test(gap) ||
        // "The Awami League of ousted prime minister Sheikh Hasina": a person told by a title.
        (a.label === "Person" &&
          prev.label === "Organization" &&
          /^\s+(?:(?:party|movement|coalition|alliance|front|group)\s+)?of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,5}$/u.test(
            gap,
          )) ||
        (dropped && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(gap)));
    return !dropped;
  });
}

/**
 * "The Haitian rights group RNDDH", "the Kenyan opposition party ODM": a demonym before the
 * lowercase kind of a body named right after it describes that body; it is no party of its own.
 */
function describesBody(text: string, start: number, a: Actor, next: Actor | undefined): boolean {
  return (
    next !== undefined &&
    a.label === "Country" &&
    a.via === "country" &&
    !a.possessive &&
    next.label === "Organization" &&
    BODY_KIND_GAP.test(text.slice(a.end - start, next.start - start))
  );
}

/** Up to two lowercase words and a kind of body: " rights group ", " opposition party ". */
const BODY_KIND_GAP =
  /^\s+(?:[a-z-]+\s+){0,2}(?:group|party|organi[sz]ation|movement|coalition|alliance|union|association|federation|confederation|network|watchdog|agency|company|firm|giant|lender|charity|foundation|institute|society|league|front|forum|chamber|council|committee|militia|broadcaster|outlet|newspaper|daily|initiative|platform|collective)\s+$/;

/** "Nawaz Sharif, who leads the PML-N, criticised…": the relative clause is not the subject. */
export function outsideRelativeClause(text: string, start: number, at: number): number {
  const before = text.slice(0, at - start);
  // "…, both suspended from the bloc after their coups, warned": an appositive aside too, an
  // adverbial clause ("…, after the administration dismantled USAID, drew criticism"), and
  // "Belgium, where most of the money is held, warned", "Schmidt, the envoy whose rulings…, said",
  // "An Israeli raid, in which two people were killed, was condemned", "The bloc, to which both
  // states belong, said", "Members of Atajurt, a
  // group that campaigns for ethnic Kazakhs, staged…" ("that" and a verb: not "a decision that
  // Venezuela's vice-president, Delcy Rodríguez, criticised", whose subject it holds). The last
  // stretch of the aside may be long: "Van Hollen, who met the vice-president, Félix Ulloa, in
  // April during a visit to press for the release of a deported resident, said".
  const m =
    /,\s+(?:(?:in|on|at|to|of|into|among|against|during|under|through|from|for|with|by)\s+(?:which|whom|whose)|who|which|whose|where|after|before|when|while|since|because|although|despite|following|amid|both|all|each|itself|themselves|[a-z]+ed|(?:the|a|an)\s+[^,]*?\b(?:who|whose|which|where|that(?=\s+(?!(?:the|a|an|its|their|his|her|this|these|those|it|they|he|she|we)\b)[a-z]))\b)\b[^,]*(?:,[^,]{1,40}){0,2}(?:,[^,]{41,120})?,\s*(?:(?:has|have|had|also|twice|again|already|long|\w+ly)\s+)*$/.exec(
      before,
    );
  return m === null ? at : start + m.index;
}

/**
 * "Rubio accused Pretoria of… and criticised a new law": a verb joined to an earlier one by
 * "and", with no subject of its own, shares the earlier verb's subject.
 */
export function sharesSubject(text: string, start: number, at: number): boolean {
  // "welcomed the sanctions but criticised…", "and, in a letter announcing…, accused…": a
  // contrast or an aside between the verbs leaves the subject the same.
  // 'and "unequivocally condemned"': a quotation may open on the second verb.
  // "and has called…", "but had already rejected…": a perfect's auxiliary leaves it the same too,
  // unless the verb before is a relative clause's ("a line, which Jakarta has never recognised
  // and has rejected": Jakarta's).
  const head = text.slice(0, at - start);
  const joined = JOINED_VERB.exec(head);
  if (joined === null) return false;
  return (
    joined.groups?.["perfect"] === undefined || !OPEN_RELATIVE.test(head.slice(0, joined.index))
  );
}

/** "and ", "but, in a letter…, ", "and has already ": a second verb's conjunction, aside and auxiliary. */
const JOINED_VERB =
  /\b(?:and|but)\s*(?:,[^,]{1,120},\s*)?["“‘']?(?:(?<perfect>has|have|had)\s+)?(?:(?:\w+ly|also|later|then|again|since|already|now)\s+)?$/i;

/**
 * ", which Jakarta has never recognised ": a relative clause still open; "that" after a verb of
 * saying opens a reported clause, not a relative ("said that Jakarta had rejected … and has…").
 */
const OPEN_RELATIVE = new RegExp(
  String.raw`\b(?:which|who|whom|(?<!\b(?:${REPORTED_SPEECH_VERBS})\s+)that)\s+[^,;]*$`,
  "i",
);

/** ", Belarus's chargé d'affaires to the EU,": a role told with its owner, in lowercase. */
const OWNED_ROLE =
  /,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s?\s+\p{Ll}[^,]{0,60},\s*(?:\p{Ll}+ly\s+)?$/u;

/** Adverbs between an aside and its verb: "…, the French president, has also / again / swiftly". */
const ADVERBS_BEFORE_VERB = String.raw`(?:(?:\w+ly|also|again|already|later|then|too|still|once\s+more)\s+)*`;

/** A time phrase between an aside and its verb: "last week", "on Tuesday", "earlier this month". */
const TIME_BEFORE_VERB = String.raw`(?:(?:last|this|on|earlier|later|late|early)\s+(?:this\s+|last\s+)?\w+\s+)?`;

/**
 * "to the United Nations", "to the Security Council", "to NATO", "to Chile": where an envoy, a
 * mission or a delegation is sent, which is not whom it speaks for.
 */
const ACCREDITED_TO = String.raw`to\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,4}`;

/**
 * "The Chinese mission to the United Nations", "the U.S. delegation to the OSCE": after a state
 * named plainly (a demonym), an envoy or a mission sent to another party, right before the verb.
 */
export const SENT_BY_STATE = new RegExp(
  String.raw`^\s+(?:(?!(?:and|or|but)\s)[a-z-]+\s+){0,2}(?:embassy|mission|envoy|ambassador|representative|delegation|delegate)\s+${ACCREDITED_TO}\s+${TIME_BEFORE_VERB}(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)*$`,
  "u",
);

/**
 * "Pakistan's foreign office", "Russia's embassy in Managua", "Mali's junta on Monday": a state's
 * body or its rulers, named in lowercase after the state's possessive, wherever placed and
 * whenever they spoke, right before the verb.
 */
export const STATE_BODY = new RegExp(
  String.raw`^['’]s?\s+(?:[a-z-]+\s+){0,3}(?:office|ministry|government|embassy|mission|cabinet|presidency|administration|authorities|leadership|junta|regime|rulers|military|spokes(?:person|man|woman)|envoy|ambassador|representative|delegation|delegate)\s+(?:in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+|${ACCREDITED_TO}\s+)?${TIME_BEFORE_VERB}(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)*$`,
  "u",
);

/**
 * ", the exiled opposition leader,", ", foreign policy adviser to the president,", ", speaker of
 * the eastern-based parliament,", ", of the opposition Democratic Party (DP),", ", who chairs the
 * Communist Party,": an aside, opened in lowercase, that describes the party before it.
 */
const APPOSITIVE = new RegExp(
  String.raw`,\s+(?:(?:[Tt]he|[Aa]n?)\s+|(?:who|of)\s+|\p{Ll}[\p{Ll}-]*\s+(?:of|for|to|at)\s+|(?:leader|head|chair(?:man|woman)?|founder|secretary-general)\s+(?:of|for)\s+|(?=(?:\p{Ll}[^,]{0,60}?)?\b(?:adviser|advisor|aide|spokes(?:person|man|woman)|minister|secretary|director|chief|head|leader|chair(?:man|woman)?|envoy|ambassador|member|candidate|lawmaker|legislator|official|critic|deputy|governor|senator|commissioner|president|negotiator|representative)\b))[^,]{1,140},\s*${TIME_BEFORE_VERB}${ADVERBS_BEFORE_VERB}(?:(?:has|have|had)\s+)?${ADVERBS_BEFORE_VERB}$`,
  "u",
);

/**
 * "Sviatlana Tsikhanouskaya, the exiled Belarusian opposition leader, criticised…": a description
 * set off by commas after a party is that party's, so the party before it is the subject.
 */
export function beforeAppositive(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): number {
  // ", leader of the Centre Party and a former prime minister,", ", foreign policy adviser to
  // President Aliyev,": a role told without an article, in lowercase; and ", …, last week slammed":
  // a time phrase between the aside and the verb.
  const before = text.slice(0, at - start);
  const m = APPOSITIVE.exec(before) ?? OWNED_ROLE.exec(before);
  if (m === null) return at;
  const asideAt = start + m.index;
  const named = parties.some((a) => a.end === asideAt && !a.possessive && !a.place);
  return named ? asideAt : at;
}

/**
 * "Lebanon's foreign ministry condemned… and urged…": a national body named in lowercase after its
 * state's possessive speaks for that state (as STATE_BODY reads it for the first verb), in a verb
 * that shares its subject too.
 */
function owningState(
  text: string,
  start: number,
  body: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (body.label !== "Organization" || body.country === undefined) return undefined;
  if (!LOWERCASE_FIRST.test(text.slice(body.start - start, body.start - start + 1)))
    return undefined;
  const owner = parties.find(
    (a) =>
      a.possessive &&
      a.label === "Country" &&
      a.key === `country:${body.country}` &&
      a.end <= body.start &&
      /^['’]s?\s+(?:[a-z-]+\s+){0,3}$/.test(text.slice(a.end - start, body.start - start)),
  );
  return owner === undefined ? undefined : { ...owner, possessive: false };
}

/** A demonym before a lowercase title noun: "the Republican congressman", "a Chilean senator". */
const DEMONYM_OF_TITLE = /^\s+\p{Ll}/u;

/**
 * The party a relative pronoun (`relative`, matched in the sentence) stands for, the last named
 * before it: "Riley Moore, the Republican
 * congressman who has led…" — "who" stands for a person, and a demonym describing that person's
 * title in an aside is not its antecedent; the person named before it is.
 */
export function relativeAntecedent(
  text: string,
  start: number,
  relative: RegExpExecArray,
  parties: readonly Actor[],
): Actor | undefined {
  const before = withoutModifiers(text, start, parties).filter(
    (a) => a.end <= start + relative.index && !a.possessive,
  );
  const last = before.at(-1);
  if (last?.label !== "Country" || !/\bwho\b/i.test(relative[0])) return last;
  if (!DEMONYM_OF_TITLE.test(text.slice(last.end - start, last.end - start + 2))) return last;
  // Only a person the aside follows: "Biden spoke after the Chinese envoy who…" is the envoy's.
  const person = before.findLast((a) => a.label === "Person");
  return person !== undefined &&
    ASIDE_OPENING.test(text.slice(person.end - start, last.start - start))
    ? person
    : last;
}

/** What opens an aside on a person up to a demonym in it: ", the ", ", a former ". */
const ASIDE_OPENING = /^\s*,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A city's own bodies after its name: "the Nairobi city council", "Kyiv's municipal government". */
const CITY_BODY =
  /^(?:['’]s?)?\s+(?:city|municipal|metropolitan|county|town)\s+(?:council|government|hall|assembly|authorities|administration|legislature)\b/i;

/**
 * "The Nairobi city council condemned…": a capital named before its city's own body names the
 * city, not the state it otherwise stands for.
 */
export function cityBody(text: string, start: number, a: Actor): boolean {
  if (a.label !== "Country" || !CITY_BODY.test(text.slice(a.end - start, a.end - start + 40)))
    return false;
  // "Ukraine's municipal authorities", "Kenya's county government": a state named by its own name
  // keeps its bodies; only a city standing for it (its capital, its seat) is the city there.
  const form = lookupCountryForm(text.slice(a.start - start, a.end - start).replace(/['’]s?$/, ""));
  return form === undefined || form.kind === "capital" || form.kind === "seat";
}

/** Cheap test for cityBody: most sentences name no city's body. */
export const CITY_BODY_HINT = /city|municipal|metropolitan|county|town/i;

/**
 * "Foreign ministry spokesman Lin Jian said… and condemned…": a body named in the title of the
 * person after it is that person's title; the person is the subject a later verb shares.
 */
function organTitledPerson(
  text: string,
  start: number,
  body: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (body.label !== "Organization") return undefined;
  const person = parties.find((a) => a.label === "Person" && a.start >= body.end);
  return person !== undefined && isTitlePrefix(text.slice(body.end - start, person.start - start))
    ? person
    : undefined;
}

/**
 * The party a verb sharing the subject of an earlier one takes for `first`, the first party of
 * its sentence, when that is a body: its state (owningState) or the person whose title names it
 * (organTitledPerson).
 */
export function sharedSubjectParty(
  text: string,
  start: number,
  first: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  return owningState(text, start, first, parties) ?? organTitledPerson(text, start, first, parties);
}
