import type { Actor } from "./actor.ts";
import { KIND_NOUNS } from "./kind-nouns.ts";

/** "the Danish company APM Terminals", "Kenyan lender KCB": a kind noun right before a name. */
const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${KIND_NOUNS})\s+$`, "u");

/** "the state development bank BANHPROVI": a state's own body, which "the bank" does not mean. */
const STATE_OWN = /\b(?:state|state-owned|national|central|reserve)\s+(?:[\p{L}-]+\s+)?\S+\s+$/u;

/** "BYD, the Chinese carmaker,", "KCB, a Kenyan lender": a kind noun in apposition after a name. */
const KIND_AFTER = new RegExp(
  String.raw`^\s*,\s+(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(${KIND_NOUNS})(?![\p{L}])`,
  "u",
);

/**
 * The kind noun a sentence gives a body where it names it, before the name or in apposition
 * after it: "Chinese carmaker BYD opened a plant… Residents criticised the company" takes up BYD,
 * though no list knows it for a company.
 */
export function describedKind(text: string, start: number, actor: Actor): string | undefined {
  const before = text.slice(Math.max(0, actor.start - start - 30), actor.start - start);
  const after = text.slice(actor.end - start, actor.end - start + 60);
  const kind = KIND_BEFORE.exec(before);
  if (kind !== null) return STATE_OWN.test(before) ? undefined : kind[1];
  return KIND_AFTER.exec(after)?.[1];
}

/**
 * ", a joint venture owned by the French group", ", a subsidiary of": an aside after one body
 * that names, at its end, the body the first belongs to.
 */
const OWNER_ASIDE =
  /^\s*(?:\([^()]{1,12}\)\s*)?,\s+(?:a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:(?:owned|controlled|run|backed)\s+by|(?:subsidiary|unit|arm|affiliate|division|part)\s+of)\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?$/u;

/**
 * The body `actor` is named to own, in an aside right after that body: in "Meridian Port
 * Services, a joint venture owned by the shipping group CMA CGM, will invest…", CMA CGM is named
 * only to say whose Meridian is, and a later "the company" is still Meridian.
 */
export function ownedBody(
  text: string,
  start: number,
  before: Actor | undefined,
  actor: Actor,
): Actor | undefined {
  if (before === undefined || before.label !== "Organization") return undefined;
  return OWNER_ASIDE.test(text.slice(before.end - start, actor.start - start)) ? before : undefined;
}
