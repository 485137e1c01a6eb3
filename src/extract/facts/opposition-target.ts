import { onlyPlace, withoutProtestPlace } from "./opposition-protest-place.ts";
import { unnamedLeaderState } from "./opposition-unnamed-leader.ts";
import type { Actor } from "../resolve/actor.ts";
import { slugify } from "../text/slug.ts";
import { actorsBetween, leftClauseStart } from "./clause.ts";
import { outsideRelativeClause } from "./opposition-holder.ts";
import { ownerOf } from "./opposition-owner.ts";
import { appositiveOwner } from "./opposition-appositive-owner.ts";
import { appositiveNamed } from "./opposition-appositive-named.ts";
import { actOwner } from "./opposition-act-owner.ts";
import { askedFrom, ownedThing } from "./opposition-owned-thing.ts";
import { organSubject, organTarget, STATE_ORGANS } from "./opposition-organ-target.ts";
import { ACTIVE } from "./opposition-verbs.ts";
import { isTitlePrefix } from "./opposition-title.ts";
import { withoutReason } from "./opposition-reason.ts";
import { withoutTimeOrMedium } from "./opposition-phrase-tail.ts";
import { kindNamedBody } from "./opposition-kind-named.ts";
import { reportedContent } from "./opposition-reported.ts";
import { restrictedGeneric } from "./opposition-restricted.ts";
import { courseTopic, thoughtOwner, thoughtTopic } from "./opposition-light-noun.ts";
import { shownContent } from "./opposition-medium.ts";
import { withinNounPhrase, withoutInnerTime, withoutLooseEnd } from "./opposition-phrase-bounds.ts";
import { personsPlan } from "./opposition-person-plan.ts";
import { objectRelativeParty, passiveRelativeParty } from "./opposition-relative-party.ts";
import { summaryPassiveTarget } from "./opposition-summary.ts";
import {
  CHARGE_NOUNS,
  REPORTED_THAT,
  VERB_BEFORE_OBJECT,
  zeroRelativeHead,
} from "./opposition-zero-relative.ts";

/** An actor opposed as such, or the words of what is opposed (an issue). */
export type OppositionTarget =
  | {
      readonly actor: Actor;
      /** The phrase the party was read from ("Italy's cooperation with…"): still a topic. */
      readonly phrase?: { readonly issue: string; readonly issueKey: string };
    }
  | { readonly issue: string; readonly issueKey: string };

const DETERMINERS =
  /^(?:the|a|an|and|but|any|what (?:it|they|he|she|we) (?:calls?|called|describes? as|described as|terms?|termed|brands?|branded|labels?|labell?ed)|its|their|his|her|this|that|these|those|all|strongly|firmly|also|again)\s+/i;
const TARGET_STOP =
  /\s*(?:,|;|:|\bto\s+task\b|\band\s+(?:over|about|at|against|on|of|to)\b|\bsaying\b|\bwhich\b|\bthat\b|\bwho\b|\bsince\b|\bas\b|\bafter\b|\bbecause\b|\band [a-z]+ed\b|\band (?:said|called|warned|urged|accused|demanded|will|would|must|should|could|has|have|is|are|was|were|vowed|threatened)\b|(?<!-)\b(?:had|were|was|would|could|will|drew|prompted|sparked|triggered|came|led|caused|raised|followed|angered|won|earned|has|is|are)\b|\bwhile\b|\bcalling\b|\b(?:aimed|designed|intended|meant)\s+(?:at|to)\b|\b(?:amid|despite)\b|(?<!\b(?:the|a|an)\s)\bfollowing\b|\barguing\b|\bin a statement\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\blast (?:week|month|year)\b).*$/i;
/**
 * "criticised the measure at her morning news conference", "the interim government last Friday",
 * "North Korea through its embassy in Beijing": where, when and by what channel a stance was
 * stated is not part of what it is against.
 */
const ADVERBIAL =
  /\s+(?:until|unless|in\s+(?:the\s+)?(?:strongest|harshest|clearest|firmest|sharpest)\s+(?:possible\s+)?terms|in\s+no\s+uncertain\s+terms|at\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:news\s+conference|press\s+conference|briefing|rally|session|homily|sermon|event)|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|speech|address|homily|sermon|post|interview|letter|communiqu[eé]|video|broadcast|message|op-ed|column|editorial)|through\s+(?:its|their|his|her|a|an|the)\s+(?:embassy|mission|spokes\w+|envoy|ambassador|ministry)|(?:last|this|on|earlier\s+this|late\s+on|early\s+on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|weekend|week|month|year|morning|evening))\b.*$/i;
