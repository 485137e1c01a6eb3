import { describe, expect, it } from "vitest";
import {
  chooseCandidate,
  observeRecipientGroups,
} from "../../../../src/extract/learn/funds-recipient.ts";
import { fundsOf, heardWhileExtracting } from "../helpers.ts";

/** Each candidate of the sentence's first amount: its key, and its money-issue features. */
function moneyFeatures(body: string): string[] {
  const [group] = heardWhileExtracting(body, observeRecipientGroups);
  return (group?.candidates ?? []).map((c) => {
    const own = c.features.filter((f) => /^(?:issue:money|object)/.test(f));
    return `${c.key}${c.money === true ? " (money)" : ""}: ${own.join(" ")}`.trim();
  });
}

describe("FUNDS, an issue that names the money itself", () => {
  it("reads the pot paid from as the money, and the party after 'to' as where it goes", () => {
    expect(
      moneyFeatures(
        "The European Commission granted €210 million from its Connecting Europe Facility to Portugal.",
      ),
    ).toEqual([
      "issue:connecting-europe-facility (money): issue:money issue:money×object",
      "country:PRT: object object×issue:money",
    ]);
  });

  it("gives the money to the party rather than to the pot it came from", () => {
    expect(
      fundsOf(
        "The European Commission granted €210 million from its Connecting Europe Facility to Portugal.",
      ),
    ).toEqual(["org:european-commission -> country:PRT 210000000 EUR"]);
  });

  it("keeps the money's own word when no party is there to take it", () => {
    expect(fundsOf("Germany will provide a €50 million grant, the ministry said.")).toEqual([
      "country:DEU -> issue:grant 50000000 EUR",
    ]);
    expect(moneyFeatures("Germany will provide a €50 million grant, the ministry said.")).toEqual([
      "issue:grant (money): issue:money",
    ]);
  });

  it("reads a fund paid into, or a purpose, as no money word", () => {
    expect(moneyFeatures("Japan will put ¥2 billion into a new youth exchange fund.")).toEqual([
      "issue:new-youth-exchange-fund:",
    ]);
    expect(moneyFeatures("Germany pledged €50 million for mine clearance on Monday.")).toEqual([
      "issue:mine-clearance:",
    ]);
  });

  it("reads a facility paid into as where the money goes, not as the money", () => {
    // Review: "facility" is a money word, but after "to"/"into" it is the pot the money goes to;
    // read as the money, it gave way to a state of the sentence before (Brazil).
    const body =
      "Brazil hosted the climate talks on Monday. Germany paid €50 million to the Green Transition Facility on Tuesday.";
    expect(fundsOf(body)).toEqual(["country:DEU -> issue:green-transition-facility 50000000 EUR"]);
    expect(
      moneyFeatures("Japan will put $80 million into the regional infrastructure facility.")[0],
    ).toBe("issue:regional-infrastructure-facility:");
    // The pot paid from still is the money: "from its Connecting Europe Facility" (above).
    expect(
      moneyFeatures(
        "The European Commission granted €210 million from its Connecting Europe Facility to Portugal.",
      )[0],
    ).toBe("issue:connecting-europe-facility (money): issue:money issue:money×object");
  });

  it("lets a party that may take its place replace such an issue from moneyIssueOver", () => {
    const choice = {
      threshold: 0,
      switchMargin: 2,
      addThreshold: 2,
      actorOverIssue: 0.9,
      moneyIssueOver: 0.3,
    };
    const taker = { rule: false, key: "country:AAA", takes: true };
    const other = { rule: false, key: "country:BBB", takes: false };
    const loan = { rule: true, key: "issue:loan", money: true };
    const purpose = { rule: true, key: "issue:new-roads", money: false };
    expect(chooseCandidate([0.8, 0.4], [loan, taker], choice)).toBe(1);
    expect(chooseCandidate([0.8, 0.2], [loan, taker], choice)).toBe(0);
    // The party the sentence names in another part keeps none; a plain purpose gives way only
    // from actorOverIssue.
    expect(chooseCandidate([0.8, 0.3, 0.6], [loan, taker, other], choice)).toBe(1);
    expect(chooseCandidate([0.8, 0.6], [loan, other], choice)).toBe(0);
    expect(chooseCandidate([0.8, 0.4], [purpose, taker], choice)).toBe(0);
    expect(chooseCandidate([0.8, 0.95], [purpose, other], choice)).toBe(1);
  });

  // The seed article's "$95 billion foreign aid package, which contains several elements that
  // might anger Beijing" gave the aid to China while any party could take the money word's place.
  it("gives no such issue's money to a party the sentence names in another part", () => {
    const body =
      "The United States approved the $40 billion aid package, which might anger Moldova.";
    expect(fundsOf(body)).toEqual(["country:USA -> issue:aid 40000000000 USD"]);
    expect(moneyFeatures(body)).toEqual(["issue:aid (money): issue:money", "country:MDA:"]);
  });
});
