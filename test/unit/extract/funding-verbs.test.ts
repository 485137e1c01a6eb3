import { describe, expect, it } from "vitest";
import { talksFunding } from "../../../src/extract/facts/find-funding.ts";
import {
  FUNDING_VERB,
  PUT_IN,
  SANCTIONED_MONEY,
} from "../../../src/extract/facts/funding-parties.ts";
import { JOINING_IN } from "../../../src/extract/facts/funding-joining-verbs.ts";

/** The alternatives of FUNDING_VERB's one capture group: the verbs that make a party the payer. */
function payerVerbs(): string[] {
  const src = FUNDING_VERB.source;
  let at = 0;
  while (src[at] !== "(" || src[at - 1] === "\\" || src[at + 1] === "?") at++;
  const alternatives: string[] = [];
  let depth = 0;
  let current = "";
  for (let k = at + 1; k < src.length; k++) {
    const c = src[k] ?? "";
    if (c === "\\") {
      current += c + (src[++k] ?? "");
      continue;
    }
    if (c === ")" && depth === 0) break;
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (c === "|" && depth === 0) {
      alternatives.push(current);
      current = "";
    } else current += c;
  }
  return [...alternatives, current];
}

/**
 * A form of each verb of FUNDING_VERB, or null for the few that only name a payer once the sentence
 * speaks of money in other words ("signed a $2 billion loan", "agreed", "made available"…).
 */
const FORMS: Record<string, string | null> = {
  "pledg\\w*": "pledged",
  "announc\\w*": "announced",
  "provid\\w*": "provides",
  give: "give",
  gave: "gave",
  "giv\\w*": "giving",
  "offer\\w*": "offered",
  "commit\\w*": "committed",
  "grant\\w*": "granted",
  "lend\\w*": "lends",
  lent: "lent",
  "approv\\w*": "approved",
  "sign\\w*": null,
  "promis\\w*": "promised",
  "allocat\\w*": "allocated",
  "allott?ed": "allotted",
  appropriated: "appropriated",
  budgeted: "budgeted",
  "ring-?fenced": "ring-fenced",
  "disburs\\w*": "disbursed",
  "donat\\w*": "donated",
  "contribut\\w*": "contributed",
  pay: "pay",
  pays: "pays",
  paid: "paid",
  paying: "is paying",
  "will pay": "will pay",
  "would provide": "would provide",
  agreed: null,
  add: "add",
  added: "added",
  adds: "adds",
  "deposit\\w*": "deposited",
  "inject\\w*": "injected",
  "transfer\\w*": "transferred",
  "invest\\w*": "invested",
  "send\\w*": "sends",
  sent: "sent",
  "suppl(?:y|ies|ied|ying)": "supply",
  "channel\\w*": "channelled",
  "earmark\\w*": "earmarked",
  "extend\\w*": "extended",
  "loan(?:s|ed)": "loaned",
  "fund(?:s|ed|ing)?": "funded",
  "financ\\w*": "financed",
  "ma(?:ke|kes|de|king)": null,
  "releas\\w*": "released",
  "unveil\\w*": null,
  "award\\w*": "awarded",
  "mobili[sz]\\w*": null,
  "hand(?:s|ed|ing)?": "handed",
  "roll(?:s|ed|ing)? over": "rolled over",
  // Only before an amount: "sanctioned Belarus" is a penalty.
  [SANCTIONED_MONEY]: "sanctioned $5 million",
  "renew\\w*": "renewed",
  "rais(?:e|es|ed|ing)": null,
  "top(?:s|ped)? up": null,
  "set(?:s|ting)? aside": "set aside",
  "put(?:s|ting)?(?=[^.]{0,40}\\binto\\b)": "put it into",
  // Only before money: "put in an order" gives nothing.
  [PUT_IN]: "put in a further $5 million",
  [JOINING_IN]: "followed with",
  "bankroll\\w*": "bankrolled",
  "(?:pump|pour|plough|plow)(?:s|ed|ing)?(?=(?:(?!\\bof\\b)[^.]){0,40}\\binto\\b)":
    "poured it into",
};

describe("verbs of giving", () => {
  it("knows a form of every verb that names a payer, and each speaks of money given", () => {
    // A verb added to FUNDING_VERB ("pays") needs its form here — and, unless exempt, in
    // find-funding's FUNDING_WORDS, or a sentence with it alone is never read for money.
    expect(payerVerbs().sort()).toEqual(Object.keys(FORMS).sort());
    for (const [verb, form] of Object.entries(FORMS)) {
      if (form === null) continue;
      expect(FUNDING_VERB.test(` ${form}`), verb).toBe(true);
      expect(talksFunding(`Norway ${form} Guyana`), verb).toBe(true);
    }
  });
});
