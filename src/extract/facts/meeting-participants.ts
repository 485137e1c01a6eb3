import type { Actor } from "../resolve/actor.ts";
import { WENT } from "./meeting-going-verbs.ts";
import { COMPANION_ASIDE } from "./meeting-companions.ts";
import { execAll } from "../text/exec-all.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd, uniqueByKey } from "./clause.ts";
import { openingList } from "./meeting-clause-subject.ts";
import { countedGroup, onlyListed, wordsBefore } from "./meeting-counted.ts";
import { isListGap, OF_COUNTRY } from "./meeting-list-gap.ts";
import { ASIDE, inOwnClause, NEW_CLAUSE } from "./meeting-list-end.ts";
import { directObjects } from "./meeting-direct-object.ts";
import { groupMembers, type GroupMembers } from "./meeting-named-group.ts";
import { frontedSourceEnd, trailingSourceAt } from "./meeting-reporter.ts";
import { outsideTopic } from "./meeting-topic.ts";
import { sentFrom } from "./meeting-control.ts";
import { participleOpening } from "./meeting-participle.ts";
import { listRelatives } from "./meeting-list-relative.ts";
import type { Trigger } from "./meeting-triggers.ts";

/** Who took part in a meeting: everyone found, the first `subjects` of them its subjects. */
export interface Participants {
  all: Actor[];
  subjects: number;
}

/** What of a trigger says how its participants are read. */
export type Reading = Pick<Trigger, "shape" | "direct" | "fronted" | "wholeSubject" | "owner">;

/**
 * "held talks with B and flew to Benghazi to meet C": the subject goes on somewhere with a verb of
 * going; those named after it are the objects of what it does there, not of the verb before.
 */
const GONE_ON = new RegExp(
  String.raw`\s(?:and|then)\s+(?:then\s+|later\s+)?(?:${WENT})\s+(?:on\s+)?to\b`,
);

/** " and later had", " and flew": a second verb of the subject, irregular past tenses too. */
const SECOND_VERB = new RegExp(
  String.raw`\b(?:and|but)\s+(?:later\s+|then\s+|also\s+)?(?:[a-z]+(?:ed|s)|had|held|made|took|gave|sat|spoke|met|${WENT}|came|rode)\b`,
);

/** "a meeting", "the meeting", "their meeting" with no "with": a noun, at the end of the text. */
const NOUN_MEETING = /\b(?:a|an|the|this|that|their|his|her|its|another)\s+meeting$/i;

/** The end of the clause to the right of `from`, also at a new subject's clause or an aside. */
function rightEnd(text: string, start: number, from: number, asides = true): number {
  // "met Museveni as well as Samia Suluhu Hassan": a list, not a new clause, after a meeting verb.
  const listed = text.includes("as well as")
    ? text.replace(/\bas well as\b/g, (w) => "and".padEnd(w.length))
    : text;
  const end = rightClauseEnd(listed, start, from);
  const clause = text.slice(from - start, end - start);
  const stops = [
    NEW_CLAUSE.exec(clause),
    GONE_ON.exec(clause),
    asides ? ASIDE.exec(clause) : null,
  ].filter((m) => m !== null);
  // "…met Hassan on Monday, spokesman Korir Sing'oei said": the source is no party.
  const source = trailingSourceAt(text.slice(from - start));
  const cut = source < 0 ? end : Math.min(end, from + source);
  return stops.length === 0 ? cut : Math.min(cut, from + Math.min(...stops.map((m) => m.index)));
}

/**
 * Before the first person after "between": two other parties listed, the clause's own verb, then
 * a comma ("between Kinshasa and the rebels has stalled since January, ").
 */
const OTHER_PAIR_CLOSED =
  /^\s+[^,;]*?\S\s+and\s+[^,;]*?\b(?:has|have|had|is|are|was|were|will|would|could|did|does|do)\b[^,;]*,/;

