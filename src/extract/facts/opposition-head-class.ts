import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { slugify } from "../text/slug.ts";
import { STATE_MEMBERS } from "./opposition-owner.ts";
import { stateOf } from "./opposition-leader-government.ts";
import { ATTITUDE, AUTHORITY, FIRMS, FORCES, LIGHT, VOTES } from "./opposition-head-nouns.ts";
import { kindOwner } from "../resolve/kind-possessor.ts";

/** Light nouns whose maker is what is opposed: "the note from Arcadia", "operations by the firm". */
const SAID_OR_DONE = /^(?:note|statement|operations?)$/i;

/**
 * A word that cannot be a premodifier of a head noun: a preposition, conjunction or relative
 * ("and" between two adjectives can: "the provocative and irresponsible behaviour"; before a
 * name it cannot, which AND_NAME tells, as HEADED's "i" flag makes any letter a \p{Ll}).
 */
const NOT_PREMODIFIER = String.raw`(?:of|in|on|for|to|by|from|with|against|over|at|or|that|which|who|as|into|about|toward|towards|under|between)\b`;

/** "and" before a capitalised word among the premodifiers: "Iran and Russia's conduct". */
const AND_NAME = /\band\s+\p{Lu}/u;

/**
 * A target phrase up to its head noun, when the head is of one of the classes above: up to five
 * premodifiers (articles, adjectives, a demonym, a possessor), the head, then the end of the
 * phrase or a word that opens a postmodifier or a new clause. "the government's decision" reads
 * "decision" as head: a head followed by "'s" is a possessor.
 */
const HEADED = new RegExp(
  String.raw`^((?:(?!${NOT_PREMODIFIER})[^\s]+\s+){0,5}?)(${ATTITUDE}|${AUTHORITY}|${FORCES}|${FIRMS}|${VOTES}|${LIGHT})(?![\p{L}'’-])(?=\s*$|\s*[,;:]|\s+(?:it|they|that|which|who|of|in|by|from|for|and|or|on|over|toward|towards|against|at|during|since|with|to|coming|displayed|shown|adopted|taken|pursued|voiced|made|issued|carried|used|\w+ing)\b)`,
  "iu",
);
const ATTITUDE_HEAD = new RegExp(String.raw`^(?:${ATTITUDE})$`, "i");
const AUTHORITY_HEAD = new RegExp(String.raw`^(?:${AUTHORITY})$`, "i");
const FORCES_HEAD = new RegExp(String.raw`^(?:${FORCES}|${FIRMS})$`, "i");
const VOTE_HEAD = new RegExp(String.raw`^(?:${VOTES})$`, "i");

/** What may stand before a possessive owner: an article and adjectives ("the once-friendly Ruritania's"). */
const BEFORE_OWNER =
  /^(?:(?:the|a|an|its|their|this|that|these|those)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/**
 * What may stand before a demonym that owns the head: an article and up to two adjectives, maybe
 * quoted ("the Ruritanian posture", 'what it called "maximalist" Ruritanian demands', "repeated
 * Ruritanian warnings"): the demonym still says whose the doing is.
 */
const BEFORE_DEMONYM = /^(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}"“”-]+\s+){0,2}$/u;

/** "what Rabat called", "what the minister described as": a speaker's label before the object. */
const CALLED =
  /^what\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:calls?|called|describe[sd]?\s+as|terms?|termed|brands?|branded)\s+/iu;

/**
 * "a network of", "a group of", "years of": words for a group or a stretch of time before what it
 * is made of ("years of foot-dragging by Ruritania" is Ruritania's foot-dragging).
 */
const GROUP_OF =
  /^(?:(?:a|an|the)\s+)?(?:(?:network|group|string|series|handful|number|list)|(?:\w+\s+)?(?:days|weeks|months|years|decades))\s+of\s+/i;

/** "by", "of", "from", maybe after a participle ("displayed by", "coming from"): the doer follows. */
const AGENT =
  /^\s+(?:(?:coming|made|issued|displayed|shown|adopted|taken|pursued|voiced|used|carried\s+out)\s+)?(by|of|from|in)\s+(?:(?:the|a|an)\s+)?/i;

/** "capital, ": the capital of a state named next, in apposition. */
const CAPITAL_APPOSITION = /^capital\s*,\s*/i;

