import { withoutDanglingTail } from "./opposition-phrase-tail.ts";

/** A medium that shows something: "the video", "leaked footage", "images". */
const MEDIA = String.raw`videos?|footage|images|photos|photographs|pictures|recordings?|clips?`;

/**
 * "footage showing police dogs attacking migrants", "images of soldiers burning crops": a medium,
 * then what it shows, which is the topic (without its article). After "of" the topic must tell a
 * doing (a word in -ing, not "king"): "a video of President X" depicts X, not what is opposed.
 */
const SHOWING = new RegExp(
  String.raw`^(?:[\w-]+\s+)?(?:${MEDIA})\s+(?:of\s+(?=.*\b\w{3,}ing\b)|showing\s+|depicting\s+)(?!(?:the|a|an|its|their|his|her)\s+(?:incident|event|meeting|ceremony)\b)(?:(?:the|a|an)\s+)?(\S.{2,})$`,
  "i",
);

/** "a video that showed…", "a video which appeared to show…": what follows the medium. */
const SHOWED = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:${MEDIA})\s+(?:(?:that|which)\s+)?(?:(?:appeared|appears|seemed|seems|purported|purports|purporting)\s+to\s+)?(?:show(?:ed|s|ing|n)?|depict(?:ed|s|ing)?)\s+([^,;:.!?"“”]{3,80})`,
  "i",
);

/** "a video", "the leaked footage": a medium named by its kind, maybe with one word before it. */
const BARE_MEDIA = new RegExp(String.raw`^(?:[\w-]+\s+)?(?:${MEDIA})$`, "i");

/**
 * "summoned the ambassador over a video that showed gendarmes beating a driver": a medium named
 * only by its kind stands for what it is said to show. `after` is the text after the verb,
 * `phrase` the object read from it.
 */
export function shownContent(after: string, phrase: string): string | undefined {
  if (!BARE_MEDIA.test(phrase)) return undefined;
  const shown = SHOWED.exec(after)?.[1];
  return shown === undefined
    ? undefined
    : withoutDanglingTail(shown.trim().split(/\s+/).slice(0, 8).join(" "));
}

/**
 * What a medium named with what it shows shows: "footage showing police dogs attacking migrants"
 * → "police dogs attacking migrants"; undefined for any other phrase.
 */
export function mediumTopic(phrase: string): string | undefined {
  return SHOWING.exec(phrase)?.[1];
}