/** "the", "a", "this", "its" right before a word: that word heads a noun phrase. */
const AFTER_ARTICLE = /\b(?:the|a|an|this|these|those|its|their|his|her|our|whose)\s+$/i;
/** "of the vote", "against the plan": a preposition opening a noun's object. */
const NOUN_OBJECT = /^\s*(?:of|against|over|on|to|at|by|from)\b/i;
/** "and firmly opposes…": a conjunction, then maybe an adverb, before a second verb. */
const CONJUNCTION = /^\s*(?:and|or)\s+/i;
const ADVERB = /^\w+ly\s+/i;

/**
 * "strongly deplores and firmly opposes the decision": the verbs share the object after both, so
 * a second verb joined to the first is passed over. ACTIVE itself is run where that verb would
 * start (after the adverb, else at it), not compiled a second time inside a longer pattern.
 */
function withoutSharedVerb(text: string): string {
  const conjunction = CONJUNCTION.exec(text);
  if (conjunction === null) return text;
  const at = conjunction[0].length;
  const adverb = ADVERB.exec(text.slice(at));
  const end =
    (adverb === null ? undefined : activeVerbEnd(text, at + adverb[0].length)) ??
    activeVerbEnd(text, at);
  return end === undefined ? text : text.slice(end).trimStart();
}

/** Where an opposition verb starting right at `at` ends, if one does. */
function activeVerbEnd(text: string, at: number): number | undefined {
  ACTIVE.lastIndex = at;
  const m = ACTIVE.exec(text);
  ACTIVE.lastIndex = 0;
  return m?.index === at ? at + m[0].length : undefined;
}
/**
 * "condemned in the strongest terms", "rejected in no uncertain terms", "condemns unequivocally":
 * the manner of a stance, told between its verb and its object.
 */
const MANNER_FIRST =
  /^\s*["“]?\s*(?:in\s+(?:the\s+)?(?:strongest|harshest|clearest|firmest|sharpest|most\s+\w+)\s+(?:possible\s+)?terms|in\s+no\s+uncertain\s+terms|unequivocally|categorically|vehemently|once\s+again)\s*["”]?\s+(?!(?:on|in|at|by|over|for|that)\b)/i;

/**
 * "the media law passed by parliament", "the decree signed by the president": who passed or
 * signed a text, told in lowercase, is not part of it. (A name after "by" is kept: "the sanctions
 * imposed by Washington" are Washington's.)
 */
const DONE_BY_BODY =
  /\s+(?:passed|adopted|approved|enacted|introduced|drafted|tabled|proposed|unveiled|signed|announced)\s+(?:\w+\s+)?by\s+(?:the\s+|a\s+|an\s+)?[a-z].*$/;

/**
 * What may stand between a verb and the party it is against: "the", "both", and a word that only
 * tells how the party stands to the holder ("accused neighbouring Benin", "its rival Armenia").
 */
