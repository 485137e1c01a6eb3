import type { Actor } from "../resolve/actor.ts";
import { unlistedKey } from "./organization-names.ts";
import type { Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/** Cheap test: "with", "to" or "for" soon after the amount. */
const HINT = /\b(?:with|to|for)\s/;
/** "South Africa's", "Mexico's": a state owning the company described. */
const OWNER = String.raw`\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s`;

/** What a company signed with is described as: "the state utility", "a consortium". */
const COMPANY_KIND = "utility|company|consortium|operator|firm|corporation|developer|producer";
/** A company's name, up to five words: "Acme Power", "Banco de Chile". */
const COMPANY_NAME = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’-]*|de|du|del|da|of)){0,4}`;

/**
 * "a €60 million loan with Acme Power, the state utility", "the $500 million loan it signed in
 * December with Acme Rail, the consortium that runs the line", "a $1 billion loan to Kenpower,
 * Kenya's state power utility": the named company a lender signs with or lends to, described
 * right after its name as a company, borrows.
 */
const WITH_COMPANY = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,6}?(?:with|to|for)\s+(${COMPANY_NAME})\s*,\s*(?:the|a|an|its|${OWNER})\s+(?:[\w-]+\s+){0,4}?(?:${COMPANY_KIND}|group|concessionaire|venture)\b`,
  "u",
);

/** "a $300 million loan with the state utility Acme Power (AP)": the description before the name. */
const WITH_DESCRIBED = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,6}?with\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?(?:${COMPANY_KIND}|concessionaire)\s+(${COMPANY_NAME})`,
  "u",
);

/**
 * "signed a $1 billion loan with the joint venture", "a grant agreement with the state water
 * utility in May": a body named only by its kind, signed with, borrows — named by that kind.
 */
const WITH_KIND =
  /^\s*(?:(?!(?:to|for|along|together)\s)[\w-]+\s+){0,6}?with\s+(?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,2}?(?:joint\s+venture|utility|company|consortium|operator|corporation|developer|concessionaire))\b(?![ \t]+\p{Lu}|['’])/u;

export interface Counterpart {
  readonly party: Party;
  /** The company's name, for when no list knows it. */
  readonly name: string;
}

/** The company a lender signs the amount with, named and described as a company beside it. */
export function companySignedWith(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Party | undefined,
): Counterpart | undefined {
  if (funder?.label !== "Organization") return undefined;
  const after = text.slice(money.end - start, money.end - start + 200);
  if (!HINT.test(after)) return undefined;
  const m = WITH_COMPANY.exec(after) ?? WITH_DESCRIBED.exec(after) ?? WITH_KIND.exec(after);
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  // No other amount between: "$150 million under the $553 million loan… with X" is the latter's.
  if (/[\p{Sc}\d]/u.test(m[0].slice(0, m[0].indexOf(name)))) return undefined;
  const at = money.end + m[0].indexOf(name);
  const known = actors.find((a) => a.start === at && a.end === at + name.length);
  if (known !== undefined)
    return known.label === "Organization"
      ? { party: { key: known.key, label: known.label }, name }
      : undefined;
  return { party: { key: unlistedKey(name), label: "Organization" }, name };
}
