import type { Token } from "../text/tokenize.ts";
import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";

/** What earlier sentences leave for pronouns and descriptions to refer to. */
export interface Memory {
  recent: string[];
  lastSubject: Actor | undefined;
  counts: Map<string, number>;
}

/**
 * "he"/"she": the nearest person named before it in the same sentence, else the subject of the
 * sentence before ("China lashed out… Additionally, he opposes…" keeps the country).
 */
/** "the ministry said it opposes…": after a speech verb, "it" is the speaker. */
const SPEECH = /^(said|says|added|warned|stated|insisted|declared|announced|stressed|that)$/i;

export function pronouns(s: AnalyzedSentence, memory: Memory, actors: readonly Actor[]): Actor[] {
  return s.tokens.flatMap((t, i) => {
    const antecedents = /^(he|she)$/i.test(t.text)
      ? [actors.filter((a) => a.label === "Person" && a.to <= i).at(-1) ?? memory.lastSubject]
      : /^(it|they)$/i.test(t.text) && SPEECH.test(s.tokens[i - 1]?.text ?? "")
        ? [actors.filter((a) => a.to <= i - 1 && !a.possessive && !a.place).at(-1)]
        : /^they$/i.test(t.text)
          ? coordinatedPeople(s, actors, i)
          : isObjectPronoun(s.tokens, i)
            ? [objectAntecedent(actors, memory, i)]
            : [];
    return antecedents.flatMap((antecedent) =>
      antecedent === undefined
        ? []
        : [
            {
              ...antecedent,
              start: t.start,
              end: t.end,
              from: i,
              to: i + 1,
              via: "pronoun" as const,
              possessive: false,
              place: false,
            },
          ],
    );
  });
}

/** "him", and "her" when no noun follows it ("met her in Paris", not "her counterpart"). */
function isObjectPronoun(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.text.toLowerCase();
  if (word === "him") return true;
  if (word !== "her") return false;
  const next = tokens[i + 1];
  return (
    next === undefined ||
    next.punct ||
    /^(?:in|at|on|to|for|with|by|from|last|again|later|during|after|before|and|twice|briefly|separately|privately|there|here)$/i.test(
      next.text,
    )
  );
}

/**
 * "Hamish Falconer met him", "where Xi welcomed him": the object is not the verb's subject (the
 * person just before it) but someone named earlier, in this sentence or, failing that, before.
 */
function objectAntecedent(actors: readonly Actor[], memory: Memory, i: number): Actor | undefined {
  const people = actors.filter((a) => a.label === "Person" && a.to <= i && !a.possessive);
  const subject = people.at(-1);
  const earlier = people.filter((a) => a.key !== subject?.key).at(-1);
  if (earlier !== undefined) return earlier;
  const last = memory.lastSubject;
  return last?.label === "Person" && last.key !== subject?.key ? last : undefined;
}

/** "Baerbock and her counterpart Colonna travelled to Kyiv, where they met…": the pair named. */
function coordinatedPeople(s: AnalyzedSentence, actors: readonly Actor[], i: number): Actor[] {
  const people = actors.filter((a) => a.label === "Person" && a.to <= i && !a.possessive);
  const group: Actor[] = [];
  for (let k = people.length - 1; k >= 0; k--) {
    const a = people[k] as Actor;
    const next = group.at(-1);
    if (next !== undefined) {
      const gap = s.sentence.text.slice(a.end - s.sentence.start, next.start - s.sentence.start);
      if (
        !/^\s*,?\s*(?:and\s+)?(?:[\p{L}'’-]+\s+){0,5}?,?\s*$/u.test(gap) ||
        !/,|\band\b/.test(gap)
      )
        break;
    }
    group.push(a);
  }
  return group.length >= 2 ? group.reverse() : [];
}