const BEFORE_PARTY =
  /^[\s"“”']*(?:both\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:neighbou?ring|neighbou?r|fellow|rival|arch-?rival|ally)\s+)?$/i;

/**
 * "condemned the Moscow-led Eastern Alliance": where or by whom the party is based or led, a
 * modifier set before its name, as "neighbouring" is.
 */
const LED_FROM = /\p{Lu}[\p{L}.]*-(?:led|based|run|headquartered)\s+$/u;

/**
 * "voted against the agreement when EU governments approved it": a clause of time after the object
 * tells when, not what. (After a verb with no object — "protested repeatedly in 2022 when survey
 * ships called" — the clause is what was protested, and is kept.)
 */
const WHEN_CLAUSE = /\s+when\s.*$/i;
const NO_OBJECT = /^(?:\w+ly|in|on|at|for|during|since|again)\b/i;

/** "during": what a protest or a walkout took place during. */
const DURING = /^\s*during\s+/i;

/** "accused Serbia of harbouring…": what follows "of" is the charge, not the one opposed. */
const CHARGE = /\s+of(?:\s+.*)?$/i;

/** "…, a charge the embassy rejected": an apposition that is a charge, up to its holder. */
/** Things named in two letters: "criticised the ad", "rejected the AI rules' draft … the ID". */
const SHORT_NOUN = /^(?:ad|AI|ID)$/;

const INVITATION_APPOSITION = /,\s+(?:an?|the)\s+(?:\w+\s+)?invitations?\s+[^,;]*$/i;
const CHARGE_APPOSITION = new RegExp(
  String.raw`,\s+(?:an?\s+)?(?:${CHARGE_NOUNS})s?\s+[^,;]*$`,
  "i",
);

export function whatOf(target: OppositionTarget): string {
  return "actor" in target ? target.actor.key : target.issue;
}

export function issueTarget(words: string): OppositionTarget {
  return { issue: words, issueKey: `issue:${slugify(words)}` };
}

/** Two capitals: "EU", "UN", "AU". */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;

/**
 * "condemned the EU.", "accused the UN of…": a party named by two capitals is a whole object,
 * though two letters of anything else are too few to name what is opposed.
 */
function isShortName(
  text: string,
  start: number,
  from: number,
  phrase: string,
  actors: readonly Actor[],
): boolean {
  return (
    TWO_CAPITALS.test(phrase) &&
    actors.some((a) => a.start >= from && text.slice(a.start - start, a.end - start) === phrase)
  );
}

/**
 * "what its leader, Ana Ruiz, called", "what it says is", "what the ministry described as": a
 * speaker, maybe named in apposition, and a verb of naming, before the words of what is opposed.
 * "what Chile called for" is a demand, no label: its words stay whole.
 */
const SPEAKERS_LABEL =
  /^\s*what\s+(?:[^\s.;:]+\s+){1,8}?(?:calls|called|describe[sd]\s+as|terms|termed|brands|branded|says\s+(?:is|are)|said\s+(?:was|were))\s+(?!(?:for|on|upon|off|out|up|back|in|to|at|by)\b)/i;

/**
 * The most words an object's phrase keeps. What is opposed is often named last, after the
 * course that threatens it ("any attempt by the government in La Paz to divert the waters of
 * the Lauca river"); the phrase still ends where its clause does.
 */
const OBJECT_WORDS = 16;

/** The object of an opposition verb: the party it names, else the words of what is opposed. */
export function targetOf(
  text: string,
  start: number,
  verbEnd: number,
  actors: readonly Actor[],
  verb = "",
): OppositionTarget | undefined {
  // "called the snub 'disappointing'": a verb's form right after an article is a noun, whose
  // object, if any, follows a preposition ("announced a boycott of the vote").
  if (
    verb !== "" &&
    AFTER_ARTICLE.test(text.slice(0, verbEnd - start - verb.length)) &&
    !NOUN_OBJECT.test(text.slice(verbEnd - start))
  )
    return undefined;
  // "condemns in the strongest terms the attacks": how strongly comes before what is condemned.
  const manner = MANNER_FIRST.exec(text.slice(verbEnd - start, verbEnd - start + 48));
  const from = verbEnd + (manner?.[0].length ?? 0);
  // Quotation marks around the thing opposed are kept out of its name, not taken as its end.
  const quoted = text
    .slice(from - start)
    .replace(/["“”]/g, "")
    // A sentence's own full stop ends it; "U.S." inside it does not.
    .replace(/\.\s*$/, "")
    // "protested during Kast's address": a protest told during an act is against the act.
    .replace(DURING, "")
    // "warned against what it described as NATO's attempts": the words after "as" are the object.
    .replace(
      /^\s*what\s+(?:it|they|he|she|we)\s+(?:describe[sd]?|terms?|termed|brands?|branded|labels?|labell?ed)\s+as\s+/i,
      "",
    )
    // "took aim at what its leader, Ana Ruiz, called borrowing without a mandate", "condemned what
    // it says is lax monitoring": the words after the speaker's label are the object.
    .replace(SPEAKERS_LABEL, "");
  let raw = withoutSharedVerb(withoutProtestPlace(quoted))
    // "criticised that trip": a demonstrative, not the start of a relative clause.
    .replace(/^\s*(?:this|that|these|those)\s+(?=[a-z])/i, "")
    .replace(TARGET_STOP, "")
    .replace(ADVERBIAL, "")
    .replace(DONE_BY_BODY, "")
    .trim();
  raw = withoutTimeOrMedium(raw);
  if (!NO_OBJECT.test(raw)) raw = raw.replace(WHEN_CLAUSE, "");
  if (/^accus/i.test(verb)) raw = raw.replace(CHARGE, "");
  raw = withinNounPhrase(withoutReason(raw, verb));
  // "…toward Taiwan and its smaller neighbours": a second conjunct is not part of the thing opposed,
  // nor is an adverb after it ("rejected the proposal outright").
  const phrase = withoutLooseEnd(
    stripDeterminers(raw.replace(/\s+(?:outright|again|publicly|\w+ly)$/i, ""))
      .replace(/\s+and\s+(?:its|their|his|her|other)\b.*$/i, "")
      .split(/\s+/)
      .slice(0, OBJECT_WORDS)
      .join(" "),
  );
  if (
    (phrase.length < 3 &&
      !SHORT_NOUN.test(phrase) &&
      !isShortName(text, start, from, phrase, actors)) ||
    onlyPlace(phrase) ||
    /^(on|in|at|since|against|for|with|over|by|to|from|it|them|him|her|this|that)\b/i.test(phrase)
  )
    return undefined;
  const found = text.indexOf(phrase, from - start);
  // 'what she called "pressure and promises" from Beijing': quotation marks left out of the phrase
  // keep it from being found whole; it starts where its first word does.
  const head = found < 0 ? text.indexOf(phrase.split(" ", 1)[0]!, from - start) : found;
  const phraseStart = head < 0 ? from : start + head;
  // "accused the Kremlin of…": the party may begin with the article that was stripped.
  const candidates = actors.filter(
    (a) =>
      a.start >= from &&
      ((a.start <= phraseStart && a.end > phraseStart) ||
        BEFORE_PARTY.test(text.slice(from - start, a.start - start).replace(LED_FROM, "")) ||
        // "criticised Bosnian Serb leader Milorad Dodik": a person behind their title.
        (a.label === "Person" && isTitlePrefix(text.slice(from - start, a.start - start)))),
  );
  const first = candidates[0];
  if (first !== undefined && !first.possessive && isWholeOrHead(text, start, first)) {
    // "sanctioned Rosneft and Lukoil, Russia's two largest oil producers": the bodies stand for
    // the state they are set beside, known as bodies or not.
    const state =
      first.label === "Organization"
        ? appositiveOwner(text, start, phraseStart, phrase, actors)
        : undefined;
    return { actor: state ?? first };
  }
  // "accused the Romanian leader": the demonym describes the person the title stands for.
  // "accused Kosovo Prime Minister Albin Kurti": so does a country's name before a title, and a
  // body's before its member's ("sanctioned Supreme Court Justice Ana Lopes").
  const described = candidates[1];
  const between =
    first === undefined || described === undefined
      ? ""
      : text.slice(first.end - start, described.start - start).replace(/^['’]s?/, "");
  if (
    described?.label === "Person" &&
    ((first?.label === "Country" && (described.from === first.to || isTitlePrefix(between))) ||
      (first?.label === "Organization" &&
        !first.possessive &&
        between.trim() !== "" &&
        isTitlePrefix(between)))
  )
    return { actor: described };
  // "sanctioned two former ministers, the brothers Paul and Daniel Okafor": the names told after.
  const apposed = appositiveNamed(text, start, phraseStart, phrase, actors);
  if (apposed !== undefined) return { actor: apposed };
  const leaderState = unnamedLeaderState(text, start, phraseStart, first);
  if (leaderState !== undefined) return { actor: leaderState };
  const owner =
    ownerOf(text, start, phraseStart, phrase, actors) ??
    actOwner(text, start, phraseStart, phrase, actors) ??
    organTarget(text, start, phraseStart, phrase, actors) ??
    appositiveOwner(text, start, phraseStart, phrase, actors) ??
    ownedThing(text, start, phraseStart, phrase, actors) ??
    askedFrom(text, start, phraseStart, phrase, actors) ??
    thoughtOwner(text, start, phraseStart, phrase, actors) ??
    personsPlan(text, start, phraseStart, actors);
  if (owner !== undefined) return { actor: owner };
  if (/^[\d.,%\s-]+$/.test(phrase)) return undefined;
  // "alarmed by reports that Mwangi had been tortured": what the reports say is the matter.
  const content = reportedContent(text.slice(from - start), phrase, verb);
  if (content !== undefined) return issueTarget(content);
  // "over a video that showed gendarmes beating a driver": what the medium shows.
  const shown = shownContent(text.slice(from - start), phrase);
  if (shown !== undefined) return issueTarget(shown);
  const body = kindNamedBody(phrase, phraseStart);
  if (body !== undefined) return { actor: body };
  return issueTarget(
    restrictedGeneric(text.slice(from - start), phrase) ?? courseTopic(thoughtTopic(phrase)),
  );
}

/** The subject of a passive: a party named alone, else the words of what was condemned. */
export function passiveTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const antecedent = passiveRelativeParty(text, start, at, parties);
  if (antecedent !== undefined) return { actor: antecedent };
  const summary = summaryPassiveTarget(text, start, at, parties);
  if (summary !== undefined) return summary;
  // "Ethiopia's memorandum…, which would give it access to the sea, was condemned": the relative
  // clause describes the subject; the subject stands before it.
  at = outsideRelativeClause(text, start, at);
  const left = actorsBetween(parties, leftClauseStart(text, start, at), at).filter(
    (a) => !a.possessive,
  );
  const subject = subjectPhrase(text, start, at);
  const what = subject?.phrase;
  // "The German statement was condemned by…": a party's own words stand for the party.
  const owner =
    subject === undefined || subject.at < 0
      ? undefined
      : actOwner(text, start, start + subject.at, subject.phrase, parties);
  if (owner !== undefined) return { actor: owner };
  // "The Norwegian authorities were condemned by…", "Duarte's government was criticised by…".
  const organ = organSubject(text, start, at, parties);
  if (organ !== undefined) return { actor: organ };
  const targetActor = left.at(-1);
  // "The EU's proposal to use frozen Russian assets was rejected": a party inside the subject
  // phrase modifies it; only a party right before the verb is the thing rejected.
  const adjacent =
    targetActor !== undefined &&
    /^\s*(?:,[^,]*,\s*)?$/.test(text.slice(targetActor.end - start, at - start));
  if (targetActor !== undefined && adjacent)
    return { actor: demonymOfGovernment(text, start, targetActor, left) ?? targetActor };
  // "The idea of a customs union (floated in May) was rejected by…": its topic, without the aside.
  const words = what === undefined ? "" : thoughtTopic(withinNounPhrase(what));
  return words.length < 3 ? undefined : issueTarget(words);
}

/**
 * "The Norwegian government was condemned by…": a state's government named by its demonym is
 * the state, as it is when it is the object of an active verb.
 */
function demonymOfGovernment(
  text: string,
  start: number,
  organ: Actor,
  left: readonly Actor[],
): Actor | undefined {
  if (organ.label !== "Organization" || organ.country === undefined) return undefined;
  if (!/government|administration|cabinet|authorities/.test(organ.key)) return undefined;
  const state = left.at(-2);
  return state?.key === `country:${organ.country}` &&
    /^\s*$/.test(text.slice(state.end - start, organ.start - start))
    ? state
    : undefined;
}

/** "that threshold (was)": "that" pointing at a noun before the verb, not opening a relative clause. */
const DEMONSTRATIVE_SUBJECT =
  /^that\s+(?!(?:was|were|is|are|has|have|had|been|would|will|could|should|may|might)\b)[a-z][\w-]*(?:\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been))?$/i;

/**
 * "The veto was condemned by…", "Rutte's plan, named Baltic Sentry, drew…": the subject's words,
 * and where they last stand in the text before `at` (-1 when, rejoined, they stand nowhere).
 */
function subjectPhrase(
  text: string,
  start: number,
  at: number,
): { phrase: string; at: number } | undefined {
  const left = text.slice(leftClauseStart(text, start, at) - start, at - start).trim();
  // A relative clause or an aside set off by commas describes the subject; it is not the subject.
  const pieces = left
    .split(/,\s*/)
    .filter(
      (p) =>
        p.trim() !== "" &&
        (DEMONSTRATIVE_SUBJECT.test(p) || !/^(?:which|who|that|where|whose)\b/i.test(p)),
    );
  const whole = stripDeterminers(
    (pieces.at(-1) ?? "").replace(/\s+(?:was|were|is|are|has been|have been|had been|been)$/i, ""),
  );
  // "A drone strike on Tuesday on a market…": when it happened is not part of the thing.
  const phrase = withoutInnerTime(whole).split(/\s+/).slice(0, 8).join(" ");
  const found = text.lastIndexOf(phrase, at - start);
  return phrase.length >= 3
    ? { phrase, at: found >= 0 ? found : text.lastIndexOf(whole, at - start) }
    : undefined;
}

/**
 * "…to negotiate with the M23 rebels, a condition Kinshasa has repeatedly rejected": the verb's
 * object is the noun phrase before the comma, which the relative clause describes.
 */
export function objectRelativeTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const holder = parties.filter((a) => a.end <= at).at(-1);
  if (holder === undefined) return undefined;
  const antecedent = objectRelativeParty(text, start, holder, parties);
  if (antecedent !== undefined) return { actor: antecedent };
  const before = text.slice(0, holder.start - start);
  const m = /([^,;]+),\s+(?:which|that|an?\s+[a-z]+)\b[^,;]*$/i.exec(before);
  // "…, a charge the embassy rejected": turning away a charge is a denial, not a stance.
  if (CHARGE_APPOSITION.test(before)) return undefined;
  // "…, an invitation he turned down in May": a courtesy refused is no stance against the host.
  if (INVITATION_APPOSITION.test(before)) return undefined;
  // "…approved a dam project Kast campaigned against for years": a relative clause without "that".
  const zero = zeroRelativeHead(before);
  if (zero !== undefined) return issueTarget(zero);
  // "the price of the raw water that Singapore buys from Johor, an irritant that…": the noun
  // phrase ends where its own relative clause begins.
  const phrase = m?.[1]
    // "X told his guest that Seychelles would not revive the accord, a project…": what was told
    // holds the noun phrase; a reporting verb's "that" opens no relative clause.
    ?.replace(REPORTED_THAT, "")
    .replace(/\s+(?:that|which|who)\s.*$/i, "")
    .replace(VERB_BEFORE_OBJECT, "")
    .trim()
    .split(/\s+/)
    .slice(-6)
    .join(" ");
  if (phrase === undefined || phrase.length < 3) return undefined;
  return issueTarget(
    stripDeterminers(phrase.replace(/^.*\b(?:with|to|on|for|against|about)\s+/i, "")),
  );
}

function stripDeterminers(text: string): string {
  let out = text;
  for (let prev = ""; prev !== out;) {
    prev = out;
    out = out.replace(DETERMINERS, "");
  }
  return out;
}

/**
 * "the Congolese authorities", "the Norwegian side", "the Colombian foreign ministry": a state's
 * organs after its name, a ministry maybe after the lowercase words of its portfolio.
 */
const ORGAN_AFTER = new RegExp(
  String.raw`^(?:(?:[a-z]+\s+){1,2}(?:ministry|department)|${STATE_ORGANS})\b`,
  "i",
);

/** "Russia" or "Russia for its invasion": the actor is what is opposed, not a modifier of it. */
function isWholeOrHead(text: string, start: number, actor: Actor): boolean {
  const rest = text
    .slice(actor.end - start)
    .replace(/["“”]/g, "")
    .trim();
  // "Russia for its invasion", "Madrid at his news conference", "the Congolese authorities of…",
  // "Judge Costa under the Magnitsky Act".
  return (
    rest === "" ||
    /^([,.;:]|for|over|and|of|in|on|after|as|to|at|during|with|by|following|amid|before|because|when|while|saying|calling|since|from|through|last|under)\b/i.test(
      rest,
    ) ||
    /^[,.;:]/.test(rest) ||
    // "condemned Belarus earlier this month, and…": when the stance was told follows the party.
    /^(?:earlier|later|yesterday|today|tonight|again|repeatedly|publicly|this\s+(?:week|month|year|morning|afternoon|evening|weekend))\b/i.test(
      rest,
    ) ||
    ORGAN_AFTER.test(rest)
  );
}
