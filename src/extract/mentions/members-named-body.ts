import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { patternOrg } from "../gazetteer/organization-index.ts";
import type { Token } from "../text/tokenize.ts";
import { keywordRunEnd, membersPossessive } from "./body-name-connectors.ts";
import { COLLECTIVE_OWNERS, joinKeepingPossessive, matchForm } from "./match-forms.ts";
import { type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** How many capitalised words may stand before the members and after them, before the keyword. */
const MAX_WORDS = 5;

/**
 * "the Ceylon Port Engineers' Union", "Workers' Party leader…", "Kenya's Teachers' Union", "the
 * Indonesian Traditional Fishermen's Union": a body named by its members in the possessive, in
 * capitals, is one body with the words before the members and the keyword after them (a
 * possessive ends no such name). The members' words must be capitalised and the words after the
 * apostrophe end in a body's keyword; its name may go on as any body's ("…Union of Ghana").
 */
export function membersNamedBody(tokens: readonly Token[], i: number): Mention | undefined {
  const first = tokens[i];
  if (first === undefined || !first.capitalized || FUNCTION_WORDS.has(first.lower))
    return undefined;
  for (let p = i; p < i + MAX_WORDS; p++) {
    const t = tokens[p];
    if (t === undefined || t.punct || !t.capitalized) return undefined;
    const reach = membersPossessive(tokens, p);
    if (reach > 0) return namedOwner(tokens, i, p) ? undefined : keywordAfter(tokens, i, p + reach);
    if (t.possessive) return undefined;
  }
  return undefined;
}

/**
 * "The Comoros' Supreme Court", "the United Nations' agency", "the People's Bank of China": a
 * state or a known body in the possessive owns what follows; "People's" is read with the run
 * ("Workers'" with its bare apostrophe is not).
 */
function namedOwner(tokens: readonly Token[], from: number, p: number): boolean {
  if (tokens[p]!.possessive && COLLECTIVE_OWNERS.test(tokens[p]!.text)) return true;
  for (let k = from; k <= p; k++)
    if (matchForm(tokens, k, "country")?.to === p + 1 || matchForm(tokens, k, "org")?.to === p + 1)
      return true;
  return false;
}

/** The body from `from` whose keyword run opens at `head`: "…' Union", "…' National Federation". */
function keywordAfter(tokens: readonly Token[], from: number, head: number): Mention | undefined {
  const end = keywordRunEnd(tokens, head);
  if (end === undefined) return undefined;
  const text = joinKeepingPossessive(tokens, from, end);
  return orgMention(patternOrg(text, undefined), spanOf(tokens, from, end, text));
}
