/**
 * Words that cannot end a noun phrase: "a drone strike on", "the Baltic into an". A phrase cut at
 * its length limit is cut back to its last content word.
 */
const DANGLING =
  /(?:\s+(?:on|of|in|into|to|for|at|by|with|from|over|against|about|under|and|or|but|the|a|an|its|their|his|her|our|this|that|these|those))+$/i;

/**
 * "the note within hours", "the talks on social media", "the memorandum for years", "the trip at
 * the time", "the quota every year", "the ban in 2019", "the plan at the summit", "the reform to
 * the end", "the deal all the way": when, at what gathering, how soon, for how long, how hard and
 * through what medium a stance was told is not part of what it is against.
 */
const TIME_OR_MEDIUM =
  /\s+(?:within\s+(?:(?:a\s+few|several|\d+|two|three|24|48)\s+)?(?:minutes|hours|days|weeks)|for\s+(?:(?:many|several|two|three|some)\s+)?(?:years|decades|months|weeks)|at\s+the\s+time|at\s+once|(?:every|each)\s+(?:year|month|week|day|summer|winter|spring|autumn|time)|in\s+(?:19|20)\d\d|yesterday|to\s+the\s+(?:bitter\s+|very\s+)?end|all\s+the\s+way|tooth\s+and\s+nail|every\s+step\s+of\s+the\s+way|at\s+every\s+turn|at\s+(?:the|a|an|this|last)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|conference|forum|gathering|assembly)|in\s+(?:a\s+)?(?:posts?|message|video)\s+on\s+\S+|on\s+(?:social\s+media|television|state\s+television|state\s+TV|national\s+television|X|Twitter|Facebook|Telegram|Instagram|WeChat|Weibo))\b.*$/i;

/** "repeatedly", "strongly": an adverb and nothing else. */
const ADVERB_ONLY = /^\s*\w+ly\s*$/i;

/** A phrase of what is opposed without an adverbial of time or medium after it. */
export function withoutTimeOrMedium(phrase: string): string {
  const cut = phrase.replace(TIME_OR_MEDIUM, "");
  // "protested repeatedly in 2022 when…": an adverb alone is no object; the clause after it tells
  // what was protested.
  return ADVERB_ONLY.test(cut) ? phrase : cut;
}

/** A phrase of what is opposed, cut back to its last content word. */
export function withoutDanglingTail(phrase: string): string {
  return phrase.replace(DANGLING, "");
}
