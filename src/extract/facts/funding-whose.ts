import type { Actor } from "../resolve/actor.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";
import { unlistedOrganization } from "./organization-names.ts";
import { payer } from "./stance-actor.ts";

/** ", whose board", ", whose government": a body or leader whose own organ acts. */
const WHOSE_ORGAN =
  /,\s+whose\s+(?:(?:executive|governing|own|new)\s+)?(?:board(?:\s+of\s+(?:executive\s+)?directors)?|directors|governors|government|cabinet|council|ministry|treasury|administration)\b/gi;

/** ", the Latin American development bank": a description in apposition, before the relative. */
const APPOSED_DESCRIPTION = /,\s+(?:the|a|an)\s+[^,]{1,80}$/i;

/** What a description must call a body for a name no list knows to be one. */
const BODY_KIND = /\b(?:bank|lender|fund|agency|institution|corporation|financier)\b/i;

/** A name no list knows, closing the text before the description: "CAF", "Norfund". */
const BARE_NAME = /(?:^|[\s(])(\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,2})$/u;

/**
 * "CAF, the Latin American development bank, whose board on Tuesday approved a $1.2 billion
 * package", "Danish Prime Minister Mette Frederiksen, whose government has pledged 2 billion
 * kroner": the one whose board or government gives pays — the body itself, or a leader's state.
 */
export function whosePayer(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  const before = text.slice(0, money.start - start);
  if (!before.includes("whose")) return undefined;
  let organ: RegExpExecArray | undefined;
  WHOSE_ORGAN.lastIndex = 0;
  for (let m = WHOSE_ORGAN.exec(before); m !== null; m = WHOSE_ORGAN.exec(before)) organ = m;
  if (organ === undefined) return undefined;
  const verb = before.slice(organ.index + organ[0].length);
  if (verb.length > 120 || verb.includes(";") || !FUNDING_VERB.test(verb)) return undefined;
  const head = before.slice(0, organ.index);
  const described = APPOSED_DESCRIPTION.exec(head);
  const nameEnd = described === null ? head.length : described.index;
  const known = actors.find((a) => a.end - start === nameEnd && !a.possessive);
  if (known !== undefined) return payer(known) === undefined ? undefined : known;
  // Only a described name may be a body no list knows: "CAF, the … bank, whose board…".
  const name =
    described === null || !BODY_KIND.test(described[0])
      ? null
      : BARE_NAME.exec(head.slice(0, nameEnd));
  if (name?.[1] === undefined || actors.some((a) => a.end - start === nameEnd)) return undefined;
  const at = start + nameEnd - name[1].length;
  return unlistedOrganization(name[1], at, start + nameEnd);
}
