/**
 * "has stopped criticising", "ceased condemning": a stance its holder has given up. "ended its
 * boycott of", "lifted its veto on": a measure its holder has undone. Neither holds now.
 */
const GIVEN_UP =
  /\b(?:(?:stopped|ceased|stops|ceases|quit)\s+(?:\w+ly\s+)?|(?:ended|ends|lifted|lifts|dropped|drops|abandoned|abandons|withdrew|withdraws|called\s+off|calls\s+off)\s+(?:its|their|his|her)\s+(?:\w+\s+)?)$/i;

/** "was unlikely to protest", "seems unlikely to veto": a stance said not to be expected. */
const UNLIKELY = /\bunlikely\s+to\s+(?:\w+ly\s+)?$/i;

/** Whether the words right before a stance's verb (`window`) give it up or doubt it will come. */
export function givenUpOrDoubted(window: string): boolean {
  return GIVEN_UP.test(window) || UNLIKELY.test(window);
}
