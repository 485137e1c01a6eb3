import { LEADING_ROLES } from "../gazetteer/titles.ts";
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";
import { matchForm } from "./match-forms.ts";
import { matchRun } from "./match-run.ts";
import type { Mention } from "./mention.ts";

/** What a name standing for a person is followed by: a verb of speech or action. */
const PERSON_VERB = /^(?:said|says|told|accused|warned|argued|insisted|added|wrote|urged|called)$/;

/** What opens an aside about a person: ", leader of…", ", who…", ", head of…". */
const PERSON_ASIDE = new RegExp(
  `^(?:${["who", ...LEADING_ROLES, "spokesman", "spokeswoman", "spokesperson"].join("|")})$`,
);

/**
 * "Santiago Abascal, leader of the far-right Vox party, accused…", "Victoria Nuland said…": a
 * capital's (or a state's) one-word name opening a run of capitalised words that is a name, then
 * a person's aside or verb, is the person's given name, not the place.
 */
export function placeAsGivenName(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const place = matchForm(tokens, i, "country");
  if (place?.kind !== "country" || place.possessive || place.to !== i + 1) return undefined;
  if (place.form !== "capital" && place.form !== "name") return undefined;
  const next = tokens[i + 1];
  if (next?.capitalized !== true || next.punct) return undefined;
  if (FUNCTION_WORDS.has(next.lower)) return undefined;
  if (matchForm(tokens, i + 1, "country") !== undefined) return undefined;
  const run = matchRun(tokens, i, before);
  if (run?.kind !== "name" || run.from !== i || run.to <= i + 1) return undefined;
  return personPosition(tokens, run.to) ? run : undefined;
}

/** "…, leader of", "…, who", "… said": what follows the run at `at` marks a person. */
function personPosition(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined) return false;
  if (t.text === ",") return PERSON_ASIDE.test(tokens[at + 1]?.text ?? "");
  return PERSON_VERB.test(t.text);
}
