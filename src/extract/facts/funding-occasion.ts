/**
 * The occasion money was announced at is no part of what it is for: "pledged $100 million for
 * reconstruction in Gaza at a conference co-hosted by Egypt and Norway", "gave $150 million to
 * the central bank after talks in Abu Dhabi", "£30 million for malaria research during a meeting
 * with Kenya's health minister". A prepositional phrase of time or place headed by a noun of an
 * occasion (a summit, talks, a visit, a ceremony…) ends the phrase that names the recipient, and
 * the host, guest or place it names receives nothing.
 */
const OCCASION =
  /\s(?:at|during|after|following|ahead of|before|(?:on|in)(?=\s+(?:a|an|the|this|that|their|his|her|its)\s)|on the (?:sidelines|margins) of|in the presence of)\s+(?:(?!(?:at|during|after|in|on|of|for|to|with|by|from)\s)(?:[\w-]+['’]s?|[\w-]+)\s+){0,3}?(?:summits?|conferences?|meetings?|talks|visits?|trips?|tours?|ceremon(?:y|ies)|events?|forums?|sessions?|gatherings?|dinners?|lunch(?:es)?|phone calls?|signings?|assembl(?:y|ies)|launch|stopovers?|audiences?|sidelines|margins|presence)\b/i;

/** Cheap test: a word an occasion may be named by. */
const OCCASION_HINT =
  /summit|conferen|meeting|talks|visit|trip|tour|ceremon|event|forum|session|gathering|dinner|lunch|call|signing|assembl|launch|stopover|audience|sidelines|margins|presence/i;

/**
 * Where in `phrase` (the words after "to"/"for") an occasion adjunct begins, or Infinity:
 * " reconstruction in Gaza at a conference co-hosted by Egypt" → the index of " at".
 */
export function occasionAt(phrase: string): number {
  if (!OCCASION_HINT.test(phrase)) return Infinity;
  const m = OCCASION.exec(phrase);
  return m === null ? Infinity : m.index;
}
