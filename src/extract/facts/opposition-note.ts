import type { Actor } from "../resolve/actor.ts";
import { execAll } from "../text/exec-all.ts";
import { leftClauseStart } from "./clause.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { gatedTest } from "../text/letter-gate.ts";

/** The kinds of written message a party sends. */
const KINDS = String.raw`note|letter|protest|complaint|d[ée]marche`;

/** Cheap test for SENT. */
const maySend = gatedTest(new RegExp(KINDS, "i"));

/**
 * "sent a protest note to Caracas", "lodged a formal complaint", "handed over a letter": a
 * party's written message to another, which a later "the note" or "the protest" stands for.
 */
const SENT = new RegExp(
  String.raw`\b(?:sen[dt]s?|lodg(?:e|es|ed)|deliver(?:s|ed)?|hand(?:s|ed)(?:\s+over)?|issu(?:e|es|ed)|fil(?:e|es|ed)|submit(?:s|ted)?|dispatch(?:es|ed)?)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?((?:(?:formal|strong|strongly[\s-]worded|written|diplomatic|official|verbal|protest)\s+)*)(${KINDS})s?\b`,
  "gi",
);

/** "the note", "the protest note", "the latest letter": a message named by nothing but its kind. */
const BARE_NOTE = new RegExp(
  String.raw`^(?:(?:latest|formal|written|diplomatic|official|protest|strongly[\s-]worded)\s+)*(${KINDS})s?$`,
  "i",
);

interface Sent {
  readonly kinds: readonly string[];
  readonly sender: Actor;
}

const sent = new WeakMap<OppositionMemory, Sent[]>();

/**
 * Notes who sent a note, letter or protest: the first party of the clause the verb ends
 * ("Belize's foreign ministry sent a protest note" → Belize).
 */
export function noteSender(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): void {
  if (!maySend(text)) return;
  for (const m of execAll(SENT, text)) {
    const at = start + m.index;
    const clause = leftClauseStart(text, start, at);
    const sender = parties.find((a) => a.start >= clause && a.end <= at && !a.place);
    if (sender === undefined) continue;
    // "a protest note": the message is both a note and a protest.
    const kinds = [m[2] ?? "", ...(/\bprotest\b/i.test(m[1] ?? "") ? ["protest"] : [])].map((k) =>
      k.toLowerCase(),
    );
    sent.set(memory, [{ kinds, sender }, ...(sent.get(memory) ?? []).slice(0, 3)]);
  }
}

/**
 * "Guatemala rejected the note": a message told of before stands for the party that sent it,
 * when that is not the one rejecting it.
 */
export function noteSent(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget {
  if (!("issue" in target)) return target;
  const kind = BARE_NOTE.exec(target.issue)?.[1]?.toLowerCase();
  if (kind === undefined) return target;
  const message = sent.get(memory)?.find((s) => s.kinds.includes(kind));
  return message === undefined || message.sender.key === holder.key
    ? target
    : { actor: message.sender };
}