export function possessiveParticipants(
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
  possessors: readonly Actor[],
): Participants {
  const owner = possessors.filter((a) => a.end <= at && at - a.end <= 30).at(-1);
  // "Lobo's talks with the Nordic ministers: A, B and C": the people of a group met too.
  const others = withGroupMembers(
    actorsBetween(people, end, rightEnd(text, start, end)),
    groupMembers(text, start, end, people),
  );
  if (owner === undefined || others.length === 0) return { all: [], subjects: 0 };
  return { all: uniqueByKey([owner, ...others]), subjects: 1 };
}

export function participantsOf(
  trigger: Reading,
  text: string,
  start: number,
  at: number,
  end: number,
  people: readonly Actor[],
): Participants {
  // "…, a meeting Museveni welcomed": after a determiner "meeting" is a noun, not a verb whose
  // object follows ("the meeting with B" keeps its "with").
  const head = text.slice(0, end - start);
  if (
    trigger.shape === "verb" &&
    head.slice(-7).toLowerCase() === "meeting" &&
    NOUN_MEETING.test(head)
  )
    return { all: [], subjects: 0 };
  // "According to spokesman X, A was received by B": the source is no party.
  // "Ruto sent his minister to meet Hassan": the one sent meets, not the sender.
  const from = Math.max(
    subjectClauseStart(text, start, at),
    start + frontedSourceEnd(text),
    start + sentFrom(text.slice(0, at - start)),
  );
  const left = outsideAsides(text, start, actorsBetween(people, from, at), at).filter(
    (a) => !isPredicate(text, start, a),
  );
  // "talks between the leaders since…": a list after "between" is read to the clause's end —
  // not into a clause of its own ("The meeting between A and B came as C criticised D").
  if (trigger.shape === "between") {
    const after = peopleAfter(text, start, end, people, false);
    // "talks between Kinshasa and the rebels have stalled since January, A received B": the
    // list after "between" closed on other parties before the comma; those named past it are
    // another clause's.
    const first = after[0];
    if (first !== undefined && OTHER_PAIR_CLOSED.test(text.slice(end - start, first.start - start)))
      return { all: [], subjects: 0 };
    return {
      all: uniqueByKey(after.filter((a) => !inOwnClause(text, start, end, a))),
      subjects: 0,
    };
  }
  if (trigger.shape === "list") {
    // The list may sit between dashes; it ends where a relative clause starts.
    const stop = /\b(?:which|who|that)\b|[;.]/.exec(text.slice(end - start));
    return {
      all: uniqueByKey(
        actorsBetween(people, end, stop === null ? start + text.length : end + stop.index),
      ),
      subjects: 0,
    };
  }
  if (trigger.shape === "since") {
    // The last two people named before it: the clause's subject and the one it speaks of
    // ("A has not spoken to B since March": B stands inside the match).
    const named = [...left, ...actorsBetween(people, at, end)];
    const before = uniqueByKey(named.reverse()).slice(0, 2).reverse();
    return before.length === 2 ? { all: before, subjects: 1 } : { all: [], subjects: 0 };
  }
  if (trigger.shape === "their") {
    // The two first people of the main clause after the fronted phrase's comma.
    const comma = text.indexOf(",", end - start);
    if (comma < 0) return { all: [], subjects: 0 };
    const after = actorsBetween(people, start + comma, start + text.length);
    const first = after[0];
    const second =
      first === undefined
        ? undefined
        : actorsBetween(people, first.end, objectEnd(text, start, first.end)).find(
            (a) => a.key !== first.key,
          );
    return first === undefined || second === undefined
      ? { all: [], subjects: 0 }
      : { all: [first, second], subjects: 1 };
  }
  if (trigger.shape === "fronted") {
    // "During talks with the envoys, A and B, C said…": the group's people, and the comma after.
    const group = groupMembers(text, start, end, people);
    const listed = group?.members.at(-1);
    const comma =
      listed === undefined
        ? frontedComma(text, start, end, people)
        : text.indexOf(",", listed.end - start);
    // "…remarks she made in a leaked telephone conversation with Hun Sen": not fronted, the
    // clause's subject before it takes part, and the others are read to the clause's end ("with
    // the Fund's deputy managing director, Kenji Okamura").
    const inClause = left.length > 0;
    const others = withGroupMembers(
      actorsBetween(
        people,
        end,
        inClause ? rightEnd(text, start, end) : comma < 0 ? start + text.length : start + comma,
      ),
      group,
    );
    const subject =
      left.at(-1) ??
      (comma < 0 ? undefined : actorsBetween(people, start + comma, start + text.length)[0]);
    if (subject === undefined || others.length === 0) return { all: [], subjects: 0 };
    return { all: uniqueByKey([subject, ...others]), subjects: 1 };
  }
  if (trigger.shape === "group" || trigger.shape === "together") {
    // "A and B laid a wreath before sitting down for talks": the subject is the sentence's; but
    // one person in the clause is its own subject ("…, a month after Kim met Putin"). "A and B
    // met" takes only a subject listed together: "Šuica held talks with Shaibani, and Falconer
    // met him" does not make Šuica meet Falconer — unless "the two leaders met" says who.
    let group: Actor[] = [];
    if (left.length >= 2) {
      const before = wordsBefore(text, start, left, at);
      group = onlyListed(trigger.shape === "together", before, text, start, end)
        ? listedSubjects(text, start, left, at, true)
        : countedGroup(before, left);
    } else if (left.length === 0) {
      const named = actorsBetween(people, start, at);
      group = countedGroup(wordsBefore(text, start, named, at), named);
    }
    const all =
      group.length >= 2 || trigger.fronted !== true
        ? group
        : frontedSubjects(text, start, end, people);
    return { all: all.length >= 2 ? uniqueByKey(all) : [], subjects: 0 };
  }
  if (trigger.shape === "subjects") {
    const subjects = listedSubjects(text, start, left, at);
    return { all: subjects.length >= 2 ? subjects : [], subjects: 0 };
  }
  const right = withinAside(text, start, at, peopleAfter(text, start, end, people, true));
  // "met the Nordic prime ministers: A, B and C": the people a group object is made of.
  const group = groupMembers(text, start, end, people);
  const objects = withGroupMembers(
    trigger.direct ? directObjects(text, start, end, right) : right,
    group,
  );
  // "Nägeli announced the grant after meeting Qahhorzoda": a participle's subject is the main
  // clause's — its opening list, not the object named last ("Vučić received B hours after his
  // call with C"); so is a verb's after "and then" ("A held talks with B, and then met C").
  const participle = participleOpening(text, at - start, end - start);
  if (left.length === 0 && participle !== null) {
    const to = start + participle.index;
    const main = openingList(
      text,
      start,
      actorsBetween(people, leftClauseStart(text, start, to), to),
    );
    if (main.length > 0 && objects.length > 0)
      return { all: uniqueByKey([...main, ...objects]), subjects: main.length };
    // "After meeting Merz on Monday, Macron said…": fronted, the subject follows the comma —
    // after the people of a group met ("After meeting the envoys, A and B, Macron said…").
    const comma =
      start +
      (group === undefined
        ? frontedComma(text, start, end, people)
        : text.indexOf(",", (group.members.at(-1)?.end ?? end) - start));
    const subject =
      main.length === 0 && comma >= start && frontedLead(text.slice(0, participle.index))
        ? actorsBetween(people, comma, start + text.length)[0]
        : undefined;
    // Only an object right after the verb: not "After meeting resistance from X, Y…".
    const fronted =
      subject === undefined
        ? []
        : (trigger.direct
            ? objects
            : withGroupMembers(directObjects(text, start, end, right), group)
          ).filter((o) => o.end <= comma);
    if (subject !== undefined && fronted.length > 0)
      return { all: uniqueByKey([subject, ...fronted]), subjects: 1 };
  }
  // "Tunisia and the EU signed the memorandum in the presence of A, B and C": with no person
  // signing, those present met one another.
  if (left.length === 0 && trigger.wholeSubject === true && objects.length >= 2)
    return { all: uniqueByKey(objects), subjects: 0 };
  if (left.length === 0 || objects.length === 0) return { all: [], subjects: 0 };
  const subjects = verbSubjects(trigger, text, start, left, at);
  return { all: uniqueByKey([...subjects, ...objects]), subjects: subjects.length };
}

