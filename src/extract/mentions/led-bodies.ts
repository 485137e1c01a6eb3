import { ORG_FORMS, patternOrg } from "../gazetteer/organization-index.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { packedMap } from "../text/packed-map.ts";
import type { Token } from "../text/tokenize.ts";
import { bodyOver } from "./body-over.ts";
import type { Mention } from "./mention.ts";

/**
 * Bodies whose name opens with a word the mention finder read apart: a state's name ("the Kivu
 * Lawyers for Justice" where Kivu is a state: "the Malawi Teachers for Change") or "General" read
 * as a rank ("the General Federation of Dock Workers"). The body found after it takes it in.
 */
export function ledBodies(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  return packedMap(sentences, (s) => {
    let out: Mention[] | undefined;
    for (let k = 0; k < s.mentions.length; k++) {
      const m = s.mentions[k]!;
      const next = s.mentions[k + 1];
      if (next !== undefined && leads(s.tokens, m, next)) {
        out ??= s.mentions.slice(0, k);
        out.push(bodyOver(s.tokens, m.from, next.to));
        k++;
        continue;
      }
      out?.push(m);
    }
    return out === undefined ? s : { sentence: s.sentence, tokens: s.tokens, mentions: out };
  });
}

/** Whether `m` opens the name of the body `next` right after it, after "the". */
function leads(tokens: readonly Token[], m: Mention, next: Mention): boolean {
  if (next.kind !== "org" || next.from !== m.to || m.possessive) return false;
  if (tokens[m.from - 1]?.lower !== "the" || ORG_FORMS.has(next.text)) return false;
  if (m.kind === "title") return m.text === "General";
  if (m.kind !== "country" || m.form !== "name") return false;
  // "the Kenya Police": a body every state has its own of stays the state's.
  const state = m.iso3.toLowerCase();
  return !patternOrg(`${m.text} ${next.text}`, m.iso3).key.startsWith(`org:${state}-`);
}
