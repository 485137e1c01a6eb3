import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import type { Party } from "./find-funding.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";

/**
 * Between a state and a body it only qualifies: its possessive or its demonym, then lowercase
 * words that say what the body is ("Japan's Toyota", "Chinese battery maker Gotion", "France's
 * development agency, the Agence Française de Développement") — no determiner or auxiliary, which
 * would make the body an object ("Japan will give the Philippine Navy…").
 */
const WORD = String.raw`(?!(?:the|a|an|and|or|to|of|with|will|would|has|have|had|is|was|are|were|be|been|can|could|should|may|might|must|shall|did|does|do)\b)[a-z][\w-]*`;
const QUALIFIES = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:${WORD}\s+){0,4}(?:${WORD},\s+(?:the\s+)?)?$`,
);

/**
 * "Qatar, through the Qatar Fund for Development, pledged…", "Norway, through its development
 * agency Norad, gave…": the body a state pays through, set off after it, pays.
 */
const THROUGH = /^,\s+(?:acting\s+)?through\s+(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,3}$/;

/** A state's own organs pay with its money: "Japan's foreign ministry", "the Chinese embassy". */
const ORGAN =
  /government|ministry|cabinet|treasury|presidency|administration|embassy|consulate|parliament|congress|senate|office|agency-for-international-development/;

/**
 * The body a payer state only qualifies: in "Saudi Arabia's King Salman Humanitarian Aid and
 * Relief Centre said it would provide $5 million" or "Chinese battery maker Gotion High-Tech said
 * it would put 6.5 billion dirhams into…", the body named right after the state pays, not the
 * state — a company, a sovereign fund or a development agency spends its own money. Not a state's
 * organ ("Japan's foreign ministry"), which pays for its state. So does the body a state pays
 * through ("Qatar, through the Qatar Fund for Development, pledged…").
 */
export function bodyOfState(
  funder: Party | undefined,
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Party | undefined {
  if (funder?.label !== "Country") return funder;
  const clause = leftClauseStart(text, start, money.start);
  for (let i = 0; i < actors.length; i++) {
    const state = actors[i]!;
    if (state.key !== funder.key || state.start < clause || state.end > money.start) continue;
    const body = actors
      .slice(i + 1)
      .find((a) => a.start >= state.end && a.via !== "pronoun" && a.end <= money.start);
    if (
      body?.label === "Organization" &&
      !ORGAN.test(body.key) &&
      THROUGH.test(text.slice(state.end - start, body.start - start))
    )
      return { key: body.key, label: "Organization" };
    if (
      body?.label === "Organization" &&
      !ORGAN.test(body.key) &&
      QUALIFIES.test(text.slice(state.end - start, body.start - start)) &&
      // "Japan lends Acme Power…": a verb of giving between them makes the body the one paid.
      !FUNDING_VERB.test(text.slice(state.end - start, body.start - start))
    )
      return { key: body.key, label: "Organization" };
  }
  return funder;
}
