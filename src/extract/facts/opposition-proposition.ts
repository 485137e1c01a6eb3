import { execAll } from "../text/exec-all.ts";
import { withoutDanglingTail } from "./opposition-phrase-tail.ts";

/**
 * A cheap test: a sentence with none of these words proposes nothing — a verb of the first
 * branch of PROPOSING, or the "should"/"would" its second branch needs.
 */
const PROPOSING_HINT = /\b(?:urg|ask|press|call|push|invit|propos|suggest|should|would)/i;

/** Two to eight words of a course of action, up to a word that opens another clause. */
const COURSE = String.raw`(?:(?!(?:and|but|while|saying|as|which|who|whom|whose|where|when|until|because|if|unless)\b)[\w'’-]+\s*){2,8}`;

/**
 * "urged the council to approve assessed contributions", "asked Kabul to pause the work",
 * "proposed to merge the two funds", "asked whether Suva would revive a police arrangement",
 * "said the United States should take control of the island": a course of action put forward,
 * its verb phrase in the first group.
 */
const PROPOSING = new RegExp(
  String.raw`\b(?:(?:urg|ask|press|push|invit|propos|suggest)(?:e|es|ed|ing|s)?|call(?:s|ed|ing)?\s+on)\s+(?:[\w'’.-]+\s+){0,5}?to\s+(${COURSE})|\b(?:whether|that)\s+(?:[\w'’.-]+\s+){1,4}?(?:should|would)\s+(${COURSE})`,
  "gi",
);

/** "the idea", "that option", "the suggestion": a course of action called only by a word for one. */
const PROPOSITION_WORD =
  /^(?:whole\s+|same\s+)?(?:idea|option|suggestion|notion|prospect|proposition)$/i;

/** The latest course of action a sentence puts forward, in its own words, if any. */
export function propositionIn(text: string): string | undefined {
  if (!PROPOSING_HINT.test(text)) return undefined;
  const last = execAll(PROPOSING, text).at(-1);
  const found = last?.[1] ?? last?.[2];
  const words = found === undefined ? undefined : withoutDanglingTail(found.trim());
  return words === undefined || words.length < 5 ? undefined : words;
}

/**
 * What "the idea" or "that option" stands for: the course of action put forward in this
 * sentence or the one before ("urges the council to approve assessed contributions. Washington
 * has opposed that option"). `texts` are the article's sentences so far, the current one last.
 */
export function propositionOf(issue: string, texts: readonly string[]): string | undefined {
  if (!PROPOSITION_WORD.test(issue)) return undefined;
  const here = texts.at(-1);
  const before = texts.at(-2);
  return (
    (here === undefined ? undefined : propositionIn(here)) ??
    (before === undefined ? undefined : propositionIn(before))
  );
}
