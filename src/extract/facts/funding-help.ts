/**
 * "C$450 million to help producers find buyers outside the United States": money to help someone
 * do something. The purpose is the whole clause (who is helped and to do what), and a state named
 * deep inside it, after the second verb, is where the helped act, not who receives the money.
 */

/** Cheap test: only amounts followed by a verb of enabling can take this reading. */
const HELP_HINT = /\bto\s+(?:help|enable|allow|assist)\b/i;

/** "to help exporters build markets in Asia": who is helped and what they are to do. */
const HELP_PURPOSE =
  /^\s*(?:(?:over|in|of)\s+(?:[\w-]+\s+){0,3}?)?to\s+(?:help|enable|allow|assist)\s+((?:[\p{L}\d'’-]+\s+){1,10}?[\p{L}\d'’-]+)(?=\s*(?:[,.;:()]|$)|\s+(?:which|who|that|while|but|as well as)\b|\s+and\s+(?:an?\s+)?\S*\d)/u;

/**
 * What "to help X do Y" after an amount says the money is for: "producers find buyers outside
 * the United States", or nothing when no such clause follows.
 */
export function helpPurpose(after: string): string | undefined {
  if (!HELP_HINT.test(after.slice(0, 60))) return undefined;
  const m = HELP_PURPOSE.exec(after);
  // "to help Ukraine": one word is a party, read as such elsewhere.
  return m?.[1] === undefined || !/\s/.test(m[1]) ? undefined : m[1];
}

/** "to help farmers in Kenya": the words after "help" that may still name the party helped. */
const HELPED =
  /^\s*(?:help|enable|allow|assist)\s+(?:(?:the\s+)?(?:people|government|authorities|farmers|families|communities)\s+(?:of|in)\s+)?(?:the\s+)?/i;

/**
 * Where the helped party's name must start after a lead ending "to": right after "help"
 * ("to help Kenya", "to help the people of Sudan"), not after a second verb ("to help
 * producers find buyers outside the United States"). Undefined when no "help" follows.
 */
export function helpedAt(textAfterLead: string): number | undefined {
  const m = HELPED.exec(textAfterLead);
  return m === null ? undefined : m[0].length;
}
