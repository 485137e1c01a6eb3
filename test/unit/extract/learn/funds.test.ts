import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../../src/extract/extract-graph.ts";
import { LinearModel } from "../../../../src/extract/learn/linear-model.ts";
import {
  chooseCandidate,
  observeRecipientGroups,
  type RecipientGroup,
} from "../../../../src/extract/learn/funds-recipient.ts";
import weights from "../../../../src/extract/learn/funds-recipient.json" with { type: "json" };
import { articleOf, fundsOf, heardWhileExtracting } from "../helpers.ts";

describe("FUNDS recipient model", () => {
  it("keeps amounts given to a party the sentence names", () => {
    expect(
      fundsOf("Japan will lend Kenya $300 million for a new railway, officials said."),
    ).toEqual(["country:JPN -> country:KEN 300000000 USD"]);
    expect(
      fundsOf("The World Bank approved a $250 million grant to Ghana for rural roads."),
    ).toEqual(["org:world-bank -> country:GHA 250000000 USD"]);
  });

  it("records no funding for trade, debts or money only considered", () => {
    expect(fundsOf("Trade between Kenya and Japan reached $3 billion last year.")).toEqual([]);
    expect(fundsOf("Kenya owes China about $6 billion, the treasury said.")).toEqual([]);
    expect(fundsOf("Japan is considering a $300 million loan to Kenya.")).toEqual([]);
    expect(
      fundsOf("Disbursement of €150 million promised by the EU to Tunisia remains on hold."),
    ).toEqual([]);
  });

  it("keeps the rules' purpose when no party is named, or the state only begins another name", () => {
    // "the Ukraine Facility" names a programme, not the state as a party.
    expect(fundsOf("Germany will channel €200 million through the Ukraine Facility.")).toEqual([
      "country:DEU -> issue:ukraine-facility 200000000 EUR",
    ]);
    expect(fundsOf("Germany pledged €50 million for mine clearance on Monday.")).toEqual([
      "country:DEU -> issue:mine-clearance 50000000 EUR",
    ]);
  });

  it("loads its committed weights", () => {
    const model = new LinearModel(weights);
    expect(Object.keys(weights.weights).length).toBeGreaterThan(50);
    expect(model.probability([])).toBeGreaterThan(0);
    for (const x of [weights.threshold, weights.switchMargin, weights.addThreshold])
      expect(Number.isFinite(x)).toBe(true);
    expect(Object.keys(weights.accept.weights).length).toBeGreaterThan(50);
  });

  it("reads words, never names, as features", () => {
    const groups = heardWhileExtracting(
      "Sweden will lend Kenya $300 million for Mombasa port, Kenya said.",
      observeRecipientGroups,
    );
    const features = groups.flatMap((g) => [
      ...g.accept,
      ...g.candidates.flatMap((c) => c.features),
    ]);
    expect(features.length).toBeGreaterThan(10);
    for (const f of features) expect(f).not.toMatch(/sweden|kenya|mombasa|SWE|KEN/i);
  });

  // Review: the payer, named last before "It will lend…", took the first of the three places and
  // rank 0 of the earlier countries, so Tanzania read "earlier:1" and Kenya was no candidate.
  it("ranks the countries named before the sentence without the payer among them", () => {
    const groups = heardWhileExtracting(
      "Kenya and Uganda asked donors for help with the railway. Tanzania joined them. Japan said on Monday that it would help. It will lend $300 million for the line.",
      observeRecipientGroups,
    );
    const earlier = groups[0]?.candidates.flatMap((c) =>
      c.features.filter((f) => f.startsWith("earlier:")).map((f) => `${c.key} ${f}`),
    );
    expect(groups[0]?.funder).toBe("country:JPN");
    expect(earlier).toEqual([
      "country:TZA earlier:0",
      "country:UGA earlier:1",
      "country:KEN earlier:2",
    ]);
  });

  it("decides at run time on the features training reads", () => {
    // Training reads the candidates through observeRecipientGroups; the graph's confidence is
    // the probability of the one chosen, so both come from the same features.
    const groups: RecipientGroup[] = [];
    observeRecipientGroups((g) => groups.push(g));
    const doc = extractGraph(
      articleOf("Norway pledged 500 million kroner to Somalia for drought relief on Monday."),
    );
    observeRecipientGroups(undefined);
    const model = new LinearModel(weights);
    const [group] = groups;
    const [fact] = doc.relationships.filter((r) => r.type === "FUNDS");
    expect(group?.candidates.map((c) => c.key)).toContain(fact?.to);
    const probabilities = group!.candidates.map((c) => model.probability(c.features));
    const at = chooseCandidate(probabilities, group!.candidates, weights);
    expect(group!.candidates[at]!.key).toBe(fact!.to);
    expect(fact!.confidence).toBe(Math.round(probabilities[at]! * 100) / 100);
  });

  it("chooses the rules' candidate unless another beats it by the margin", () => {
    const choice = {
      threshold: 0.2,
      switchMargin: 0.3,
      addThreshold: 0.6,
      actorOverIssue: 0.8,
      moneyIssueOver: 0.5,
    };
    const rule = { rule: true, key: "country:AAA" };
    const other = { rule: false, key: "country:BBB" };
    expect(chooseCandidate([0.5, 0.7], [rule, other], choice)).toBe(0);
    expect(chooseCandidate([0.3, 0.7], [rule, other], choice)).toBe(1);
    expect(chooseCandidate([0.1, 0.15], [rule, other], choice)).toBe(-1);
    expect(chooseCandidate([0.5, 0.7], [{ ...rule, rule: false }, other], choice)).toBe(1);
    expect(chooseCandidate([0.5, 0.55], [{ ...rule, rule: false }, other], choice)).toBe(-1);
    // An issue the rules chose gives way to a country that reaches actorOverIssue.
    const issue = { rule: true, key: "issue:new-roads" };
    expect(chooseCandidate([0.9, 0.85], [issue, other], choice)).toBe(1);
    expect(chooseCandidate([0.9, 0.75], [issue, other], choice)).toBe(0);
  });
});

