import type { OrgRef } from "../gazetteer/organization-index.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { packedMap } from "../text/packed-map.ts";
import { isBracketedAcronym } from "./acronym-body.ts";
import { mayBeBody } from "./defined-orgs.ts";
import { type Mention, orgMention } from "./mention.ts";

/**
 * "Chadema, the main opposition party, rejected the results… Police arrested Chadema's
 * chairman": a name that one sentence shows to be a body (by its description, its kind, an
 * acronym) is that body wherever the article names it alone; so is the acronym given in brackets
 * after a body's name ("the Socio-Economic Rights and Accountability Project (SERAP)… SERAP
 * said"), though not in those brackets, where the body is already named.
 */
export function spreadOrgs(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  const bodies = new Map<string, OrgRef>();
  // "Bill Gates… the Gates foundation… Gates said": a surname of someone named in full is theirs.
  const surnames = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind === "name" && m.words.length > 1) surnames.add(m.words.at(-1) ?? "");
      if (m.kind !== "org") continue;
      bodies.set(m.text, m.org);
      // "the Socio-Economic Rights and Accountability Project (SERAP)".
      const short = s.tokens[m.to + 1]?.text ?? "";
      if (isBracketedAcronym(s.tokens, m.to + 1, m.to + 2, short) && !bodies.has(short))
        bodies.set(short, m.org);
    }
  for (const surname of surnames) bodies.delete(surname);
  if (bodies.size === 0) return sentences;
  return packedMap(sentences, (s) => {
    let mentions: Mention[] | undefined;
    for (let k = 0; k < s.mentions.length; k++) {
      const m = s.mentions[k]!;
      if (m.kind === "org") continue;
      const org = bodies.get(m.text);
      const before = s.mentions[k - 1];
      if (org === undefined || !mayBeBody(m, before)) continue;
      if (
        before?.kind === "org" &&
        before.to === m.from - 1 &&
        isBracketedAcronym(s.tokens, m.from, m.to, m.text)
      )
        continue;
      mentions ??= s.mentions.slice();
      mentions[k] = orgMention(org, m);
    }
    return mentions === undefined ? s : { sentence: s.sentence, tokens: s.tokens, mentions };
  });
}
