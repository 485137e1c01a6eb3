import type { Token } from "../text/tokenize.ts";

/** A verb of talking, a manner or medium, then "to" or "with": what follows is who was talked to. */
const SPOKE_TO =
  /(?:^| )(?:spoke|speak|speaks|speaking|spoken|talked|talk|talks|talking|chatted|conferred|confer)(?: (?:by|on the|over the|via) (?:phone|telephone|video|video link|video call|videoconference))?(?: (?:again|briefly|separately|later|directly|privately))? (?:to|with)$/;

/**
 * "asked whether he would speak to Vladimir Putin", "spoke by phone with Gustavo Petro": the one
 * talked to after a verb of talking is a person, though "to" often opens a place.
 */
export function spokenTo(tokens: readonly Token[], from: number): boolean {
  if (!/^(?:to|with)$/.test(tokens[from - 1]?.text ?? "")) return false;
  const words = tokens
    .slice(Math.max(0, from - 6), from)
    .map((t) => t.lower)
    .join(" ");
  return SPOKE_TO.test(words);
}
