import type { Actor } from "../resolve/actor.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import { unlistedOrganization } from "./organization-names.ts";

/** The kinds of body a description names: a lender, a fund, a state company. */
const KIND =
  "(?:bank|lender|fund|agency|institution|financier|insurer|investor|company|firm|corporation|conglomerate|utility)";
/** Cheap gate: a body's kind in lower case right before a capitalised word. */
const GATE = new RegExp(String.raw`\b${KIND}\s+\p{Lu}`, "u");

/**
 * "Singapore state investor Temasek", "Norwegian sovereign fund Norfund", "Russian state oil
 * company Zarubezhneft": a capitalised place or demonym may open the description instead of "the"
 * when a word of state ownership follows it.
 */
const STATE_WORD = String.raw`\b\p{Lu}[\p{L}-]+(?=\s+(?:state|state-owned|state-run|sovereign|government-owned|public)\s)`;

/**
 * "the Latin American development bank CAF", "Germany's state lender KfW", "the Dutch development
 * bank FMO": a body's kind in lower case after "the" or a possessive, then the body's name (one to
 * three capitalised words, unbroken by commas), in subject position.
 */
const KIND_THEN_NAME = new RegExp(
  String.raw`(?:\b[Tt]he|['’]s|${STATE_WORD})\s+(?:[\p{L}-]+\s+){0,4}?${KIND}\s+((?:\p{Lu}[\p{L}\d&-]*)(?:\s+\p{Lu}[\p{L}\d&-]*){0,2})(?=\s)`,
  "gu",
);

/** A time word a capital opens is no name: "the bank Monday pledged…". */
const TIME_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|Last|This|Earlier|Later)$/;

/**
 * "The Latin American development bank CAF pledged $3.1 billion to Ecuador": the body named right
 * after its description (with no commas around the name) pays — not a state its description
 * happens to name. A name no list knows is a body all the same.
 */
export function namedBody(
  text: string,
  start: number,
  from: number,
  moneyStart: number,
  actors: readonly Actor[],
): Actor | undefined {
  const clause = text.slice(from - start, moneyStart - start);
  if (!GATE.test(clause)) return undefined;
  KIND_THEN_NAME.lastIndex = 0;
  let found: Actor | undefined;
  for (let m = KIND_THEN_NAME.exec(clause); m !== null; m = KIND_THEN_NAME.exec(clause)) {
    const name = m[1];
    if (name === undefined || TIME_WORD.test(name.split(/\s/)[0] ?? "")) continue;
    const at = from + m.index + m[0].length - name.length;
    const end = at + name.length;
    // The verb of giving follows the name within a few words, with no comma between.
    if (!FUNDING_VERB.test(text.slice(end - start, moneyStart - start))) continue;
    const known = actors.find((a) => a.start === at && a.end === end);
    if (known !== undefined) {
      found = known.label === "Organization" ? known : undefined;
      continue;
    }
    // A name some list knows but read otherwise (a person, a place) is left alone.
    if (actors.some((a) => a.start < end && a.end > at)) continue;
    found = unlistedOrganization(name, at, end);
  }
  return found;
}
