/**
 * Words that cannot end a noun phrase: "a drone strike on", "the Baltic into an". A phrase cut at
 * its length limit is cut back to its last content word.
 */
const DANGLING =
  /(?:\s+(?:on|of|in|into|to|for|at|by|with|from|over|against|about|under|and|or|but|the|a|an|its|their|his|her|our|this|that|these|those))+$/i;

/**
 * "the note within hours", "the talks on social media", "the memorandum for years", "the trip at
 * the time": when, how soon, for how long and through what medium a stance was told is not part
 * of what it is against.
 */
const TIME_OR_MEDIUM =
  /\s+(?:within\s+(?:(?:a\s+few|several|\d+|two|three|24|48)\s+)?(?:minutes|hours|days|weeks)|for\s+(?:(?:many|several|two|three|some)\s+)?(?:years|decades|months|weeks)|at\s+the\s+time|at\s+once|in\s+(?:a\s+)?(?:posts?|message|video)\s+on\s+\S+|on\s+(?:social\s+media|television|state\s+television|state\s+TV|national\s+television|X|Twitter|Facebook|Telegram|Instagram|WeChat|Weibo))\b.*$/i;

/** A phrase of what is opposed without an adverbial of time or medium after it. */
export function withoutTimeOrMedium(phrase: string): string {
  return phrase.replace(TIME_OR_MEDIUM, "");
}

/** A phrase of what is opposed, cut back to its last content word. */
export function withoutDanglingTail(phrase: string): string {
  return phrase.replace(DANGLING, "");
}
