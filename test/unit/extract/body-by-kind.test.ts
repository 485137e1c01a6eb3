import { describe, expect, it } from "vitest";
import { observeTargetGroups, type TargetGroup } from "../../../src/extract/learn/opp-target.ts";
import { extract, factsOf, fundsOf, heardWhileExtracting } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A body named once and then taken up by its kind noun ("the bank", "the bloc", "the Fund"): one
// resolver (src/extract/resolve/body-by-kind.ts) answers for every kind of fact.
describe("bodies taken up by their kind", () => {
  it("reads a lending body by 'the lender', 'the bank', 'the Fund', in quotes and paragraphs later", () => {
    expect(
      fundsOf(
        "The Asian Infrastructure Investment Bank held its annual meeting in Colombo. Sri Lanka will receive $330 million from the lender for a new power line, officials said.",
      ),
    ).toEqual(["org:asian-infrastructure-investment-bank -> country:LKA 330000000 USD"]);
    expect(
      fundsOf(
        'Pakistan\'s finance minister met officials of the International Monetary Fund in Washington on Friday.\nThe talks covered energy subsidies and tax collection.\n"The Fund has agreed to release $1.1 billion to Pakistan once parliament passes the budget," the minister told reporters.',
      ),
    ).toEqual(["org:international-monetary-fund -> country:PAK 1100000000 USD"]);
  });

  it("tells two bodies of one kind apart by the state a demonym before the kind names", () => {
    expect(
      fundsOf(
        "The Kuwait Fund for Arab Economic Development and the Saudi Fund for Development co-financed the Jordan water project. The Kuwaiti fund provided $45 million, while the Saudi fund gave $30 million.",
      ),
    ).toEqual([
      "org:kuwait-fund-for-arab-economic-development -> country:JOR 45000000 USD",
      "org:saudi-fund-for-development -> country:JOR 30000000 USD",
    ]);
  });

  it("reads 'the Commission' as the commission the article named, not the gazetteer's", () => {
    expect(
      fundsOf(
        "The African Union Commission met in Addis Ababa on Monday. The Commission said it would give $5 million to Sudan for emergency food aid.",
      ),
    ).toEqual(["org:african-union-commission -> country:SDN 5000000 USD"]);
  });

  it("reads 'the bloc' as a union of states and 'the alliance' as a military alliance", () => {
    expect(
      opposes(
        "The Gulf Cooperation Council met in Doha on Sunday. Iran criticised the bloc for backing the islands claim of the United Arab Emirates.",
      ),
    ).toEqual(["country:IRN -> org:gulf-cooperation-council"]);
    expect(
      opposes(
        "The European Union and NATO both issued statements on the naval drills in the Baltic. Russia condemned the alliance on Wednesday.",
      ),
    ).toEqual(["country:RUS -> org:nato"]);
  });

  it("reads 'the lender' and 'the agency' as targets of a stance", () => {
    expect(
      opposes(
        "The International Monetary Fund demanded cuts to fuel subsidies in Nigeria. Senator Ade Okonkwo denounced the lender, saying its demands would hurt the poor.",
      ),
    ).toEqual(["person:ade-okonkwo -> org:international-monetary-fund"]);
    expect(
      opposes(
        "The World Health Organization warned of a cholera outbreak in Yemen. The United States criticised the agency for what it called a slow response.",
      ),
    ).toEqual(["country:USA -> org:world-health-organization"]);
  });

  it("gives no body to a kind noun with none of its kind named before", () => {
    expect(opposes("Santiago.- Chile criticised the bloc over beef quotas on Tuesday.")).toEqual([
      "country:CHL -> issue:bloc-over-beef-quotas",
    ]);
    expect(
      opposes(
        "The Inter-American Development Bank opened a new office in Asuncion this week. Paraguay's president later criticised the agency for delays in paying farmers.",
      ),
    ).not.toContain("country:PRY -> org:inter-american-development-bank");
  });

  it("reads a kind noun as a thing of that kind told since with no name, not a body named before", () => {
    // The rules' target (the first candidate), as for Lobito below: the switch model, retrained
    // each round, may still weigh the body named before among the other candidates.
    const lagos = heardWhileExtracting<TargetGroup>(
      "The World Bank opened a new office in Lagos this week. Nigeria's central bank raised interest rates on Tuesday. Senator Bola Adeyemi criticised the bank on Wednesday.",
      observeTargetGroups,
    );
    expect(lagos.map((g) => g.holder)).toContain("person:bola-adeyemi");
    expect(lagos.map((g) => g.candidates[0]!.key)).not.toContain("org:world-bank");
    expect(
      fundsOf(
        "The Global Fund to Fight AIDS, Tuberculosis and Malaria met in Geneva. Separately, Malawi's government set up a national fund for orphans.\nThe fund will give $2 million to schools in Lilongwe, the health minister said.",
      ),
    ).toEqual([]);
    // Told before the body, or in a clause that is no noun phrase of the kind, it changes nothing.
    expect(
      fundsOf(
        "Nepal's central bank cut interest rates in March. In April the Asian Development Bank approved a new programme for the country. The bank will lend $100 million to Nepal for hydropower.",
      ),
    ).toEqual(["org:asian-development-bank -> country:NPL 100000000 USD"]);
    expect(
      fundsOf(
        "The Islamic Development Bank met Chad's finance minister and signed an agreement under which the bank will lend Chad $40 million for wells.",
      ),
    ).toEqual(["org:islamic-development-bank -> country:TCD 40000000 USD"]);
  });

  it("reads a lowercase kind as the owner of what a stance is against", () => {
    expect(
      opposes(
        "The International Monetary Fund urged Kenya to raise fuel taxes. Kenya rejected the fund's recommendation on Monday.",
      ),
    ).toEqual(["country:KEN -> org:international-monetary-fund"]);
    expect(
      opposes(
        "The World Bank asked Zambia to cut fuel subsidies in its latest review. Opposition leader Hakainde Mwamba denounced the Washington-based lender's demands on Friday.",
      ),
    ).toEqual(["person:hakainde-mwamba -> org:world-bank"]);
    expect(
      opposes(
        "The International Atomic Energy Agency published a report on Iranian enrichment. The agency's findings were rejected by Iran on Thursday.",
      ),
    ).toEqual(["country:IRN -> org:international-atomic-energy-agency"]);
    // A state's own bank, and a kind with no body of it named before, stay what they say.
    expect(
      opposes(
        "The Asian Development Bank approved a grant for Nepal. Nepali Finance Minister Bishnu Paudel criticised the central bank's decision to raise interest rates.",
      ),
    ).not.toContain("person:bishnu-paudel -> org:asian-development-bank");
    expect(opposes("Accra.- Ghana rejected the fund's conditions on Tuesday.")).toEqual([
      "country:GHA -> issue:fund-s-conditions",
    ]);
  });

  it("takes up a body by its kind after its seat, size, field or people ('the 27-member bloc')", () => {
    expect(
      opposes(
        "The European Union agreed a new migration pact in Brussels on Tuesday. Hungary criticised the 27-member bloc for ignoring national objections.",
      ),
    ).toEqual(["country:HUN -> org:european-union"]);
    expect(
      opposes(
        "The International Atomic Energy Agency said uranium stocks had grown again. Tehran condemned the Vienna-based agency on Friday.",
      ),
    ).toEqual(["country:IRN -> org:international-atomic-energy-agency"]);
    expect(
      opposes(
        "The Rapid Support Forces seized the town of El Fasher after a long siege. Sudan's army condemned the paramilitary group for its attacks on civilians.",
      ),
    ).toContain("org:sdn-army -> org:rapid-support-forces");
    // A capitalised word no state's must be in the body's name: not the party named before.
    expect(
      opposes(
        "The Republican Party won control of the Senate in November. Senator Ruben Gallego criticised the Democratic party for its campaign on Tuesday.",
      ),
    ).not.toContain("person:ruben-gallego -> org:republican-party");
  });

  it("reads a payer named by its kind after its size or seat ('the 27-member bloc will provide')", () => {
    expect(
      fundsOf(
        "The European Union discussed Moldova in Luxembourg on Monday. The 27-member bloc will provide €50 million for the country's energy grid.",
      ),
    ).toEqual(["org:european-union -> country:MDA 50000000 EUR"]);
  });

  it("takes up a company by 'the company', 'the miner', 'the Chinese firm'", () => {
    expect(
      fundsOf(
        "Rio Tinto signed a deal with Guinea for the Simandou iron ore project. The miner will invest $6 billion in the railway to the coast, the government said.",
      ),
    ).toEqual(["org:rio-tinto -> country:GIN 6000000000 USD"]);
    expect(
      opposes(
        "Huawei has built much of Kenya's mobile network. The United States criticised the Chinese company, saying it posed a security risk.",
      ),
    ).toEqual(["country:USA -> org:huawei"]);
    // A body the text itself called a company, though no list knows it for one.
    expect(
      opposes(
        "Nigeria signed a 30-year concession for the Lekki terminal with the Danish company APM Terminals on Monday. Labour leader Joe Ajaero criticised the company for its labour practices.",
      ),
    ).toEqual(["person:joe-ajaero -> org:apm-terminals"]);
    // No company named before; and a kind noun a name follows is that name's.
    // The rules read no company there (the discourse memory may still offer the last body named,
    // a model's pick at its own threshold, not this rule's).
    const lobito = heardWhileExtracting<TargetGroup>(
      "Amnesty International published a report on the Lobito corridor. Angola's government criticised the company for its findings.",
      observeTargetGroups,
    );
    expect(lobito.map((g) => g.candidates[0]!.key)).not.toContain("org:amnesty-international");
    expect(
      opposes(
        "Pemex cut its crude shipments to Cuba. Washington criticised the military conglomerate GAESA on Friday.",
      ),
    ).not.toContain("country:USA -> org:pemex");
  });

  it("reads 'the world body', 'the regional body', 'the grouping', 'the oil cartel', 'the tribunal'", () => {
    expect(
      opposes(
        "The Economic Community of West African States suspended Guinea after the coup. The junta in Conakry criticised the regional body on Monday.",
      ),
    ).toContain("country:GIN -> org:economic-community-of-west-african-states");
    expect(
      opposes(
        "OPEC agreed to cut output again at its meeting in Vienna. President Donald Trump criticised the oil cartel on Thursday.",
      ),
    ).toEqual(["person:donald-trump -> org:organization-of-the-petroleum-exporting-countries"]);
    expect(
      opposes(
        "The International Tribunal for the Law of the Sea ruled on the Chagos boundary. The Maldives rejected the tribunal's ruling on Monday.",
      ),
    ).toEqual(["country:MDV -> org:international-tribunal-for-the-law-of-the-sea"]);
    expect(
      fundsOf(
        "The United Nations pledged support for Haiti. The world body will provide $12 million for food aid in Haiti, officials said.",
      ),
    ).toEqual(["org:united-nations -> country:HTI 12000000 USD"]);
    // "The body" alone is as often a dead person's.
    expect(
      opposes(
        "Amnesty International reported the arrest of a journalist. Kenya's police chief criticised the body found in the river as a hoax.",
      ),
    ).not.toContain("country:KEN -> org:amnesty-international");
  });

  it("reads 'both blocs', 'the two lenders' as the bodies of that kind named last, if there are two", () => {
    expect(
      opposes(
        "The World Bank and the International Monetary Fund asked Zambia to cut fuel subsidies. Opposition leader Hakainde Mwamba criticised the two lenders for their demands.",
      ),
    ).toEqual([
      "person:hakainde-mwamba -> org:international-monetary-fund",
      "person:hakainde-mwamba -> org:world-bank",
    ]);
    expect(
      opposes(
        "NATO and the European Union held joint exercises in the Baltic. Moscow denounced both organisations as hostile.",
      ),
    ).toEqual(["country:RUS -> org:european-union", "country:RUS -> org:nato"]);
    expect(
      opposes(
        "The World Bank approved a new loan for Kenya. Opposition leader Kalonzo Musyoka criticised the two lenders on Friday.",
      ),
    ).toEqual(["person:kalonzo-musyoka -> issue:two-lenders"]);
  });

  it("gives a stance of 'the Washington-based lender' to the lender, not to its seat", () => {
    expect(
      opposes(
        "The International Monetary Fund sent a mission to Buenos Aires. The Washington-based lender criticised Argentina's new export taxes.",
      ),
    ).toEqual(["org:international-monetary-fund -> country:ARG"]);
    expect(
      opposes(
        "Amnesty International published its annual report on Tuesday. The London-based group condemned Egypt's crackdown on journalists.",
      ),
    ).toEqual(["org:amnesty-international -> country:EGY"]);
  });

  it("reads a lender quoted before the words that name it ('\"The lender has promised…,\" X said after meeting World Bank officials')", () => {
    expect(
      fundsOf(
        '"The lender has promised $400 million for the railway," Kenyan Transport Minister Davis Chirchir said after meeting World Bank officials in Nairobi.',
      ),
    ).toEqual(["org:world-bank -> issue:railway 400000000 USD"]);
    expect(
      fundsOf(
        '"The bank will lend $100 million to Malawi for roads," the minister said on Monday.',
      ),
    ).toEqual([]);
  });

  it("does not take up a body named only to say whose another is ('X, a subsidiary of Y')", () => {
    expect(
      fundsOf(
        "Kenya signed a concession with APM Terminals, a subsidiary of the Danish shipping group Maersk, on Monday. Under its terms, the company will invest $500 million in the Lamu terminal.",
      ),
    ).toEqual(["org:apm-terminals -> issue:lamu 500000000 USD"]);
  });

  it("gives money 'to the UN agency' to the agency named before, and 'to the bank's fund' not to a state's bank", () => {
    expect(
      fundsOf(
        "UNRWA said its schools in Gaza had run out of fuel. Ireland gave €20 million to the UN agency on Tuesday.",
      ),
    ).toEqual(["country:IRL -> org:unrwa 20000000 EUR"]);
    expect(
      fundsOf(
        "The Central American Bank for Economic Integration approved loans for Honduras, some lent on through the state development bank Banhprovi. Taiwan pledged $20 million to the bank's fund for climate adaptation.",
      ),
    ).not.toContain("country:TWN -> org:banhprovi 20000000 USD");
  });
});
