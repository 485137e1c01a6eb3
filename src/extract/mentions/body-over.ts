import { patternOrg } from "../gazetteer/organization-index.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** One body over tokens [from, to): "the Socio-Economic Rights and Accountability Project". */
export function bodyOver(tokens: readonly Token[], from: number, to: number): Mention {
  const text = joinTokens(tokens, from, to);
  return orgMention(patternOrg(text, undefined), spanOf(tokens, from, to, text));
}
