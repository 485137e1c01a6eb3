import type { Actor } from "../resolve/actor.ts";

/**
 * The state whose demonym opens a target phrase ("the Colombian president…", "Russian
 * troops…") when the words right after the demonym are of the kind `after` names, read within
 * `reach` characters: the demonym must be the phrase's first party, not an owner, with nothing but
 * an article before it.
 */
export function demonymHeadState(
  text: string,
  start: number,
  phraseStart: number,
  first: Actor | undefined,
  after: RegExp,
  reach: number,
): Actor | undefined {
  if (first?.label !== "Country" || first.possessive) return undefined;
  if (!/^(?:the\s+)?$/i.test(text.slice(phraseStart - start, first.start - start)))
    return undefined;
  return after.test(text.slice(first.end - start, first.end - start + reach)) ? first : undefined;
}
