import { type Token } from "../text/tokenize.ts";
import { type Mention } from "./mention.ts";
import { attachTitleContext } from "./title-context.ts";
import {
  countryLedOrg,
  longerOf,
  matchPlace,
  matchForm,
  matchLowercaseMinistry,
  matchNationalBody,
} from "./match-forms.ts";
import { matchTitle } from "./match-title.ts";
import { matchRun } from "./match-run.ts";

/** Finds countries, organisations, titles, names and places in one tokenized sentence. */
export function findMentions(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchAt(tokens, i, mentions);
    if (found === undefined) {
      i++;
      continue;
    }
    mentions.push(found);
    i = found.to;
  }
  return attachTitleContext(tokens, mentions);
}

function matchAt(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const t = tokens[i];
  if (t === undefined || t.punct) return undefined;
  return (
    countryLedOrg(tokens, i) ??
    longerOf(matchForm(tokens, i, "country"), matchPlace(tokens, i)) ??
    matchForm(tokens, i, "org") ??
    matchLowercaseMinistry(tokens, i) ??
    matchNationalBody(tokens, i, before) ??
    matchTitle(tokens, i, before) ??
    (t.capitalized ? matchRun(tokens, i, before) : undefined)
  );
}
