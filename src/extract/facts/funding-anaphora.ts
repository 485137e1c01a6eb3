import type { FundingContext, Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import { STATE_ORGAN } from "./funding-organ.ts";
import { bodyOfKind } from "../resolve/body-by-kind.ts";
import { KIND_MODIFIER } from "../resolve/kind-nouns.ts";
import type { MoneyMention } from "./money.ts";
import { fundedObject } from "./funding-verb-object.ts";

/**
 * "Sweden will give SEK 2.5 billion to a new PURL package. The Netherlands confirms €250 million
 * for the scheme.": a bare definite programme noun after the amount refers back to what the money
 * before went to. A participle after the noun ("the fund set up for flood victims") makes it a new
 * one, not an earlier one.
 */
const THE_SCHEME =
  /^\s*(?:(?:more|extra)\s+)?(?:for|to|towards?|into)\s+(?:the|this|that)\s+(?:same\s+)?(scheme|programme|program|package|initiative|fund|plan|facility|effort|mechanism|project|appeal)\b(?!\s+(?:of|for|to|in|on(?!\s+[a-z]{2,}day\b)|set\s+up|created|established|launched)\b|['’](?!s\s+(?:capital|coffers|resources|endowment)\b))/i;

/**
 * What money "for the scheme" goes to: what the amount before it in the sentence went to ("C$40
 * million into a joint research programme, and India will contribute 1.5 billion rupees to the
 * same programme"), else the recipient in view (not the payer itself), else — with none in view —
 * the scheme by its kind ("pledged 2 billion kroner to the initiative").
 */
export function schemeInView(
  text: string,
  start: number,
  money: MoneyMention,
  context: FundingContext,
  sibling: Recipient | undefined,
  payer?: string,
): Recipient | undefined {
  const after = text.slice(money.end - start, money.end - start + 60);
  const m = THE_SCHEME.exec(after);
  const kind = m?.[1]?.toLowerCase();
  if (kind === undefined)
    return (
      bodyInView(after, money.end, context) ??
      fundedObject(text, start, money, sibling ?? context.recipient)
    );
  // "The Jordanian treasury will contribute 200 million dinars to the project": a payer's own
  // state in view received the money before; the scheme is the project, not the payer.
  const inView =
    context.recipient !== undefined &&
    "actor" in context.recipient &&
    context.recipient.actor.key === payer
      ? undefined
      : context.recipient;
  return (
    sibling ??
    namedFund(kind, money.end, context) ??
    inView ??
    (kind === "fund" ? undefined : issueOf(kind))
  );
}

/**
 * "Money for the Turkic Investment Fund. Azerbaijan will contribute $50 million to the fund's
 * capital": a bare "the fund" is the body of that kind named last — not the
 * payer in view ("the Fund will disburse…" is its own money), nor a lender such as the IMF.
 */
function namedFund(kind: string, at: number, context: FundingContext): Recipient | undefined {
  if (kind !== "fund") return undefined;
  const key = bodyOfKind(kind, at, {
    accept: (a) => a.key !== context.funder?.key && !LENDING_FUND.test(a.key),
  })?.key;
  return key === undefined ? undefined : { actor: { key, label: "Organization" } };
}

/** A fund that lends, as the IMF does: money is not given to it as to a fund in view. */
const LENDING_FUND = /monetary-fund/;

/** "for the agency", "to the Rome-based agency", "to the UN agency": a body named before by its kind. */
const THE_BODY = new RegExp(
  String.raw`^\s*(?:for|to)\s+the\s+((?:${KIND_MODIFIER}\s+){0,2})([Aa]gency|[Oo]rgani[sz]ation|[Cc]harity|[Ii]nstitution)\b(?!\s+(?:of|for)\b|['’])`,
  "u",
);

/**
 * "…UNRWA, the United Nations agency for Palestinian refugees. Dublin announced a further €20
 * million for the agency": the body of that kind named last (one whose name says its kind, else
 * the latest body not a state's organ — which a bare "the agency" does not mean — nor the payer
 * in view).
 */
function bodyInView(after: string, at: number, context: FundingContext): Recipient | undefined {
  const m = THE_BODY.exec(after);
  const kind = m?.[2]?.toLowerCase();
  if (kind === undefined) return undefined;
  const modifiers = m?.[1]?.split(" ").filter(Boolean);
  const key =
    bodyOfKind(kind, at, { modifiers })?.key ??
    context.orgs.find((k) => k !== context.funder?.key && !STATE_ORGAN.test(k));
  return key === undefined ? undefined : { actor: { key, label: "Organization" } };
}
