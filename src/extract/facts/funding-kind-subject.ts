import type { Party } from "./find-funding.ts";
import { STATE_ORGAN } from "./funding-organ.ts";
import { bodyOfKind } from "../resolve/body-by-kind.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "The Aga Khan Foundation opened a clinic. The foundation pledged $4 million…", "The charity
 * pledged…", "The company will invest…": a sentence opening with a body taken up by its kind,
 * then paying. A kind that names itself in bodies' names ("foundation", "trust", "alliance") is
 * the latest body so named; one that does not ("charity", "group", "company", "NGO") is the
 * latest body not a state's organ.
 */
const KIND_SUBJECT =
  /^\s*The\s+(?:[a-z-]+\s+)?(foundation|trust|alliance|association|federation|coalition|network|institute|society|charity|group|company|firm|ngo|NGO|nonprofit|organi[sz]ation)\s+(?:[a-z-]+\s+){0,4}$/;

/** Kinds a body's name seldom says: any body named before, not a state's organ, may be meant. */
const ANY_BODY = /^(?:charity|group|company|firm|ngo|nonprofit|organi[sz]ation)$/;

export function kindSubject(
  text: string,
  start: number,
  money: MoneyMention,
  orgs: readonly string[],
): { party: Party; at: number } | undefined {
  const before = text.slice(0, money.start - start);
  const kind = KIND_SUBJECT.exec(before)?.[1]?.toLowerCase();
  if (kind === undefined) return undefined;
  const key =
    bodyOfKind(kind, start)?.key ??
    (ANY_BODY.test(kind) ? orgs.find((k) => !STATE_ORGAN.test(k)) : undefined);
  return key === undefined ? undefined : { party: { key, label: "Organization" }, at: start };
}
