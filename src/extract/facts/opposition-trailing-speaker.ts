import type { Actor } from "../resolve/actor.ts";
import { COPULA, JUDGED, NEGATED_COPULA } from "./opposition-verbs.ts";
import { HEADED_WORD, judgedAsVerdict, lexicalVerdicts } from "./opposition-valence.ts";
import { targetOf, whatOf, type OppositionTarget } from "./opposition-target.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { execAll } from "../text/exec-all.ts";
import { mayMatch } from "../text/letter-gate.ts";
import { previousTarget, type OppositionMemory } from "./opposition-memory.ts";
import { CLAUSE_JOINED, saidOfFollows } from "./opposition-quote-attribution.ts";

/**
 * What may follow a verdict before the comma that closes it: the rest of its quotation, up to the
 * closing mark ('was "unfair and based on a picture that is six months old", he said'), or a few
 * words outside quotation marks.
 */
const VERDICT_TAIL = String.raw`(?:[^"”]{0,160}["”]|[^,;"”]{0,40}["”]?)`;

/**
 * "The new border fence is 'unacceptable', Paraguay's foreign minister said on Monday": a
 * sentence that opens with a verdict on something and names its speaker after a comma. The
 * first group is what is judged, the group "speaker" the speaker. Compiled with the hand list and with a
 * word the valence lexicon judges ("discriminatory"), as the other verdict frames are.
 */
const trailing = (verdict: string): RegExp =>
  new RegExp(
    String.raw`^["“]?((?:[\p{L}\d'’.-]+,?\s+){1,30}?)${COPULA}${verdict}\b${VERDICT_TAIL}\s*,\s*["”]?\s*(?<speaker>(?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|told|tells|added|insisted|argued|stated|declared)\b`,
    "giu",
  );
export const TRAILING_VERDICT = trailing(JUDGED);
const TRAILING_LEXICAL = trailing(HEADED_WORD);

/**
 * 'Tariffs, he told reporters, "are a tax on our own citizens"': the speaker set between what is
 * judged and the verdict. The first group is what is judged, the group "speaker" the speaker.
 */
const SPLIT_VERDICT = new RegExp(
  String.raw`^["“]?((?:[\p{L}\d'’.-]+\s+){0,9}?[\p{L}\d'’.-]+),["”]?\s+(?<speaker>(?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|told\s+\w+|tells\s+\w+|added|insisted|argued),\s*["“]?${COPULA}${JUDGED}\b`,
  "iu",
);

/** The comma before the speaker: a sentence without one skips TRAILING_VERDICT. */
export const TRAILING_HINT = /,/;

/**
 * "Kast's trench plan was 'unacceptable', the minister said": the speaker named after the verdict
 * holds a stance against what opens the sentence.
 */
export function trailingVerdicts(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): OppositionMention[] {
  if (!TRAILING_HINT.test(text)) return [];
  return [
    ...verdictsBeforeSpeaker(text, start, parties, previousTarget(memory)),
    ...quotedWeapons(text, start, parties),
  ];
}

/**
 * '"…because the Kremlin has decided to use gas as a weapon," the commissioner told reporters':
 * a party said, in a quotation, to use something as a weapon is charged by the speaker.
 */