/**
 * What may open a sentence before a fronted "after meeting B": nothing, or a participle or place
 * phrase of the same subject with no comma and no verb of its own ("Speaking in Rome after
 * meeting B, A said…", "In Rome after talks with B, A…").
 */
const FRONTED_LEAD =
  /^\W*(?:\p{L}+ing|[Ii]n|[Aa]t|[Bb]ack\s+in|[Ll]ater|[Ee]arlier)\b(?![^,;]*\b(?:is|was|are|were|has|have|had|will|would|said|says)\b)[^,;]*$/u;

/** "Two days after meeting B, A…", "Shortly after": how long after, before the opener. */
const SPAN_LEAD =
  /^\W*(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|hours?|minutes?|weeks?)|shortly|soon|just|only|hours|days|minutes|moments|weeks|immediately)\s*$/i;

/** Whether `lead`, the words before a fronted participle's opener, leave it the sentence's front. */
function frontedLead(lead: string): boolean {
  return !/\S/.test(lead) || FRONTED_LEAD.test(lead) || SPAN_LEAD.test(lead);
}

/** A comma and the capitalised title words before a name: ", Archbishop ". */
const TITLED_GAP = /^,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The comma that ends a fronted phrase: the first after the trigger — or, where the phrase names
 * its person by a role in apposition ("After a call with the EU envoy, Peter Lund, Kelmendi
 * said…"), the one closing the name.
 */
function frontedComma(text: string, start: number, end: number, people: readonly Actor[]): number {
  const first = text.indexOf(",", end - start);
  // "After meeting her Turkish counterpart, Hakan Demir, she said…": a description before the
  // name in apposition is that name's.
  if (first < 0 || actorsBetween(people, end, start + first).some((a) => a.via !== "description"))
    return first;
  const named = people.find((a) => a.start >= start + first);
  if (named === undefined || !TITLED_GAP.test(text.slice(first, named.start - start))) return first;
  const second = text.indexOf(",", named.end - start);
  return second === named.end - start ? second : first;
}

/** "the following" ending the text before a clause boundary taken at "following". */
const THE_FOLLOWING = /\bthe\s+following$/i;

/** ", who … ," closed right before the trigger (perhaps after an adverb): a relative aside. */
const CLOSED_WHO_ASIDE = /,\s+who\s+[^,;:]+,\s*(?:\w+ly\s+|then\s+|later\s+|also\s+)?$/;

/** "…but spoke", "…but then met": a verb after "but" with no subject of its own. */
const ELIDED_BUT =
  /\bbut\s+(?:(?:later|then|also|instead|still|briefly|separately|did|had|has|was)\s+)*$/i;

/**
 * Where the clause holding a trigger's subject begins: its own clause, or — for a verb after
 * "but" with no subject of its own ("Okot was not at the talks but spoke with Al-Marri by phone")
 * — the clause before "but", whose subject it shares.
 */
function subjectClauseStart(text: string, start: number, at: number): number {
  let own = leftClauseStart(text, start, at);
  // "A flew to Doha the following day and was received by B": "following" as a day's adjective
  // opens no clause.
  const day = THE_FOLLOWING.exec(text.slice(0, own - start));
  if (day !== null) own = leftClauseStart(text, start, start + day.index);
  // "A, who leads a caretaker government while blocs bargain over a cabinet, received B": a
  // boundary inside a relative clause closed right before the verb opens no clause of its own.
  const aside = CLOSED_WHO_ASIDE.exec(text.slice(0, at - start));
  if (aside !== null && own > start + aside.index)
    own = leftClauseStart(text, start, start + aside.index);
  const elided = ELIDED_BUT.exec(text.slice(0, at - start));
  if (elided === null || own !== start + elided.index + 3) return own;
  return leftClauseStart(text, start, start + elided.index);
}

/**
 * The people after a trigger ending at `end`, to the end of its clause (and of an aside, with
 * `asides`), less those of its topic: its objects. Read only by the shapes that take objects.
 */
function peopleAfter(
  text: string,
  start: number,
  end: number,
  people: readonly Actor[],
  asides: boolean,
): Actor[] {
  // "met A, who took office in January, and B": the list goes on past a relative clause.
  const listed = listRelatives(text, start, end, people);
  const inside = (a: Actor) => listed.spans.some(([from, to]) => a.start >= from && a.end <= to);
  return outsideTopic(
    actorsBetween(people, end, rightEnd(listed.text, start, end, asides)).filter((a) => !inside(a)),
    text.slice(end - start),
    end,
  );
}

/**
 * The subject of a verb: the nearest person, with those listed with it ("A and B met with C").
 * "Lajčák met Vučić … and travelled to Pristina for talks with Kurti": a second verb of the
 * clause's subject, not of the person named last — and in a relative clause, of the person the
 * "who" stands for ("Lula met Amorim, his adviser, who had travelled to Caracas and met Maduro").
 */
function verbSubjects(
  trigger: Reading,
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
): Actor[] {
  const last = left.at(-1);
  if (last === undefined) return [];
  const between = text.slice(last.end - start, at - start);
  const who = /,\s+who\b(?![^,]*\bwho\b)/.exec(between);
  // "B, who had flown in on Monday, and later received C": a comma closes the relative clause,
  // and the verb after it goes on with the main clause's subject.
  if (who !== null && /[^,\s]\s+and\s+(?:later\s+|then\s+|also\s+)?$/.test(between)) return [last];
  // "signed by A and B, who later called on C": a relative clause right after a list, whose verb
  // has an object of its own, tells of the one it follows.
  if (WHO_OPENS.test(between)) return [last];
  // "A and B, who had met C on Sunday, joined the leaders": the antecedent and those listed with it.
  const antecedent = closedRelative(text, start, left, at);
  if (antecedent !== undefined)
    return listedSubjects(
      text,
      start,
      left.filter((a) => a.end <= antecedent.end),
      antecedent.end,
    );
  // "…held talks with his counterpart on Monday and was received by the prime minister": the
  // trigger itself may be the second verb.
  const secondVerb =
    // "…, and later had a separate meeting with Lula": irregular past tenses too.
    // "…with B and flew to Benghazi on Monday to meet C": a verb of going, whose purpose is C.
    SECOND_VERB.test(between) || AND_THEN_VERB.test(between);
  if (secondVerb && left.length > 0) return openingList(text, start, left);
  // "Vučić received the ambassador, B, on Tuesday, hours after his call with C": "his" is the
  // clause's subject's, not the object's.
  if (trigger.owner === true && !SUBJECT_TAIL.test(between)) return openingList(text, start, left);
  return (
    joinedSubjects(text, start, left, at) ??
    listedSubjects(text, start, left, at, trigger.wholeSubject === true)
  );
}

/**
 * "…, her office said, and on Wednesday received C": "and", perhaps an adverb or the day or time
 * of the second act, right before the trigger: a verb with no subject of its own.
 */
const AND_THEN_VERB =
  /\b(?:and|but)\s+(?:later\s+|then\s+|also\s+)?(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+the\s+(?:morning|afternoon|evening)|that\s+(?:morning|afternoon|evening|day)|the\s+(?:next|following)\s+day)\s+)?$/;

