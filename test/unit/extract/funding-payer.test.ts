import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// Who pays: each case pins one general way a report names the payer other than by its name.
describe("funding payer", () => {
  it("reads a body taken up by its kind as the latest body of that kind, across paragraphs", () => {
    expect(
      fundsOf(
        "Mongolia's government held talks with the European Bank for Reconstruction and Development this week.\nThe lender agreed to provide $75 million for a solar park in the Gobi.",
      ),
    ).toEqual([
      "org:european-bank-for-reconstruction-and-development -> issue:solar-park-in-the-gobi 75000000 USD",
    ]);
    expect(
      fundsOf(
        "The IMF and the Inter-American Development Bank both sent missions to Honduras in May.\nThe bank later approved $200 million for Honduras.",
      ),
    ).toEqual(["org:inter-american-development-bank -> country:HND 200000000 USD"]);
  });

  it("reads the kind inside a quote, after a preposition and in a passive", () => {
    expect(
      fundsOf(
        "The World Bank's board met in Washington on Thursday to review Tajikistan's hydropower plans.\n\"The bank's contribution, $300 million, will cover the turbines,\" Tajik Energy Minister Daler Rahmonzoda said.",
      ),
    ).toEqual(["org:world-bank -> country:TJK 300000000 USD"]);
    expect(
      fundsOf(
        "The Green Climate Fund's board gathered in Songdo this week.\nBarbados will receive $30 million from the fund for rooftop solar.",
      ),
    ).toEqual(["org:green-climate-fund -> country:BRB 30000000 USD"]);
    expect(
      fundsOf(
        "Ghana has turned to the African Development Bank for help with its ports.\nA $120 million loan was approved by the lender on Wednesday for Ghana.",
      ),
    ).toEqual(["org:african-development-bank -> country:GHA 120000000 USD"]);
  });

  it("does not read a place or bloc that only qualifies the kind as a payer", () => {
    expect(
      fundsOf(
        "The World Bank published a report on poverty on Monday.\nThe Washington-based lender also approved a $500 million credit for Ethiopia.",
      ),
    ).toEqual(["org:world-bank -> country:ETH 500000000 USD"]);
    expect(
      fundsOf(
        "Morocco and the European Investment Bank signed three agreements in Rabat on Thursday.\nThe EU lender's €150 million loan will pay for a desalination plant, the Moroccan finance ministry said.",
      ),
    ).toEqual(["org:european-investment-bank -> issue:desalination-plant 150000000 EUR"]);
  });

  it("leaves a kind the article introduced itself, a state's own body and money only sought", () => {
    expect(
      fundsOf(
        "Officials from the African Development Bank attended the launch in Abuja.\nNigeria set up a new fund for young entrepreneurs with $50 million.\nThe fund will lend $5 million to firms in the north first.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^org:african-development-bank/));
    expect(
      fundsOf(
        "The Kuwait Fund for Arab Economic Development has financed projects in Jordan for decades.\nJordan's central bank said the bank had $15 billion in reserves.",
      ),
    ).toEqual([]);
    expect(
      fundsOf(
        "The World Bank praised Haiti's recovery plan on Tuesday.\nHaiti asked the lender for $500 million, but no decision has been made.",
      ),
    ).toEqual([]);
  });

  it("reads a quoted recipient's 'it' or 'they' as the party in view and 'us' as the speaker's state", () => {
    expect(
      fundsOf(
        'Nepal\'s finance minister Bishnu Paudel met Asian Development Bank officials in Kathmandu on Monday.\n"They have given us $150 million in budget support, and we are grateful," Paudel said afterwards.',
      ),
    ).toEqual(["org:asian-development-bank -> country:NPL 150000000 USD"]);
    expect(
      fundsOf(
        'The European Investment Bank has been Ukraine\'s steadiest lender since 2022.\n"It approved €300 million for our power grid today," Ukrainian Prime Minister Yulia Svyrydenko said.',
      ),
    ).toEqual(["org:european-investment-bank -> country:UKR 300000000 EUR"]);
    expect(
      fundsOf(
        'Kenya\'s treasury held talks with the African Development Bank last week.\nTreasury Secretary John Mbadi told parliament: "They have approved $500 million for our water projects."',
      ),
    ).toEqual(["org:african-development-bank -> country:KEN 500000000 USD"]);
  });

  it("leaves the speaker's own giving, and money a quote says is owed or not given", () => {
    expect(
      fundsOf(
        '"We will give Moldova €20 million to get through the winter," Romanian President Nicusor Dan said in Chisinau.',
      ),
    ).toEqual(["country:ROU -> country:MDA 20000000 EUR"]);
    expect(
      fundsOf(
        'Kenya\'s trade minister spoke after talks with Uganda.\n"They owe us $30 million for electricity," Kenyan Energy Minister Opiyo Wandayi said.',
      ),
    ).toEqual([]);
    expect(
      fundsOf(
        'The Islamic Development Bank sent a team to Niamey in June.\n"It has given us nothing so far, and we asked for $100 million," Nigerien Finance Minister Ali Lamine Zeine said.',
      ),
    ).toEqual([]);
    // What "they" gave is a plan; the money is the speaker's own clause.
    expect(
      fundsOf(
        'Japan pledged aid to Kenya on Monday.\n"They have given us a clear plan, and we will give $50 million for clinics," Japan\'s envoy said.',
      ),
    ).not.toContain("country:KEN -> country:JPN 50000000 USD");
  });

  it("gives a state's own budget money to its purpose, not to a state named in passing", () => {
    expect(
      fundsOf(
        "Bishkek will provide 10 billion soms from the state budget this year, mainly to resettle the families living near the border with Uzbekistan, Energy Minister Taalaibek Ibraev said.",
      ),
    ).toEqual(["country:KGZ -> issue:resettle-the-families-living 10000000000 KGS"]);
    expect(
      fundsOf(
        "Costa Rica will cover 40 billion colones of the hospital's cost from its own treasury, with Korea lending the rest.",
      ),
    ).toEqual(["country:CRI -> issue:hospital 40000000000 CRC"]);
    expect(
      fundsOf(
        "Tajikistan is financing the Rogun dam from its own budget, setting aside 1.5 billion somoni this year despite objections from Uzbekistan.",
      ),
    ).toEqual(["country:TJK -> issue:rogun-dam 1500000000 TJS"]);
  });

  it("reads funds or resources after a bare 'the' as another's money, not the state's own", () => {
    expect(
      fundsOf("Kenya will use $50 million of the funds from the World Bank for the Lamu port."),
    ).toEqual(["org:world-bank -> country:KEN 50000000 USD"]);
  });

  it("reads no funding from a state's own purse that pays debts or stands at a level", () => {
    expect(
      fundsOf(
        "Tunisia used $1 billion of its reserves to pay foreign debts falling due this spring, after talks with Algeria.",
      ),
    ).toEqual([]);
    expect(
      fundsOf("Egypt will repay $2 billion from its own reserves to Saudi Arabia next month."),
    ).toEqual([]);
  });

  it("reads an amount written as one hyphenated modifier, and Spanish plurals of currencies", () => {
    expect(fundsOf("Germany approved a 50-million-euro grant for Jordan.")).toEqual([
      "country:DEU -> country:JOR 50000000 EUR",
    ]);
    expect(
      fundsOf(
        "The Central American Bank for Economic Integration approved a 900-million-quetzal loan for Guatemala, channelled through the state housing agency.",
      ),
    ).toEqual(["org:central-american-bank-for-economic-integration -> country:GTM 900000000 GTQ"]);
    expect(
      fundsOf("Paraguay was granted 300 billion guaranies by the Inter-American Development Bank."),
    ).toEqual(["org:inter-american-development-bank -> country:PRY 300000000000 PYG"]);
  });

  it("reads the subject of a passive with the amount as its object as the recipient", () => {
    expect(
      fundsOf(
        "The Inter-American Development Bank's board approved four loans on Tuesday.\nEcuador was approved $200 million, to be lent on to small firms through the state bank.",
      ),
    ).toEqual(["org:inter-american-development-bank -> country:ECU 200000000 USD"]);
    expect(
      fundsOf(
        "Honduras has been pledged 2 billion lempiras by Taiwan for rural roads, officials in Tegucigalpa said.",
      ),
    ).toEqual(["country:TWN -> country:HND 2000000000 HNL"]);
    expect(
      fundsOf(
        "Zambia was denied $300 million by the International Monetary Fund after talks stalled.",
      ),
    ).toEqual([]);
  });

  it("reads an equity stake taken in a project as money put into it", () => {
    expect(
      fundsOf(
        "The Africa Finance Corporation said on Monday it would take a $200 million equity stake in the Lobito rail line.",
      ),
    ).toEqual(["org:africa-finance-corporation -> issue:lobito-rail-line 200000000 USD"]);
    expect(
      fundsOf(
        "Georgia welcomed the European Bank for Reconstruction and Development to Tbilisi in May.\nThe bank is taking a €50 million equity stake in a wind farm near Kutaisi.",
      ),
    ).toEqual([
      "org:european-bank-for-reconstruction-and-development -> issue:wind-farm-near-kutaisi 50000000 EUR",
    ]);
    expect(
      fundsOf(
        "Uzbekistan has pledged $300 million as an equity contribution to the hydropower plant, in exchange for a share of its output.",
      ),
    ).toEqual(["country:UZB -> issue:hydropower-plant 300000000 USD"]);
  });

  it("reads no funding from a stake sold, bought or only valued", () => {
    expect(
      fundsOf(
        "Abu Dhabi's ADQ acquired a $500 million stake in Egypt's Ain Sokhna port from Egyptian shareholders.",
      ),
    ).toEqual([]);
    expect(
      fundsOf("Glencore sold its $1 billion stake in the Zambian mine to a Chinese buyer."),
    ).toEqual([]);
    expect(
      fundsOf("Temasek bought a $500 million stake in an Indian bank on the stock market."),
    ).toEqual([]);
    expect(fundsOf("Qatar is considering taking a $1 billion stake in the airport.")).toEqual([]);
  });

  it("reads the subject of a relative clause with no 'that' after the amount as its payer", () => {
    expect(
      fundsOf(
        "Tunisia will use the $120 million the Saudi Fund for Development approved in May to finish a hospital in Gafsa.",
      ),
    ).toEqual(["org:saudi-fund-for-development -> country:TUN 120000000 USD"]);
    expect(
      fundsOf(
        "Jordan counts on the $1.45 billion Washington provides every year, Jordanian officials say.",
      ),
    ).toEqual(["country:USA -> country:JOR 1450000000 USD"]);
    expect(
      fundsOf("The $300 million Zambia owes China falls due in March, the finance ministry said."),
    ).toEqual([]);
  });

  it("reads 'it' after a sentence opened on a state's own fund as the fund, not the state", () => {
    expect(
      fundsOf(
        "The Abu Dhabi Fund for Development sent a delegation to Mombasa last week.\nIt will take a $100 million stake in the port's new container terminal, officials said.",
      ),
    ).toEqual([
      "org:abu-dhabi-fund-for-development -> issue:port-s-new-container-terminal 100000000 USD",
    ]);
  });

  it("reads the kind after a complementiser: 'I can tell you that the fund has approved…'", () => {
    expect(
      fundsOf(
        "Laos's finance minister, Somphone Vilaysak, spoke to us in Vientiane.\nI met the head of the Kuwait Fund for Arab Economic Development last week. I can tell you that the fund has approved two loans for Laos worth $90 million.",
      ),
    ).toEqual(["org:kuwait-fund-for-arab-economic-development -> country:LAO 90000000 USD"]);
  });

  it("reads 'the bank' after a state's own central bank as that bank, not a lender named before", () => {
    expect(
      fundsOf(
        "The World Bank approved $500 million for Kenya in March.\nEgypt's central bank said on Monday that the bank would receive $1 billion from the United Arab Emirates.",
      ),
    ).toContain("country:ARE -> country:EGY 1000000000 USD");
  });

  it("reads the agent of a passive after a long subject as the lender", () => {
    // The payer only: where the purpose ends is another matter.
    const funds = fundsOf(
      "Ghana has turned to the African Development Bank for help with its ports.\nA $120 million loan for the Takoradi harbour was approved by the lender on Wednesday.",
    );
    expect(funds).toHaveLength(1);
    expect(funds[0]).toMatch(/^org:african-development-bank -> issue:takoradi-harbour/);
    expect(
      fundsOf("A $500 million loan for the Nairobi expressway was repaid by Kenya last year."),
    ).toEqual([]);
  });

  it("reads the source after an aside of commas around the amount", () => {
    expect(
      fundsOf(
        '"The money, $40 million for drought relief, came from Qatar," Somali Finance Minister Bihi Egeh said.',
      ),
    ).toEqual(["country:QAT -> issue:drought-relief 40000000 USD"]);
    expect(
      fundsOf("Kenya's $40 million debt, most of it owed to banks, came from Chinese lenders."),
    ).toEqual([]);
  });
});
