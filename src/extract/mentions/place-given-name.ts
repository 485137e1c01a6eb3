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
 * a person's aside or verb, is the person's given name, not the place. So is one set off after a
 * role ("his Paraguayan counterpart, Santiago Ruiz, said") or before a description of a person
 * ("Santiago Ruiz, the host, called it…").
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
  return personPosition(tokens, run.to) ||
    afterRole(tokens, i, before) ||
    describedAfter(tokens, run.to)
    ? run
    : undefined;
}

/** "counterpart, Santiago Ruiz": a role and a comma right before the run at `i`. */
function afterRole(tokens: readonly Token[], i: number, before: readonly Mention[]): boolean {
  const last = before.at(-1);
  return last?.kind === "title" && last.to === i - 1 && tokens[i - 1]?.text === ",";
}

/** ", the host, called": a description of a person set off between commas, then a verb. */
function describedAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== "," || tokens[at + 1]?.lower !== "the") return false;
  for (let k = at + 2; k < at + 5; k++) {
    const t = tokens[k];
    if (t === undefined || t.punct) return t?.text === "," && k > at + 2 && isVerb(tokens[k + 1]);
    if (t.capitalized) return false;
  }
  return false;
}

/** A past or present verb of a person's: "called", "said", "says". */
const VERB = /^(?:\p{Ll}+ed|\p{Ll}+s|said|told|spoke|wrote|made|gave)$/u;

const isVerb = (t: Token | undefined): boolean =>
  t !== undefined && !t.capitalized && VERB.test(t.text);

/** "…, leader of", "…, who", "… said": what follows the run at `at` marks a person. */
function personPosition(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined) return false;
  // "…, who", "…, said": an aside about a person, or the comma closing one before the verb.
  if (t.text === ",")
    return (
      PERSON_ASIDE.test(tokens[at + 1]?.text ?? "") || PERSON_VERB.test(tokens[at + 1]?.text ?? "")
    );
  return PERSON_VERB.test(t.text);
}
