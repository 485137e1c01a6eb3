import type { OrgRef } from "../gazetteer/organization-index.ts";
import type { TitleMention } from "../mentions/mention.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";

/**
 * A state's organ called by its kind alone: "the foreign ministry", "the Ministry of External
 * Affairs", "the presidency". Its spokesperson still speaks for a state, one the text must tell.
 */
const BARE_ORGAN =
  /^(?:(?:foreign|external\s+affairs|defen[cs]e|interior|information)\s+(?:ministry|office)|ministry\s+of\s+(?:foreign|external)\s+affairs|ministry\s+of\s+(?:defen[cs]e|the\s+interior|information)|presidency|government|cabinet)$/i;

/** True when a spokesperson's body leaves their state to be found: none, or an organ without one. */
export function organWithoutState(org: OrgRef | undefined): boolean {
  return org === undefined || (org.country === undefined && BARE_ORGAN.test(org.name));
}

/**
 * The state a sentence itself ties a spokesperson's title to: the owner of the organ ("India's
 * Ministry of External Affairs spokesperson"), or the capital the spokesperson speaks in
 * ("Speaking in the Chinese capital, foreign ministry spokesperson…", "…, in Beijing, the
 * spokesperson…").
 */
export function stateAtTitle(s: AnalyzedSentence, title: TitleMention): string | undefined {
  const ti = s.mentions.indexOf(title);
  const organ = s.mentions[ti - 1];
  const owner = organ?.kind === "org" && organ.to === title.from ? s.mentions[ti - 2] : undefined;
  if (owner?.kind === "country" && owner.possessive && owner.to === organ?.from) return owner.iso3;
  const word = (i: number): string => s.tokens[i]?.lower ?? "";
  for (const m of s.mentions.slice(0, Math.max(0, ti))) {
    if (m.kind !== "country") continue;
    // "in Beijing", "in the Chinese capital".
    const inCapital =
      (m.form === "capital" && word(m.from - 1) === "in") ||
      (m.form === "demonym" && word(m.to) === "capital" && word(m.from - 1) === "the");
    if (inCapital) return m.iso3;
  }
  return undefined;
}