const USED_AS_WEAPON =
  /\b(?:us(?:e|es|ed|ing)|turn(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:as|into)\s+(?:a\s+)?weapons?\b|\bweaponi[sz](?:e|es|ed|ing)\b/giu;

/** A quotation that ends before its speaker: '"…," X told reporters'. The group is the speaker. */
const QUOTE_THEN_SPEAKER =
  /^["“]([^"”]+)["”]\s*,?\s*((?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|told|tells|added|wrote|stated|declared)\b/u;

function quotedWeapons(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  if (!/weapon/i.test(text)) return [];
  const q = QUOTE_THEN_SPEAKER.exec(text);
  if (q === null) return [];
  const speakerStart = start + q[0].indexOf(q[2] ?? "", (q[1] ?? "").length + 1);
  const speakers = parties.filter(
    (a) => a.start >= speakerStart && a.end <= speakerStart + (q[2] ?? "").length && !a.possessive,
  );
  const holder = speakers.find((a) => a.label === "Person") ?? speakers[0];
  if (holder === undefined) return [];
  const out: OppositionMention[] = [];
  for (const m of execAll(USED_AS_WEAPON, q[1] ?? "")) {
    const at = start + 1 + m.index;
    // The user: the party nearest before the verb in its clause.
    const clauseStart = start + 1 + Math.max(0, (q[1] ?? "").slice(0, m.index).search(/[^,;]*$/));
    const user = parties
      .filter((a) => a.start >= clauseStart && a.end <= at && !a.possessive && !a.place)
      .at(-1);
    if (user === undefined || user.key === holder.key) continue;
    out.push({ holder, target: { actor: user }, what: user.key, verb: m[0], at });
  }
  return out;
}

/** What the stance before was against, unless that is the speaker or the speaker's state. */
export function referent(
  earlier: OppositionTarget | undefined,
  holder: Actor,
): OppositionTarget | undefined {
  if (earlier === undefined || !("actor" in earlier)) return earlier;
  const party = earlier.actor.key;
  return party === holder.key || party === `country:${holder.country ?? ""}` ? undefined : earlier;
}

function verdictsBeforeSpeaker(
  text: string,
  start: number,
  parties: readonly Actor[],
  earlier: OppositionTarget | undefined,
): OppositionMention[] {
  const trailing = lexicalVerdicts(TRAILING_VERDICT, TRAILING_LEXICAL, text, true)[0];
  const m = trailing ?? (mayMatch(SPLIT_VERDICT, text) ? SPLIT_VERDICT.exec(text) : null);
  if (m === null) return [];
  const subject = (m[1] ?? "").trim();
  const subjectStart = start + m.index + m[0].indexOf(m[1] ?? "");
  // '"Ghana is not a problem to be managed," he said': a denied verdict; '"…good faith, and this
  // was a betrayal"': the verdict is on the second clause's subject.
  if (
    CLAUSE_JOINED.test(subject) ||
    NEGATED_COPULA.test(m[0].slice(m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length))
  )
    return [];
  // The speaker stands after the last comma of a trailing verdict (the quotation before it may
  // hold the same words: 'with which the US has…", he said'), after what is judged in a split one.
  const speakerFrom = trailing === undefined ? (m[1] ?? "").length : m[0].lastIndexOf(",");
  const speaker = m.groups?.["speaker"] ?? "";
  const speakerStart = start + m.index + m[0].indexOf(speaker, speakerFrom);
  const speakers = parties.filter(
    (a) => a.start >= speakerStart && a.end <= speakerStart + speaker.length && !a.possessive,
  );
  const holder = speakers.find((a) => a.label === "Person") ?? speakers[0];
  // "he said" speaks for a person: read as a state, it was no speaker found.
  if (
    holder === undefined ||
    (holder.via === "pronoun" && holder.label !== "Person" && /^(?:he|she)\s*$/i.test(speaker))
  )
    return [];
  // '"It is unacceptable," Sikorski said' right after "Poland condemned the attack.": "it" is
  // what that stance was against.
  // '"This is theft," he said of the seizure': what "of" names (opposition-quote-attribution.ts).
  if (trailing !== undefined && saidOfFollows(text, m.index + m[0].length)) return [];
  if (/^(?:it|this|that)$/i.test(subject)) {
    const it = referent(earlier, holder);
    return it === undefined || !judgedAsVerdict(m, it)
      ? []
      : [{ holder, target: it, what: whatOf(it), verb: "said", at: speakerStart }];
  }
  if (/^(?:they|he|she|we|i)$/i.test(subject)) return [];
  const subjectEnd = subjectStart + subject.length;
  const target = targetOf(
    text.slice(0, subjectEnd - start),
    start,
    subjectStart,
    parties.filter((a) => a.end <= subjectEnd),
  );
  if (target === undefined || !judgedAsVerdict(m, target)) return [];
  if ("actor" in target && target.actor.key === holder.key) return [];
  // "Kast's plan … was 'unacceptable', he said": "he" is not one named in what is judged.
  if (
    holder.via === "pronoun" &&
    parties.some((a) => a.key === holder.key && a.start >= subjectStart && a.end <= subjectEnd)
  )
    return [];
  return [{ holder, target, what: whatOf(target), verb: "said", at: speakerStart }];
}

/**
 * A speech clause that closes what went before, right before a participle: ", Foreign Minister
 * Gideon Sa'ar announced on Sunday, accusing…", '…," he said, calling…'. The group is the speaker.
 */
const SPEECH_BEFORE_PARTICIPLE =
  /(?:^|[,"”])\s*((?:[\p{L}\d'’.-]+\s+){1,7}?)(?:said|says|announced|announces|added|adds|wrote|writes|stated|declared|told\s+(?:reporters|journalists|parliament|lawmakers))(?:\s+(?:on|in|at|late|early|earlier|later|last|this)\b[^,"“”]{0,30})?,\s*$/u;

/**
 * "Israel will close its embassy, Foreign Minister Gideon Sa'ar announced, accusing Dublin of…":
 * a participle after a trailing speech clause is the speaker's, not the first clause's subject.
 */
export function participleSpeaker(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  const m = SPEECH_BEFORE_PARTICIPLE.exec(text.slice(0, at - start));
  if (m === null) return undefined;
  const from = start + m.index + m[0].indexOf(m[1] ?? "");
  const to = from + (m[1] ?? "").length;
  const named = parties.filter((a) => a.start >= from && a.end <= to && !a.possessive && !a.place);
  const speaker = named.find((a) => a.label === "Person") ?? named[0];
  // '"Orbán's government squandered…," he said': "he" is not one the quotation names.
  const quoted = text.slice(0, from - start);
  const inQuote =
    speaker?.via === "pronoun" &&
    parties.some((a) => a.key === speaker.key && a.via !== "pronoun" && a.end <= from) &&
    /["”]\s*$/.test(quoted.replace(/[,\s]+$/, ""));
  return inQuote ? undefined : speaker;
}
