import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import type { OppositionTarget } from "./opposition-target.ts";

/** An organisation and the words the article described it with. */
interface Described {
  readonly body: Actor;
  readonly words: ReadonlySet<string>;
}

/** Each article's described bodies, latest first, kept with the memory of that article. */
const described = new WeakMap<OppositionMemory, Described[]>();

/** "Chadema, the main opposition party, …", "The Civil Democratic Movement, an alliance of…". */
const AFTER =
  /^,\s+(?:the|an?)\s+((?:(?!(?:said|says|told|added|which|who|that)\b)[a-z][a-z-]*\s*){1,6})[,.;]/;
/** "the opposition Social Democratic Union", "the main opposition party Chadema". */
const BEFORE =
  /\b(?:the|an?)\s+((?:(?!(?:the|an?|of|from|by|to|with|at|on|in|for|and|or|that|which|said)\b)[a-z][a-z-]*\s+){1,4})$/;
/** Words that describe no kind of body. */
const EMPTY = new Set(["of", "the", "a", "an", "and", "for", "in", "by", "with", "its", "their"]);

/** A word's bare form: "parties" and "party", "campaigners" and "campaigner" are one. */
function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/ies$/, "y")
    .replace(/(?<=[^s])s$/, "");
}

function wordsOf(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map(stem)
    .filter((w) => w !== "" && !EMPTY.has(w));
}

/**
 * Notes the words a sentence describes an organisation with, set off after its name or standing
 * before it, for a later "the opposition", "the opposition alliance" that stands for it.
 */
export function noteDescribed(
  text: string,
  start: number,
  parties: readonly Actor[],
  memory: OppositionMemory,
): void {
  if (!text.includes(",") && !/\b(?:the|an?)\s+[a-z]/.test(text)) return;
  for (const a of parties) {
    if (a.label !== "Organization" || a.via !== "org") continue;
    const phrase =
      AFTER.exec(text.slice(a.end - start, a.end - start + 80))?.[1] ??
      BEFORE.exec(text.slice(Math.max(0, a.start - start - 50), a.start - start))?.[1];
    if (phrase === undefined) continue;
    const words = new Set(wordsOf(phrase));
    if (words.size === 0) continue;
    const list = described.get(memory) ?? [];
    described.set(memory, [{ body: a, words }, ...list.filter((d) => d.body.key !== a.key)]);
  }
}

/**
 * "accused the opposition of…", "hit back at the opposition alliance": a target told only by
 * words the article described a body with is that body, the latest so described.
 */
export function describedBody(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target)) return undefined;
  const words = wordsOf(target.issue);
  if (words.length === 0 || words.length > 3) return undefined;
  const found = described
    .get(memory)
    ?.find((d) => d.body.key !== holder.key && words.every((w) => d.words.has(w)));
  return found === undefined ? undefined : { actor: found.body };
}