/**
 * What may stand between a subject and its verb: an aside, an adverb, an auxiliary ("have met"),
 * or the relative pronoun of a clause on the subject ("A and B, who had already met C").
 */
const SUBJECT_TAIL =
  /^\s*,?\s*(?:who\s+)?(?:,[^,]*,)?\s*(?:\w+ly\s+|then\s+|also\s+|later\s+|already\s+|jointly\s+|both\s+|each\s+|(?:has|have|had|is|are|was|were)\s+(?:been\s+)?)*$/;

/** ", who later ": a relative clause opening right before its verb, past adverbs and auxiliaries. */
const WHO_OPENS =
  /^\s*,\s+who\s+(?:(?:later|then|also|subsequently|afterwards|had|has|have|\w+ly)\s+)*$/;

/** "joined ": the verb of those who join another for a meeting. */
const JOINED = /\bjoined\s+/g;

/** " in Moscow on Monday,": only places and days. */
const PLACE_OR_DAY_GAP = /^\s*(?:(?:in|at|on)\s+\p{Lu}[\p{L}-]*\s*)*,?\s*$/u;

/**
 * "A, B and C joined D in Nairobi for talks with E": those who joined and the one they joined are
 * together the subject of the talks.
 */
function joinedSubjects(
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
): Actor[] | undefined {
  const joined = execAll(JOINED, text.slice(0, at - start)).at(-1);
  if (joined === undefined) return undefined;
  const joinedAt = start + joined.index;
  const from = joinedAt + joined[0].length;
  const objects = directObjects(
    text,
    start,
    from,
    left.filter((a) => a.start >= from),
  );
  const last = objects.at(-1);
  // Only a place or a day may stand between the one joined and the talks.
  const tail = last === undefined ? "" : text.slice(last.end - start, at - start);
  if (last === undefined || !PLACE_OR_DAY_GAP.test(tail)) return undefined;
  const before = left.filter((a) => a.end <= joinedAt);
  return uniqueByKey([...listedSubjects(text, start, before, joinedAt), ...objects]);
}

