import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import { COPULA, JUDGED } from "./opposition-verbs.ts";
import { judgedAsVerdict } from "./opposition-valence.ts";
import { targetOf, whatOf, type OppositionTarget } from "./opposition-target.ts";
import { gatedTest } from "../text/letter-gate.ts";

/**
 * A verdict on something whose source is told by an attribution rather than a speech verb before
 * it: "The raid was illegal, said Quito's foreign minister", "…, according to the ministry",
 * "According to Lima, the fence is a provocation", "For Ankara, the drills are a threat", and a
 * verdict put off to the end of its clause by "it": "said it was unacceptable that Kyiv had shut
 * the pipeline", "called it illegal for Israel to annex the valley". The source holds a stance
 * against what is judged.
 */

/**
 * What is judged, up to the copula, from the start of the sentence or of its clause; a clause of
 * speech ("he told his counterpart that the duties…") is no thing judged.
 */
const JUDGED_SUBJECT = String.raw`(?<subject>(?:(?!(?:that|said|says|told|tells|which|who)\b)[\p{L}\d'’.-]+,?\s+){1,20}?)`;

/** "The raid was illegal, said X", "…, according to X". The group "speaker" is the source. */
const SOURCE_AFTER = new RegExp(
  String.raw`^["“]?${JUDGED_SUBJECT}(?<copula>${COPULA})${JUDGED}\b[^,;"”]{0,40}["”]?\s*,\s*(?:said|says|added|wrote|writes|according\s+to|in\s+the\s+(?:view|words)\s+of)\s+(?<speaker>[^,;"“”]{2,90}?)\s*(?:[,.;]|$)`,
  "iu",
);

/** "According to X, the raid was illegal", "For X, …". The group "speaker" is the source. */
const SOURCE_BEFORE = new RegExp(
  String.raw`^(?:according\s+to|for|in\s+the\s+(?:view|eyes|words)\s+of)\s+(?<speaker>[^,;"“”]{2,90}?),\s+${JUDGED_SUBJECT}(?<copula>${COPULA})${JUDGED}\b`,
  "iu",
);

/** A copula denied: "was not illegal", "is hardly a provocation". */
const DENIED = /\b(?:not|never|no|hardly|neither|n['’]t)\b/i;

/** Cheap tests that let a sentence skip SOURCE_BEFORE and SOURCE_AFTER. */
const OPENS_WITH_SOURCE = /^(?:according\s+to|for|in\s+the\s+(?:view|eyes|words)\s+of)\s/i;
const CLOSES_WITH_SOURCE = gatedTest(
  /,\s*["”]?\s*(?:said|says|added|wrote|writes|according\s+to|in\s+the\s+(?:view|words)\s+of)\s/i,
);

/** Stances told by a verdict whose source is named in an attribution before or after it. */
export function sourcedVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  if (!text.includes(",")) return [];
  const first = OPENS_WITH_SOURCE.test(text) ? SOURCE_BEFORE.exec(text) : null;
  const before = first !== null;
  const m = first ?? (CLOSES_WITH_SOURCE(text) ? SOURCE_AFTER.exec(text) : null);
  if (m === null || DENIED.test(m.groups?.["copula"] ?? "")) return [];
  const speaker = m.groups?.["speaker"] ?? "";
  const speakerAt = start + m.index + m[0].indexOf(speaker);
  const named = parties.filter(
    (a) => a.start >= speakerAt && a.end <= speakerAt + speaker.length && !a.place,
  );
  const source = named.find((a) => a.label === "Person") ?? named[0];
  if (source === undefined) return [];
  const holder = { ...source, possessive: false };
  const judged = m.groups?.["subject"] ?? "";
  const subject = judged.replace(/,\s*$/, "").trim();
  // What is judged stands after the source when the source opens the sentence.
  const after = m[0].indexOf(speaker) + speaker.length;
  const subjectAt = start + m.index + m[0].indexOf(judged, before ? after : 0);
  const subjectEnd = subjectAt + subject.length;
  const target = targetOf(
    text.slice(0, subjectEnd - start),
    start,
    subjectAt,
    parties.filter((a) => a.end <= subjectEnd),
  );
  if (target === undefined || !judgedAsVerdict(m, target)) return [];
  if ("actor" in target && target.actor.key === holder.key) return [];
  return [{ holder, target, what: whatOf(target), verb: "said", at: speakerAt }];
}

/**
 * "said it was unacceptable that…", "called it illegal for…": a verdict on what the clause after
 * "that" or "for" tells. The match ends where that clause begins.
 */
const EXTRAPOSED = new RegExp(
  String.raw`\b(?:said|says|saying|stated|declared|insisted|argued|added|warned|called|calling|calls|considers?|considered|finds|found)\s+(?:(?:on|in|last|this)\s+\w+\s+)?(?:that\s+)?it\s+(?:(?:is|was|would\s+be|had\s+been|has\s+been|remains?|remained)\s+)?["“]?(?:\w+ly\s+)?(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?${JUDGED}\b["”]?\s+(?:that|for)\s+`,
  "giu",
);

/** Cheap test for EXTRAPOSED: a verb of saying or judging, then "it" a few words on. */
const mayBeExtraposed = gatedTest(
  /\b(?:said|says|saying|stated|declared|insisted|argued|added|warned|call\w*|consider\w*|finds|found)\s+(?:\S+\s+){0,3}?it\s/i,
);

/** What may stand before the clause's subject: "the", titles and names ("the Israeli", "Prime Minister"). */
const DOER_GAP = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/**
 * The party the clause after an extraposed verdict names first ("that Kyiv had shut…"); a clause
 * naming none ("that inflation remained so high") tells a condition, not a stance.
 */
function extraposedTarget(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const from = start + m.index + m[0].length;
  const clause = /^[^,;]{0,80}/.exec(text.slice(from - start))?.[0] ?? "";
  const doer = parties.find((a) => a.start >= from && a.end <= from + clause.length && !a.place);
  if (doer === undefined) return undefined;
  // The clause's subject, not its object: "a mistake for anyone to doubt Kenya" is none against Kenya.
  if (!DOER_GAP.test(text.slice(from - start, doer.start - start))) return undefined;
  return { actor: { ...doer, possessive: false } };
}

/** Stances told by a verdict put off by "it" to a clause after it, held by the speaker. */
export function extraposedVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  if (!mayBeExtraposed(text)) return [];
  // "said it was a mistake for Peru to leave the pact": a fault found with one's own state.
  return byPattern(text, start, parties, EXTRAPOSED, (m) =>
    extraposedTarget(text, start, m, parties),
  ).filter((o) => !("actor" in o.target && o.target.actor.key === `country:${o.holder.country}`));
}