describe("FUNDS, the thing invested in (review)", () => {
  it("reads no time, place kind, pronoun or 'in order to'-like phrase as what is invested in", () => {
    // Each was an issue of its own ("issue:past-five-years", "issue:order", "issue:them"…).
    for (const tail of [
      "in the past five years",
      "in the first quarter",
      "in the long term",
      "in recent years",
      "in them",
      "in order to grow",
      "in part",
      "in response to the crisis",
      "in the wake of the merger",
      "in line with its plan",
      "in the city",
      "in the province over five years",
    ])
      expect(fundsOf(`The German group Siemens will invest $2 billion ${tail}.`)).toEqual([]);
  });

  it("still reads the thing after 'each of' and a possessive, with its place", () => {
    expect(
      fundsOf("The German group Siemens will invest $2 billion in each of its plants."),
    ).toEqual(["org:siemens -> issue:plants 2000000000 USD"]);
    expect(
      fundsOf(
        "The German group Siemens will invest $2 billion a year in new factories in the southern " +
          "city of Seville.",
      ),
    ).toEqual(["org:siemens -> issue:factories-in-seville 2000000000 USD"]);
    // A place's kind as a word of the thing is no place: "city buses" are bought.
    expect(fundsOf("The German group Siemens will invest $2 billion in city buses.")).toEqual([
      "org:siemens -> issue:city-buses 2000000000 USD",
    ]);
  });
});

describe("an amount after a noun of money not given and a comma", () => {
  it("is that money only as an aside that closes at the comma", () => {
    // Review: "Amid falling oil prices, $2 billion was lent…" read the loan as the prices.
    expect(fundsOf("Amid falling oil prices, $2 billion was lent to Nigeria by China.")).toEqual([
      "country:CHN -> country:NGA 2000000000 USD",
    ]);
    expect(
      fundsOf("After years of mounting debt, $500 million was granted to Sri Lanka by India."),
    ).toEqual(["country:IND -> country:LKA 500000000 USD"]);
    expect(
      fundsOf("To ease rising food prices, $50 million will be provided by Japan to Kenya."),
    ).toEqual(["country:JPN -> country:KEN 50000000 USD"]);
    // The aside itself still names the cost: no funding.
    expect(
      fundsOf(
        "Indonesia agreed to shoulder a fifth of the development cost, about 1.6 trillion won, in return for 48 aircraft.",
      ),
    ).toEqual([]);
  });
});

describe("an amount invested 'in' a noun of money not given", () => {
  it("goes to it: the noun is what it is invested in, not what it is measured in", () => {
    // Review: "in regional trade" was read like "in taxes" and the investment dropped.
    expect(fundsOf("The EU will invest €50 million in regional trade.")).toEqual([
      "org:european-union -> issue:regional-trade 50000000 EUR",
    ]);
    expect(fundsOf("Japan will invest $50 million in Kenya's exports.")).toEqual([
      "country:JPN -> country:KEN 50000000 USD",
    ]);
    // Paid, not invested: the amount is the taxes, no funding.
    expect(fundsOf("Glencore has paid Zambia more than $2 billion in taxes since 2015.")).toEqual(
      [],
    );
    expect(fundsOf("The United States approved $1 billion in arms sales to Taiwan.")).toEqual([]);
  });
});

describe("a noun of money not given that qualifies a noun the function words hold", () => {
  it("does not end the amount's phrase: 'in trade talks' is no trade", () => {
    // Review: "talks" is among FUNCTION_WORDS, so "in trade talks" read as "in trade".
    expect(fundsOf("Japan offered Kenya $50 million in trade talks on Monday.")).toEqual([
      "country:JPN -> country:KEN 50000000 USD",
    ]);
    expect(fundsOf("Two-way trade of around $35 billion was reported by Kenya.")).toEqual([]);
    expect(fundsOf("Kenya has paid $2 billion in taxes and royalties to Japan.")).toEqual([]);
  });
});

describe("'owing to' after an amount", () => {
  it("is 'because of', no debt: the loan stands", () => {
    // Review: WordNet's "owe" gave the form "owing", so "owing to the drought" read as a debt.
    expect(fundsOf("The World Bank lent Kenya $50 million owing to the drought.")).toEqual([
      "org:world-bank -> country:KEN 50000000 USD",
    ]);
    expect(fundsOf("Japan granted Fiji $5 million owing to the cyclone damage.")).toEqual([
      "country:JPN -> country:FJI 5000000 USD",
    ]);
    // Money owed is still no money given.
    expect(
      fundsOf("Zambia signed the restructuring of $4.1 billion owed to Chinese lenders."),
    ).toEqual([]);
  });
});

describe("a name that ends in a noun of money not given", () => {
  it("is a recipient, not the money the amount comes to", () => {
    // Review: the token rule read "Trade" of "the Ministry of Trade" as trade and dropped it.
    expect(fundsOf("Japan gave the Ministry of Trade $50 million last year.")).toEqual([
      "country:JPN -> org:ministry-of-trade 50000000 USD",
    ]);
    expect(fundsOf("The EU gave the Department of Revenue $5 million to modernise it.")).toEqual([
      "org:european-union -> org:department-of-revenue 5000000 USD",
    ]);
    // The noun opening its sentence is still a word.
    expect(fundsOf("Trade of about $9 billion a year links Kenya and Japan.")).toEqual([]);
  });
});