/**
 * "Meeting in Tokyo on Friday, Modi and Ishiba agreed…": a phrase fronted before the comma has
 * the people listed right after it for its subject.
 */
function frontedSubjects(
  text: string,
  start: number,
  end: number,
  people: readonly Actor[],
): Actor[] {
  const comma = text.indexOf(",", end - start);
  if (comma < 0 || actorsBetween(people, start, start + comma).length > 0) return [];
  const after = actorsBetween(people, start + comma, start + text.length);
  const out: Actor[] = [];
  for (const p of after) {
    const last = out.at(-1);
    if (last !== undefined && !isListGap(text.slice(last.end - start, p.start - start))) break;
    out.push(p);
  }
  return out;
}

/** Where the object of "told", "urged", "thanked"… ends: at a clause it introduces. */
function objectEnd(text: string, start: number, from: number): number {
  const stop = /[;:]|\s[—¦–¬]\s|\b(?:that|who|whom|which|while|but|and)\b/.exec(
    text.slice(from - start),
  );
  return stop === null ? start + text.length : from + stop.index;
}

/**
 * "Modi was the first foreign leader to speak to Karki": a description after "was the" says what
 * the subject is; it names no one else.
 */
function isPredicate(text: string, start: number, a: Actor): boolean {
  return (
    a.via === "description" &&
    /\b(?:was|is|were|are|became|becomes|remains|remained)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
      text.slice(Math.max(0, a.start - start - 60), a.start - start),
    )
  );
}

