import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";
import { DETERMINERS } from "./body-kinds.ts";
import { NATIONAL_BODIES } from "./match-forms.ts";
import { type Mention, orgMention } from "./mention.ts";

/** How far an aside describing a body reaches, as `apposedKind` reads it. */
const MAX_ASIDE = 8;

/**
 * "the Azerbaijani parliament", "Latvia's legislature", "the national assembly": the lowercase
 * word for a state's own body, which the name set beside it by a comma names.
 */
export function stateBodyWord(t: Token | undefined): string | undefined {
  if (t === undefined || t.possessive || t.capitalized) return undefined;
  return NATIONAL_BODIES.test(t.text) || t.text === "assembly" ? t.text : undefined;
}

/**
 * Where the aside opened at `at` ends ("Srpska Lista, the largest Serb party, announced…" →
 * the second comma): a determiner or a possessive name, then words up to a stop or a small
 * word. -1 when no aside opens there.
 */
export function asideEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (first === undefined) return -1;
  if (!DETERMINERS.has(first.lower) && !(first.possessive && first.capitalized)) return -1;
  const end = Math.min(tokens.length, at + MAX_ASIDE);
  let j = at + 1;
  while (j < end && !tokens[j]!.punct && !FUNCTION_WORDS.has(tokens[j]!.lower)) j++;
  return j;
}

/** ", the Azerbaijani parliament,": whether an aside after `at` ends on a state's body. */
export function describesStateBody(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ",") return false;
  const end = asideEnd(tokens, at + 1);
  return end > 0 && stateBodyWord(tokens[end - 1]) !== undefined;
}

/**
 * "Srpska Lista, the largest Serb party, announced…", "the Milli Majlis, the Azerbaijani
 * parliament, voted…": the mentions inside the aside that describes `body` (the mention after
 * mentions[k]) name no body of their own; a state's body the aside ends on is `body` itself,
 * and gives it its state. Pushes them to `out` as they are to stand, and returns the index of
 * the last one read.
 */
export function keepAside(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
  out: Mention[],
): number {
  const last = mentions[k]!;
  if (tokens[last.to]?.text !== ",") return k;
  const end = asideEnd(tokens, last.to + 1);
  if (end < 0) return k;
  const at = out.length - 1;
  const body = out[at];
  if (body?.kind !== "org") return k;
  while (k + 1 < mentions.length && mentions[k + 1]!.to <= end) {
    k++;
    const inner = mentions[k]!;
    if (inner.kind === "org" && inner.to === end && stateBodyWord(tokens[end - 1]) !== undefined) {
      const org = { ...body.org, country: inner.org.country };
      out[at] = orgMention(org, body);
      out.push(orgMention(org, inner));
    } else out.push(inner);
  }
  return k;
}

/**
 * "Latvia's parliament, the Saeima, rejected…": a state's body named by its kind, then by its
 * own name in an aside, is the body of that name: the last two mentions in `out`, the kind
 * ending at the comma before the name, become that body's, with the state the kind gives.
 */
export function nameStateBody(tokens: readonly Token[], out: Mention[]): void {
  const named = out.at(-1);
  const kind = out.at(-2);
  if (named?.kind !== "org" || kind?.kind !== "org") return;
  if (stateBodyWord(tokens[kind.to - 1]) === undefined) return;
  const comma = tokens[named.from - 1]?.text === "the" ? named.from - 2 : named.from - 1;
  if (kind.to !== comma || tokens[comma]?.text !== ",") return;
  const org = { ...named.org, country: kind.org.country };
  out[out.length - 2] = orgMention(org, kind);
  out[out.length - 1] = orgMention(org, named);
}
