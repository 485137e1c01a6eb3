import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { isOf, referredTo } from "./opposition-event-noun.ts";
import type { OppositionMemory } from "./opposition-memory.ts";

/** A text a body adopted or issued, and the sentence that told it. */
export interface AuthoredDoc {
  readonly head: string;
  readonly author: Actor;
  readonly at: number;
}

/** Texts that have an author and say nothing of their topic by their name. */
const KINDS = String.raw`resolution|declaration|communiqu[eé]|motion|ruling|verdict`;

/** Cheap test, asked of every sentence: it names one of KINDS (see letter-gate.ts). */
const mayNameKind = gatedTest(new RegExp(String.raw`\b(?:${KINDS})`, "i"));

/** "adopted a resolution", "issued a strongly worded communiqué", "handed down its ruling". */
const AUTHORED = new RegExp(
  String.raw`\b(?:adopted|passed|issued|approved|released|published|tabled|handed\s+down|delivered)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(${KINDS})\b`,
  "gi",
);

/**
 * What may stand between the body and its verb: its own organ, up to two words and only after a
 * possessive ("Kenya's Senate"; "the Serbia contact group" is not Serbia), an aside set off by
 * commas ("Portugal's parliament, the Assembly of the Republic,"),
 * an auxiliary or an adverb ("has unanimously", "on Thursday").
 */
const GAP =
  /^(?:['’]s?(?:\s+[\p{L}-]+){0,2}?)?(?:\s*,[^,]{1,60},)?(?:\s+(?:has|had|have|also|on\s+\p{Lu}\w+|last\s+\w+|\w+ly))*\s+$/u;

/** "Lawmakers critical of Serbia": a party told in a modifier of the subject, not the subject. */
const IN_MODIFIER = /\b(?:of|against|to|with|on|by|for)\s+(?:the\s+)?$/i;

/**
 * "The European Parliament adopted a resolution…", "ECOWAS issued a communiqué…": notes the body
 * whose text a later bare "the resolution" or "the vote" is.
 */
export function noteAuthored(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): void {
  if (!mayNameKind(text)) return;
  for (const m of execAll(AUTHORED, text)) {
    const at = start + m.index;
    const author = parties.filter((a) => a.end <= at && !a.place).at(-1);
    if (author === undefined || !GAP.test(text.slice(author.end - start, m.index))) continue;
    if (IN_MODIFIER.test(text.slice(0, author.start - start))) continue;
    const head = kindOf(m[1] ?? "");
    memory.authored = [{ head, author, at: memory.index }, ...memory.authored.slice(0, 3)];
  }
}

/** "the resolution", "the vote", "the latest communiqué": a text called only by its kind. */
const BARE = new RegExp(
  String.raw`^(?:(?:latest|new|recent|same|non-binding|whole)\s+)?(${KINDS}|vote|text)$`,
  "i",
);

/**
 * "The European Parliament adopted a resolution criticising the law. Kazakhstan rejected the
 * resolution.": a text called by its kind, told in this sentence or the two before as adopted or
 * issued by a body, is opposed as that body's. ("The vote" on a resolution or a motion is the
 * body's that passed it.)
 */
export function documentAuthor(
  issue: string,
  holder: Actor,
  memory: OppositionMemory,
): Actor | undefined {
  const found = BARE.exec(issue)?.[1];
  const kind = found === undefined ? undefined : kindOf(found);
  if (kind === undefined) return undefined;
  const doc = memory.authored.find(
    (d) =>
      memory.index - d.at <= 2 &&
      (kind === d.head ||
        kind === "text" ||
        (kind === "vote" && (d.head === "resolution" || d.head === "motion"))),
  );
  return doc === undefined || isOf(doc.author, holder) ? undefined : referredTo(doc.author);
}

/** A kind as written, lowercased and spelt one way ("Communique" → "communiqué"). */
function kindOf(written: string): string {
  return written.toLowerCase().replace("communique", "communiqué");
}