/**
 * ", who accompanied Albanese,", ", a businessman whom Trump appointed,", ", signed by the
 * spokesman X,": an aside closed by a comma (a relative may follow the noun it describes).
 */
const RELATIVE_ASIDE =
  /,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,8}?(?=who|whom|whose))?(?:who|whom|whose|(?:signed|issued|released|published|written|posted|read\s+out)\s+by)\b[^,;]*,/gu;

/**
 * "Penny Wong, who accompanied Albanese, held talks with Peters": the people of a relative clause
 * closed before the trigger are not its subject; nor are those of ", accompanied by B," (they
 * join the meeting: meeting-companions.ts).
 */
function outsideAsides(text: string, start: number, left: Actor[], at: number): Actor[] {
  const before = text.slice(0, at - start);
  const spans = [...execAll(RELATIVE_ASIDE, before), ...execAll(COMPANION_ASIDE, before)].map(
    (m) => [start + m.index + 1, start + m.index + m[0].length] as const,
  );
  return left.filter((a) => !spans.some(([from, to]) => a.start >= from && a.end <= to));
}

/** The main clause's verb right after an aside's closing comma: " joined the leaders". */
const MAIN_VERB_AFTER =
  /^\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|met|held|spoke|said|told|took|made|went|came|sat|gave|flew)\b/;

