/** Stems of verbs of blame: "criticised", "blamed", "faulted", "lambasted", "rebuked"… */
export const BLAME_STEMS = String.raw`criticis|criticiz|blam|fault|condemn|denounc|lambast|excoriat|castigat|berat|chastis|chastiz|assail|upbraid|ridicul|derid|mock|disparag|slam|blast|rebuk|censur|decr|lash|hit|attack|rail`;

/** Verbs of blame, after which "for …" tells why: "criticised the government for raising taxes". */
const BLAME_VERB = new RegExp(String.raw`^(?:\w+ly\s+)?(?:${BLAME_STEMS})`, "i");

/**
 * "…for raising taxes", "…for its silence", "…for what it called…", "…for 'sacrificing farmers'":
 * a reason is a gerund, a possessive, "what" or a quotation.
 */
const REASON =
  /\s+for\s+(?:["“']?(?:not\s+|never\s+|failing\s+to\s+\w+\s+)?\w+ing\b|(?:its|their|his|her|what|allegedly|failing|refusing)\b|["“']).*$/is;

/** "…over the issue", "…over its handling of the floods": what the blame is over. */
const OVER = /\s+over\s+\S.*$/is;

/**
 * "government", "federal government", "the new government": the state's government, named by its
 * kind, its level or its time in office.
 */
export const GOVERNMENT_KIND = String.raw`(?:(?:new|current|incoming|federal|national|central|union)\s+)?government`;

/** "the government", "the federal government" as the whole of a phrase. */
export const BARE_GOVERNMENT = new RegExp(String.raw`^${GOVERNMENT_KIND}$`, "i");

/** "the government", "the federal government": the state's government, named by its kind. */
const GOVERNMENT = new RegExp(String.raw`^\s*(?:the\s+)?${GOVERNMENT_KIND}$`, "i");

/**
 * The object of a verb of blame without the reason given for the blame, when the object is the
 * government blamed: "the government for raising the fuel tax", "the government over the issue"
 * → "the government". Any other
 * object keeps its reason, which says what the blame is about ("the lenders for financing the
 * dam"). `verb` is the verb as matched.
 */
export function withoutReason(object: string, verb: string): string {
  if (!BLAME_VERB.test(verb)) return object;
  // "the government for the delays": a government is never qualified by a "for" phrase, so any
  // "for …" after it tells why it is blamed.
  const forAt = object.search(/\s+for\s/i);
  if (forAt > 0 && GOVERNMENT.test(object.slice(0, forAt))) return object.slice(0, forAt);
  const reason = REASON.exec(object) ?? OVER.exec(object);
  if (reason === null) return object;
  const head = object.slice(0, reason.index);
  return GOVERNMENT.test(head) ? head : object;
}