/** What ends a party named after "by"/"of"/"in": the phrase's end, a comma or a new phrase. */
const PARTY_END =
  /^(?:\s*$|\s*[,;:.]|\s+(?:for|over|and|in|on|at|to|toward|towards|against|since|during|with|off|near|along|around|across|inside|within|into|from|\w+ing)\b)/i;

/**
 * After a demonym: its state's rulers or those who act for it ("the Ruritanian leadership",
 * "Ruritanian forces", "Ruritanian coast guard vessels", "a Ruritanian minister").
 */
const RULERS_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}(?:${AUTHORITY}|${FORCES}|aircraft|jets|warplanes|drones|warships|minister|official|diplomat|envoy|spokes(?:man|woman|person)|${STATE_MEMBERS})\b`,
  "iu",
);
/** After a leader's name: the government called by it ("the Trump administration"). */
const LEADERS_RULE = /^\s+(?:government|administration|regime|cabinet|junta)\b/i;

/** "for leasing out the port", "and expressing support": a reason or a second predicate. */
const REASON_TAIL = /\s+(?:for|and)\s+["“]?(?:not\s+)?\p{L}+ing\b.*$/isu;

/** "from the start", "in recent weeks": when, told after the object, is no part of it. */
const TIME_TAIL =
  /\s+(?:from\s+the\s+(?:start|outset|beginning)|in\s+recent\s+(?:days|weeks|months))$/i;

/** What a light noun is for: "the signing ceremony for the border treaty" is about the treaty. */
const LIGHT_TOPIC =
  /^\s+(?:for|of|marking|to\s+mark|to\s+launch|to\s+celebrate|on)\s+(?:(?:the|a|an)\s+)?(.{3,})$/i;

export interface HeadContext {
  readonly text: string;
  readonly start: number;
  /** Where the stance's verb stands in the body. */
  readonly at: number;
  /** Every actor of the sentence, places included ("in Arcadia City"). */
  readonly actors: readonly Actor[];
  /** The sentence's parties, those referred to included ("the bloc's"). */
  readonly parties: readonly Actor[];
  readonly memory: OppositionMemory;
  /** Who holds the stance: "his rhetoric" is someone else's. */
  readonly holder: Actor;
}

/**
 * A target phrase, read by the class of its head noun:
 * - a noun of attitude or act with a party as owner ("Ruritania's hostile posture", "the
 *   provocations by Ruritania", "the Ruritanian stance") is that party;
 * - a noun of rule with a state's demonym, name or capital ("the putschist authorities in
 *   Arcadia City", "the military rulers of Ruritania") is that state;
 * - "the Fund's…", "the Bank's…" is the last body named whose name has that word;
 * - an occasion ("the ceremony for the new bridge") is what it is for, and a bare light noun is left
 *   bare for the referents of earlier sentences, then dropped if none is found (isBareLightNoun);
 * and a reason or a second predicate after a head of these classes is cut off.
 * Content nouns ("Ruritania's invasion of Arcadia", "its claims in the strait") stay issues.
 */
export function headClassTarget(target: OppositionTarget, ctx: HeadContext): OppositionTarget {
  if (!("issue" in target)) return target;
  const phrase = target.issue;
  // "the Fund's proposed programme", "the Bank", "the fund's recommendation": a body by its kind.
  const body = kindOwner(phrase, ctx.at);
  if (body !== undefined) return { actor: body };
  // "what Rabat called Algeria's hostile posture": the speaker's label is not the phrase.
  const called = CALLED.exec(phrase)?.[0].length ?? 0;
  // "a network of Ruritanian companies": what the group is made of heads the phrase.
  const label = called + (GROUP_OF.exec(phrase.slice(called))?.[0].length ?? 0);
  const m = HEADED.exec(phrase.slice(label));
  // "Iran and Russia's conduct" is neither's alone; "Iranian and Syrian forces" are the first's too.
  if (m === null) return owned(ownedContent(phrase, label, ctx), target) ?? shortened(target);
  if (AND_NAME.test(m[1]!) && !FORCES_HEAD.test(m[2]!)) return shortened(target);
  const found = placeOf(phrase, ctx);
  const place = found === undefined ? undefined : (offset: number) => found(label + offset);
  const head = m[2]!;
  const prefix = m[1]!;
  const headEnd = prefix.length + head.length;
  const rest = phrase.slice(label + headEnd);
  // "Human Rights Watch accused Ruritanian troops of…": forces told by their state's demonym.
  if (FORCES_HEAD.test(head)) {
    const state =
      place === undefined ? undefined : ownerBefore(place(0), place(prefix.length), true, ctx);
    return state?.label === "Country" && !state.possessive ? { actor: state } : target;
  }
  const authority = AUTHORITY_HEAD.test(head);
  // "a vote in the Ruritanian parliament": the body that voted.
  const held =
    VOTE_HEAD.test(head) && place !== undefined ? heldIn(place, headEnd, rest, ctx) : undefined;
  if (held !== undefined) return { actor: held };
  if (place !== undefined) {
    const party =
      ownerBefore(place(0), place(prefix.length), authority, ctx) ??
      agentAfter(place, headEnd, rest, authority, ctx) ??
      (authority || WORDS_SAID.test(head) ? undefined : personOwner(place(0), prefix, ctx));
    if (party !== undefined && (authority || ATTITUDE_HEAD.test(head) || SAID_OR_DONE.test(head)))
      return { actor: party };
  }
  if (!authority && !ATTITUDE_HEAD.test(head)) {
    // Only an occasion: "the statement on Taiwan", "the summit on Ukraine" are not Taiwan, Ukraine.
    const topic = EVENT_HEAD.test(head) ? LIGHT_TOPIC.exec(rest)?.[1] : undefined;
    if (topic !== undefined) return issueTarget(topic);
    // "condemned the ceremony": what the ceremony told before was for.
    const marked = EVENT_HEAD.test(head) && rest.trim() === "" ? eventTopic(ctx.memory) : undefined;
    if (marked !== undefined) return issueTarget(marked);
    const owner = EVENT_HEAD.test(head) ? undefined : ownedContent(phrase, label, ctx);
    return owned(owner, target) ?? shortened(target);
  }
  // "the interim administration for leasing out the port": a government for a time is a body.
  const interim = GOVERNMENT_HEAD.test(head) ? INTERIM.exec(prefix) : null;
  if (interim !== null && place !== undefined)
    return { actor: interimBody(`${interim[1]!} ${head}`, place(interim.index), place(headEnd)) };
  // "the military rulers for delaying the vote": the rulers, without why.
  const cut = phrase.slice(label).replace(REASON_TAIL, "");
  return cut === phrase ? target : issueTarget(cut);
}

/**
 * Where each character of the phrase stands in the body (its offset in the phrase → the body's),
 * the phrase sought after the verb, else before it; undefined if it stands nowhere. Quotation
 * marks were taken out of the phrase ('Ruritania's "hostile posture"'): a phrase not found as it
 * is is sought with them taken out of the sentence too.
 */
function placeOf(phrase: string, ctx: HeadContext): ((offset: number) => number) | undefined {
  const from = Math.max(0, ctx.at - ctx.start);
  const found = indexNear(ctx.text, phrase, from);
  if (found >= 0) return (offset) => ctx.start + found + offset;
  if (!QUOTE.test(ctx.text)) return undefined;
  const kept: number[] = [];
  let bare = "";
  for (let i = 0; i < ctx.text.length; i++) {
    const c = ctx.text[i]!;
    if (c === '"' || c === "\u201c" || c === "\u201d") continue;
    kept.push(i);
    bare += c;
  }
  const at = indexNear(
    bare,
    phrase,
    kept.findIndex((i) => i >= from),
  );
  if (at < 0) return undefined;
  return (offset) => ctx.start + (kept[at + offset] ?? ctx.text.length);
}

const QUOTE = /["\u201c\u201d]/;

/** The phrase's first place in `text` from `from` on, else its last before it. */
function indexNear(text: string, phrase: string, from: number): number {
  const after = text.indexOf(phrase, Math.max(0, from));
  return after >= 0 ? after : text.lastIndexOf(phrase, Math.max(0, from));
}

/**
 * "Ruritania's", "the Ruritanian", "the Ruritanian government's" among the head's premodifiers:
 * the party that owns the head. A demonym owns only a head of rule or attitude told right after
 * its adjectives, and not as the first half of a compound ("Russian-backed"); a possessive owns
 * any head.
 */
function ownerBefore(
  at: number,
  end: number,
  authority: boolean,
  ctx: HeadContext,
): Actor | undefined {
  const owner = actorWhere(
    ctx,
    (a) =>
      (a.start >= at || (a.possessive && a.end > at)) &&
      a.end <= end &&
      (a.possessive
        ? a.start < at || BEFORE_OWNER.test(ctx.text.slice(at - ctx.start, a.start - ctx.start))
        : a.label === "Country" &&
          !a.place &&
          !COMPOUND.test(ctx.text.slice(a.start - ctx.start, a.end - ctx.start + 2)) &&
          BEFORE_DEMONYM.test(ctx.text.slice(at - ctx.start, a.start - ctx.start))),
  );
  if (owner !== undefined) return authority && owner.label !== "Country" ? undefined : owner;
  if (authority) return namedRulers(at, end, ctx);
  // "the World Bank report", "Fund officials' warnings": a body's name right before the head.
  const body = namedBefore(at, end, ctx);
  return body?.label === "Organization" ? body : undefined;
}

/**
 * A demonym as the first half of a compound, the mention with its participle or without:
 * "Russian-backed forces", "UAE-backed fighters" are not its own ("Guinea-Bissau" is a name).
 */
const COMPOUND = /[-\u2010\u2011]\p{Ll}/u;

/**
 * "the Taliban authorities", "the Ortega regime": rulers called by the name of the body they
 * are (that body) or of the leader they serve (the leader's state), right before the head.
 */
function namedRulers(at: number, end: number, ctx: HeadContext): Actor | undefined {
  const named = namedBefore(at, end, ctx);
  if (named === undefined) return undefined;
  return named.label === "Person" ? stateOf(named) : named;
}

/** A party named right before the head, not as a possessive or a demonym: "the Ortega regime". */
function namedBefore(at: number, end: number, ctx: HeadContext): Actor | undefined {
  return actorWhere(
    ctx,
    (a) =>
      a.start >= at &&
      a.end <= end &&
      !a.possessive &&
      a.label !== "Country" &&
      BEFORE_DEMONYM.test(ctx.text.slice(at - ctx.start, a.start - ctx.start)) &&
      /^\s*$/.test(ctx.text.slice(a.end - ctx.start, end - ctx.start)),
  );
}

/**
 * "the provocations by Ruritania", "the rhetoric coming from Arcadia City", "the authorities in
 * Arcadia City", "the conduct displayed by the Ruritanian leadership": the doer after "by",
 * "of" or "from" (and, for rulers, the state after "in"), told whole or as its own rulers.
 */
function agentAfter(
  place: (offset: number) => number,
  restAt: number,
  rest: string,
  authority: boolean,
  ctx: HeadContext,
): Actor | undefined {
  const m = AGENT.exec(rest);
  if (m === null) return undefined;
  const preposition = m[1]!.toLowerCase();
  if (preposition === "in" && !authority) return undefined;
  const partyAt = place(restAt + m[0].length);
  // "the authorities in the capital, Bamako,": the capital named in apposition.
  const capital = CAPITAL_APPOSITION.exec(ctx.text.slice(partyAt - ctx.start));
  const at = capital === null ? partyAt : partyAt + capital[0].length;
  const party = namedFrom(at, ctx);
  if (party === undefined) return undefined;
  if (authority || preposition === "in")
    return party.label === "Country" ? asParty(party) : undefined;
  return doer(party, ctx);
}

/**
 * The party named right after "by" or "from" as the doer: named whole ("by the Fund", "from
 * Mogadishu"), or a state told by its demonym before its rulers or forces ("by Ruritanian
 * forces"), or a leader before the government called by their name ("the Trump administration").
 */
function doer(party: Actor, ctx: HeadContext): Actor | undefined {
  const after = ctx.text.slice(party.end - ctx.start);
  if (PARTY_END.test(after)) return asParty(party);
  // "displayed by the Ruritanian leadership", "by Ruritanian forces": a state, by its demonym.
  if (party.label === "Country") return RULERS_AFTER.test(after) ? asParty(party) : undefined;
  // "the tactics of the Trump administration": the leader's state.
  return LEADERS_RULE.test(after) ? stateOf(party) : undefined;
}

/**
 * Where the head noun phrase of a content noun ends: at the first word that opens a postmodifier
 * or a clause, or at a comma ("Italy's cooperation| with…", "the arrest| of…", "calls| from…").
 */
const HEAD_PHRASE_END =
  /\s(?:of|in|on|for|to|by|from|with|against|over|at|or|that|which|who|as|into|about|toward|towards|under|between|near|after|before|during|amid|across|along|around|inside|within|because)\b|[,;:]/i;

/**
 * The doer after the head noun phrase: "by" or "from" right after it ("the appeal by the UN
 * refugee agency", "calls from Brussels", maybe after a participle: "pressure coming from…"), or
 * "by" after one "of" phrase ("the arrest of the journalist by Ruritanian police"); "from" after
 * an "of" phrase tells a source ("the expulsion of migrants from Arcadia"), not a doer.
 */
const DOER_AFTER =
  /^\s+(?:(?:(?:coming|made|issued|displayed|shown|adopted|taken|pursued|voiced|used|carried\s+out)\s+)?(?:by|from)|of\s+[^,;:"“”]{1,60}?\s+by)\s+(?:(?:the|a|an)\s+)?/i;

/**
 * A content noun ("cooperation", "contribution", "arrest", "subsidiaries"), which no class of
 * head nouns lists, is opposed as its owner's or its doer's doing: the party that owns the head
 * noun phrase by a possessive ("Italy's cooperation with Tunisian security forces", "the EU's
 * decision to…", "Lockheed Martin's missiles division"), else the party after "by" or "from"
 * (DOER_AFTER: "the appeal by the UN refugee agency", "the arrest of X by Ruritanian police").
 * Any names, by syntax alone. A party the doing befell stays inside the issue ("the attack on
 * Lithuanian border guards", "the listing of Chinese companies"), as does a phrase whose owner
 * is two parties ("Iran and Russia's cooperation") or the holder itself ("its own decision").
 */
function ownedContent(phrase: string, label: number, ctx: HeadContext): Actor | undefined {
  const place = placeOf(phrase, ctx);
  if (place === undefined) return undefined;
  const body = phrase.slice(label);
  const end = HEAD_PHRASE_END.exec(body)?.index ?? body.length;
  const from = place(label);
  const to = place(label + end);
  const owner = actorWhere(
    ctx,
    (a) =>
      a.possessive &&
      a.start >= from &&
      a.end < to &&
      BEFORE_OWNER.test(ctx.text.slice(from - ctx.start, a.start - ctx.start)),
  );
  const own = (a: Actor | undefined): Actor | undefined =>
    a === undefined || a.key === ctx.holder.key ? undefined : a;
  if (owner !== undefined)
    return AND_NAME.test(ctx.text.slice(from - ctx.start, owner.end - ctx.start))
      ? undefined
      : own(owner);
  const m = DOER_AFTER.exec(body.slice(end));
  if (m === null) return undefined;
  const party = namedFrom(place(label + end + m[0].length), ctx);
  return party === undefined ? undefined : own(doer(party, ctx));
}

/** An article that a name standing for a state holds: "the Kremlin", "the White House". */
const ARTICLE = /^(?:the|a|an)\s+$/i;

/**
 * The party named from `at`, past the article the patterns read before it, whose mention may
 * hold that article ("pressure from the White House", "rhetoric coming from the Kremlin").
 */
function namedFrom(at: number, ctx: HeadContext): Actor | undefined {
  return actorWhere(
    ctx,
    (a) =>
      !a.possessive &&
      (a.start === at ||
        (a.start < at && ARTICLE.test(ctx.text.slice(a.start - ctx.start, at - ctx.start)))),
  );
}

/** The party a content noun's phrase was read as, the phrase kept beside it as a topic. */
function owned(
  a: Actor | undefined,
  target: { readonly issue: string; readonly issueKey: string },
): OppositionTarget | undefined {
  if (a === undefined) return undefined;
  const topic = shortened(target);
  return { actor: a, phrase: "issue" in topic ? topic : target };
}

/** "in the parliament", "by the assembly": the body, right after, where a vote was held. */
const HELD_IN = /^\s+(?:in|by|of)\s+(?:the\s+)?/i;

function heldIn(
  place: (offset: number) => number,
  restAt: number,
  rest: string,
  ctx: HeadContext,
): Actor | undefined {
  const m = HELD_IN.exec(rest);
  if (m === null) return undefined;
  const at = place(restAt + m[0].length);
  return actorWhere(ctx, (a) => a.start === at && !a.possessive && a.label === "Organization");
}

/**
 * Nouns for words said, whose content the story may key as an issue ("described her comments
 * as reckless"): "his" or "her" does not make them the person's.
 */
const WORDS_SAID = /^(?:remarks|comments|statements|accusations|allegations|threats)$/i;

/** Lowercase words only, no possessive: what may stand between "his" and the head. */
const ADJECTIVES_ONLY = /^[\p{Ll}\s-]*$/u;

/** "own" after "his" or "her". */
const OWN = /^own\b/i;

/** "his", "her" right before a phrase: its owner is a person. */
const PERSONAL_OWNER = /\b(?:his|her)\s+$/i;

/**
 * "Senator Wu denounced his rhetoric": a person's doing or manner, owned by "his" or "her" with
 * nothing but adjectives between, are the person's: the last named before it in the sentence,
 * else the one the sentence before opened with, else the last person named, never the holder.
 */
function personOwner(at: number, prefix: string, ctx: HeadContext): Actor | undefined {
  // "criticised his own conduct": the holder's, no one else's.
  if (!ADJECTIVES_ONLY.test(prefix) || OWN.test(prefix)) return undefined;
  if (!PERSONAL_OWNER.test(ctx.text.slice(Math.max(0, at - ctx.start - 6), at - ctx.start)))
    return undefined;
  // "criticised Finance Minister Ana Gomez and condemned her policies": named in this sentence.
  const here = ctx.actors.findLast(
    (a) => a.label === "Person" && a.end <= at && a.key !== ctx.holder.key,
  );
  if (here !== undefined) return here;
  const opener = ctx.memory.lastSubject;
  const named = opener?.label === "Person" ? [opener, ...ctx.memory.people] : ctx.memory.people;
  return named.find((p) => p.key !== ctx.holder.key);
}

/** Light nouns for an occasion, which a story tells as held for something. */
const EVENT_HEAD = /^(?:ceremony|event|celebration|occasion)$/i;

/**
 * A day or a date after "on", named, since the patterns' "i" flag makes any letter a \p{Lu}:
 * "on Monday", "on 12 May", not "on a new road".
 */
const DAY_OR_DATE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d+)`;