/**
 * "Wong, who had met Rubio on Sunday, joined the leaders for lunch": a verb inside an aside closed
 * by a comma and followed by the main clause's verb has its objects inside the aside — not "…,
 * who met Aoun, Prime Minister Salam and…", whose list goes on past the comma.
 */
function withinAside(text: string, start: number, at: number, right: Actor[]): Actor[] {
  if (!text.includes(", who")) return right;
  const local = at - start;
  const aside = execAll(RELATIVE_ASIDE, text).find(
    (m) => m.index < local && m.index + m[0].length > local,
  );
  if (aside === undefined) return right;
  const to = aside.index + aside[0].length;
  if (!MAIN_VERB_AFTER.test(text.slice(to))) return right;
  return right.filter((a) => a.end <= start + to);
}

/** ", who": a relative clause opening after a comma. */
const COMMA_WHO = /,\s+who\b/g;

/**
 * "Faye, who landed on Monday and was welcomed by Ould Djay, spent three hours with Ghazouani":
 * after a relative clause closed by a comma, the verb is the antecedent's.
 */
function closedRelative(
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
): Actor | undefined {
  const before = text.slice(0, at - start);
  if (!/,\s*$/.test(before)) return undefined;
  const who = execAll(COMMA_WHO, before).at(-1);
  if (who === undefined || before.slice(who.index + 1).includes(";")) return undefined;
  const antecedent = left.filter((a) => a.end - start <= who.index).at(-1);
  return antecedent !== undefined && antecedent.end - start === who.index ? antecedent : undefined;
}

/**
 * The subject of a verb at `at`: the person nearest before it and those listed with it — "A and
 * B", "A, B and C", "A and Japan's Defence Minister, B," — read back from the nearest.
 */
function listedSubjects(
  text: string,
  start: number,
  left: readonly Actor[],
  at: number,
  nominal = false,
): Actor[] {
  const last = left.at(-1);
  if (last === undefined) return [];
  // A person followed by more than an aside is the object of an earlier verb, not the subject —
  // unless the trigger is a noun further on ("A and B signed the pact after a morning of talks").
  const tail = text.slice(last.end - start, at - start);
  if (!nominal && !SUBJECT_TAIL.test(tail.replace(OF_COUNTRY, "")))
    // "Both prime ministers were guests at…": a description standing for several is all of them.
    return left.filter((a) => a.start === last.start);
  const out = [last];
  let closed = false;
  for (let i = left.length - 2; i >= 0; i--) {
    const a = left[i] as Actor;
    const next = out.at(-1) as Actor;
    // "they" stands for several people at one place in the text: all of them are the subject.
    const samePlace = a.start === next.start;
    const gap = text.slice(a.end - start, next.start - start);
    // "After her talks with Merz, she was received…": a pronoun after a comma starts the clause.
    if (!samePlace && next.via === "pronoun" && /^\s*,\s*$/.test(gap)) break;
    if (!samePlace && !isListGap(gap)) break;
    // "On Tuesday, a day before her talks with C, A met B": a comma alone before the subject,
    // with no "and" closing a list after it, ends a fronted phrase; "A, B and C met D" is a list.
    if (!samePlace && !closed && !LIST_CLOSER.test(gap)) break;
    closed = true;
    out.push(a);
  }
  return uniqueByKey(out.reverse());
}

/** A gap that closes a list: "and", "as well as", "together with", "along with", "alongside". */
const LIST_CLOSER = /\b(?:and|with|alongside|as\s+well\s+as)\b|&/i;

/**
 * The objects read with the people a group among them is made of; a description inside the group
 * ("the leaders of the two parties, namely A and B") stands for them, not for someone before.
 */
function withGroupMembers(objects: readonly Actor[], group: GroupMembers | undefined): Actor[] {
  if (group === undefined) return [...objects];
  const own = objects.filter(
    (a) => !(a.via === "description" && a.start >= group.from && a.end <= group.to),
  );
  return uniqueByKey([...own, ...group.members]);
}
