/**
 * Meeting verbs used in senses that are no meeting: "met with criticism", "met the target",
 * "called him a liar", "joined her in condemning…". Read from the words right after the trigger.
 */

/** "was met with scepticism by", "met with a mixed reception": a reaction, not a person. */
const REACTION =
  /^\s+with\s+(?:(?:a|an|some|much|little|widespread|strong|fierce|stiff|broad|general|public|mixed|cool|warm|muted|loud|angry|open|initial|growing|immediate|considerable)\s+){0,2}(?:criticism|resistance|opposition|protests?|scepticism|skepticism|approval|applause|anger|outrage|silence|derision|condemnation|disapproval|praise|dismay|backlash|reception|response|reaction|hostility|suspicion|boos|jeers|fury|concern|disappointment|enthusiasm|indifference|ridicule|alarm|caution|resentment|surprise|relief|cheers|acclaim|tears|violence|force|tear\s?gas|rubber bullets|success|failure|delays?|objections?|doubts?|derision|calls)\b/i;

/** "met the target", "meeting its obligations": a standard fulfilled. */
const STANDARD =
  /^\s+(?:the|its|their|his|her|our|all|these|those|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?(?:targets?|deadlines?|demands?|requirements?|criteria|conditions?|goals?|expectations?|needs|standards?|thresholds?|obligations?|costs?|quota|benchmarks?|commitments?|terms|requests?|challenges?|criterion)\b/i;

/**
 * "spoke to reporters about Ruto", "talked with students about Ruto": an audience spoken to, not
 * a person met; whoever is named after it is spoken of.
 */
const AUDIENCE =
  /^\s+(?:the\s+)?(?:reporters|journalists|press|media|students|supporters|lawmakers|legislators|parliament|parliamentarians|nation|crowds?|audiences?|delegates|troops|soldiers|voters|residents|workers|farmers|broadcasters?|television|radio|state\s+media|(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:crowd|audience|gathering|rally|forum|newspaper|broadcaster))\b/iu;

/**
 * "A and B spoke to reporters", "A and B spoke at the summit": a coordinated subject speaking to
 * an audience or at an occasion addressed others, each in turn; they did not speak together.
 */
const ADDRESSED = new RegExp(
  String.raw`^\s+(?:\p{L}+ly\s+)?(?:(?:to|before|in\s+front\s+of)${AUDIENCE.source.slice(1)}|(?:at|during|to|before)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:summit|conference|ceremony|rally|forum|event|session|opening|assembly|gathering|congress|convention|debate|funeral|inauguration|launch|plenary|hearing|briefing|parliament|senate|council|commemoration|memorial|vigil|dinner|banquet|gala))`,
  "iu",
);

/** "talked privately at the state dinner": speaking one to the other, whatever the occasion. */
const PRIVATELY =
  /^\s+(?:privately|informally|together|one[- ]on[- ]one|face[- ]to[- ]face|in\s+private)\b/i;

/** Whether the words after a meeting trigger show it used in another sense. */
export function isOtherSense(trigger: string, rest: string): boolean {
  if (/^(?:spoke|spoken|speak|speaks|talked|talk)$/i.test(trigger))
    return !PRIVATELY.test(rest) && ADDRESSED.test(rest);
  if (
    /^(?:spoke|spoken|speak|speaks|speaking|talked|talk|talks|talking)\s+(?:to|with)$/i.test(
      trigger,
    )
  )
    return AUDIENCE.test(rest);
  // The words after "met" may sit inside the trigger: "was met with scepticism by".
  const met = /\b(?:met|meets?|meeting)\b(.*)$/i.exec(trigger);
  if (met === null) return false;
  const after = `${met[1] ?? ""}${rest}`;
  return REACTION.test(after) || STANDARD.test(after);
}

/**
 * "saw Mucunski on Wednesday", "saw him in Paris before flying on": a person seen, then a day, a
 * place, a time or the clause's end. Not "saw Ruto as a partner", "saw Ruto win", "saw Ruto's…".
 */
const SEEN_IN_PERSON =
  /^\s*(?:[,.;]|$|(?:on|in|at|during|before|after|later|earlier|briefly|separately|privately|again|twice|this|last|for\s+(?:talks|a meeting|lunch|dinner|breakfast|an hour|(?:about|nearly|almost|more than)\b))\b)/i;

/** "saw Museveni on television": seen, not met. */
const SEEN_ON_SCREEN =
  /^\s*on\s+(?:(?:state|national|live)\s+)?(?:television|tv|screen|video|the news|social media)\b/i;

/**
 * After the first object of a direct verb: "called Ruto a friend" names, "joined Ruto in
 * condemning the coup" shares a stance; neither is a meeting.
 */
export function isOtherSenseAfterObject(trigger: string, afterObject: string): boolean {
  if (/^call(?:ed|ing)$/i.test(trigger)) return /^\s*(?:a|an|["“'‘])/i.test(afterObject);
  if (/^join(?:ed|ing)$/i.test(trigger)) return /^\s*in\s+[a-z]+ing\b/i.test(afterObject);
  if (/^saw$/i.test(trigger))
    return !SEEN_IN_PERSON.test(afterObject) || SEEN_ON_SCREEN.test(afterObject);
  return false;
}

/**
 * "Putin sat down with journalist Tucker Carlson for an interview": talking to someone for an
 * interview is no meeting ("In an interview with CNN, Ruto told B…" neither); the verbs of talking
 * in a sentence about an interview are not read.
 */
export function isInterview(trigger: string, sentence: string): boolean {
  return (
    /^(?:sat down|sitting down|spoke|spoken|speak|speaks|speaking|talked|talk|talks with|told)\b/i.test(
      trigger,
    ) && /\binterview(?:s|ed)?\b/i.test(sentence)
  );
}