/**
 * What an occasion's words end at: a comma, a quotation mark, or a word of time or place ("on"
 * only before a day or a date: "work on the railway" goes on).
 */
const TOPIC_END = String.raw`(?=\s+(?:on\s+${DAY_OR_DATE}|in|at|with|by|near|which|that|where|after|before|as|last|this|next|amid)\b|[,.;:"“”]|$)`;

/**
 * "a ceremony to mark the anniversary of the bombing", "a ceremony at the border to launch work
 * on the railway": an occasion, maybe where it was held, then what it was for.
 */
const OCCASION_FOR = new RegExp(
  String.raw`\b(?:ceremony|event|celebration)\s+(?:(?:at|in|near)\s+(?:\S+\s+){1,4}?)?(?:for|of|marking|to\s+(?:mark|launch|inaugurate|open|celebrate|unveil|sign|commemorate))\s+(?:(?:the|a|an)\s+)?([^,.;:"“”]{3,60}?)${TOPIC_END}`,
  "iu",
);

/** "inaugurated the Blue Nile dam at a ceremony", "opened a new airport with a lavish ceremony". */
const DONE_AT_OCCASION =
  /\b(?:inaugurat|open|launch|unveil|sign|dedicat|commission|celebrat|mark|commemorat)\w*\s+(?:(?:the|a|an|its|their)\s+)?([^,.;:"“”]{3,60}?)\s+(?:at|in|during|with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:ceremony|event|celebration)\b/i;

/**
 * What an occasion told in one of the three sentences before was held for: "Ethiopia
 * inaugurated the dam at a ceremony… Egypt condemned the ceremony" is against the dam.
 */
function eventTopic(memory: OppositionMemory): string | undefined {
  for (const text of [memory.texts.at(-2), memory.texts.at(-3), memory.texts.at(-4)]) {
    if (text === undefined || !OCCASION_WORD.test(text)) continue;
    const found = OCCASION_FOR.exec(text) ?? DONE_AT_OCCASION.exec(text);
    if (found?.[1] !== undefined) return found[1];
  }
  return undefined;
}

/** Cheap test before the two patterns above. */
const OCCASION_WORD = /ceremony|event|celebration/i;

/** The first actor of the sentence, or else of its parties, that `test` accepts. */
function actorWhere(ctx: HeadContext, test: (a: Actor) => boolean): Actor | undefined {
  return ctx.actors.find(test) ?? ctx.parties.find(test);
}

/** A capital told as a place ("in Arcadia City") stands, as a party, for its state. */
function asParty(a: Actor): Actor {
  return a.place ? { ...a, place: false, locationOnly: false } : a;
}

/** The heads of rule that a word of time makes a body of its own. */
const GOVERNMENT_HEAD = /^(?:government|administration)$/i;

/** "interim", "transitional", "caretaker" right before a head of rule, after articles at most. */
const INTERIM = /(?:^|\s)(interim|transitional|caretaker)\s+$/i;

/**
 * "the interim government", "the transitional administration": a government for a time, told
 * with no state, is a body of its own (an organisation named by its words), not the state it
 * rules: criticism of a caretaker cabinet is aimed at that cabinet, not at its country.
 * ("The transitional authorities" are the rulers, read as any others.)
 */
function interimBody(name: string, start: number, end: number): Actor {
  return {
    key: `org:${slugify(name)}`,
    label: "Organization",
    start,
    end,
    from: -1,
    to: -1,
    via: "description",
    possessive: false,
    place: false,
    country: undefined,
    locationOnly: undefined,
    name,
  };
}

/**
 * Any other phrase without what only tells when: "the project from the start" → "the project".
 * (Its reason stays: "the lenders for financing the dam" is blame of the dam's financing.)
 */
function shortened(target: OppositionTarget & { readonly issue: string }): OppositionTarget {
  const cut = target.issue.replace(TIME_TAIL, "");
  return cut === target.issue || cut.length < 3 ? target : issueTarget(cut);
}

/** Whether an actor is such a body, which the graph may not hold yet. */
export function isInterimBody(actor: Actor): boolean {
  return actor.label === "Organization" && INTERIM_KEY.test(actor.key);
}

const INTERIM_KEY = /^org:(?:interim|transitional|caretaker)-(?:government|administration)$/;

/** A light noun with nothing that says what it is: "the ceremony", "the operation". */
const BARE_LIGHT = new RegExp(
  String.raw`^(?:(?:same|whole|new|latest|signing|opening|closing|joint)\s+)?(?:ceremony|event|occasion|celebration|operations?|challenge)$`,
  "i",
);

/**
 * Nouns that only point back to a doing told before: "the offer", "the review", "the outcome",
 * "the package". Still bare after the referents of earlier sentences were sought, they say nothing
 * of what was opposed.
 */
const BARE_POINTER = /^(?:(?:latest|new|recent|same|whole)\s+)?(?:offer|review|outcome|package)$/i;

/** Staying away from, walking out of or boycotting an event is a stance against the event itself. */
const AGAINST_THE_EVENT = /^(?:stay|stayed|stays|staying|walk|walked|walks|boycott|skip|shun)/i;

/**
 * Whether a stance's target, after its referents were sought, is still a bare light noun that a
 * verb of judgement took: "condemned the ceremony" says nothing of what was condemned; "stayed
 * away from the ceremony" does. ("Rejected the note" keeps the note: a note is a text that has a
 * content of its own.)
 */
export function isBareLightNoun(o: {
  readonly target: OppositionTarget;
  readonly verb: string;
}): boolean {
  return (
    "issue" in o.target &&
    (BARE_LIGHT.test(o.target.issue) || BARE_POINTER.test(o.target.issue)) &&
    !AGAINST_THE_EVENT.test(o.verb)
  );
}
