import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// Who or what receives money, read by the class of the recipient phrase's head noun.
describe("funding recipient by head noun", () => {
  it("reads a part of a work named before as that work", () => {
    expect(
      fundsOf(
        "Spain has spent years promising a fast rail link between Seville and Huelva. The European Commission on Monday approved €880 million for the first two sections of the line.",
      ),
    ).toEqual([
      "org:european-commission -> issue:fast-rail-link-between-seville-and-huelva 880000000 EUR",
    ]);
    expect(
      fundsOf(
        "Zambia and Zimbabwe are rebuilding the plunge pool of the Kariba dam. The World Bank approved $120 million on Friday for the second phase of the work on the dam.",
      ),
    ).toEqual(["org:world-bank -> issue:kariba-dam 120000000 USD"]);
  });

  it("reads a definite stretch with no 'of' as part of the last work that runs somewhere", () => {
    expect(
      fundsOf(
        "Tanzania's standard gauge railway is meant to reach Kigoma by 2030, and a shared station is planned at Tabora. A group of banks led by Citibank signed a $300 million loan for the 180-kilometre section near Tabora.",
      ),
    ).toEqual(["org:citibank -> issue:tanzania-s-standard-gauge-railway 300000000 USD"]);
  });

  it("reads 'the same project' and a bare definite work as the one named before", () => {
    expect(
      fundsOf(
        "The Saudi Fund for Development signed a $60 million loan with Tunisia for a desalination plant near Sfax. The OPEC Fund for International Development has committed $40 million in co-financing for the same project.",
      ),
    ).toContain(
      "org:opec-fund-for-international-development -> issue:desalination-plant-near-sfax 40000000 USD",
    );
    expect(
      fundsOf(
        "Egypt approved money for the Toshka irrigation canal in 2024. The Kuwait Fund has now signed a $45 million loan for the canal.",
      ),
    ).toEqual(["org:kuwait-fund -> issue:toshka-irrigation-canal 45000000 USD"]);
  });

  it("names a scheme by its end when it points back to it", () => {
    expect(
      fundsOf(
        "The Czech-led scheme to buy artillery shells for Ukraine has raised enough money. Norway pledged 500 million kroner for the scheme.",
      ),
    ).toEqual([
      "country:NOR -> issue:czech-led-scheme-to-buy-artillery-shells-for-ukraine 500000000 NOK",
    ]);
  });

  it("keeps a work nobody named before, a new one, and one named only by its kind", () => {
    expect(fundsOf("The World Bank approved $100 million on Friday for the dam.")).toEqual([
      "org:world-bank -> issue:dam 100000000 USD",
    ]);
    expect(
      fundsOf(
        "Romania has been building the Bucharest–Brasov motorway for a decade. The EU approved €60 million for a new bridge over the Danube.",
      ),
    ).toEqual(["org:european-union -> issue:new-bridge 60000000 EUR"]);
    expect(
      fundsOf(
        "Work began on a road and a railway, the new rail line to run beside the road. Baku earmarked 1.2 billion manats for the railway on its side of the border.",
      ),
    ).not.toContainEqual(expect.stringContaining("new-rail-line"));
  });

  it("gives a running total to what the giver's money went to before, not to the new part's end", () => {
    expect(
      fundsOf(
        "Norway has pledged 1 billion kroner to Ghana's cocoa reform. Oslo is adding 100 million kroner for training at the state marketing board Cocobod, bringing its contribution to 1.1 billion kroner.",
      ),
    ).toContain("country:NOR -> country:GHA 1100000000 NOK");
    expect(
      fundsOf(
        "The Netherlands has given €800 million to Ukraine since January. On Monday it pledged €100 million for demining, bringing its total this year to €900 million.",
      ),
    ).toEqual([
      "country:NLD -> country:UKR 800000000 EUR",
      "country:NLD -> country:UKR 900000000 EUR",
      "country:NLD -> issue:demining 100000000 EUR",
    ]);
  });

  it("keeps a running total's own recipient, and the new part's when nothing came before", () => {
    expect(
      fundsOf(
        "Canada announced C$15 million for school meals in Haiti on Monday, raising its aid to Haiti this year to C$45 million.",
      ),
    ).toContain("country:CAN -> country:HTI 45000000 CAD");
    expect(
      fundsOf(
        "Australia announced a further A$50 million for the Pacific Resilience Facility on Tuesday, bringing Australia's total commitment to A$150 million.",
      ),
    ).toContain("country:AUS -> issue:pacific-resilience-facility 150000000 AUD");
  });

  it("reads a named facility, window or hub the text treats as a body as that body", () => {
    expect(
      fundsOf(
        "Japan announced ¥3 billion for the Coral Sea Facility, the region's own climate fund.",
      ),
    ).toEqual(["country:JPN -> org:coral-sea-facility 3000000000 JPY"]);
    expect(
      fundsOf(
        "Portugal gave €30 million to the Atlantic Blue Economy Window, which lends to fishing cooperatives.",
      ),
    ).toEqual(["country:PRT -> org:atlantic-blue-economy-window 30000000 EUR"]);
    expect(
      fundsOf(
        "Britain said £5 million goes to the Commonwealth Small States Finance Hub, which helps islands write bids.",
      ),
    ).toEqual(["country:GBR -> org:commonwealth-small-states-finance-hub 5000000 GBP"]);
  });

  it("keeps a named facility told of as a programme, or of which nothing is said, a purpose", () => {
    expect(
      fundsOf(
        "Sweden pledged €40 million for the Green Jobs Facility, a programme that trains young people in Kenya.",
      ),
    ).toEqual(["country:SWE -> issue:green-jobs-facility 40000000 EUR"]);
    expect(
      fundsOf("Germany will channel €200 million through the Ukraine Facility next year."),
    ).toEqual(["country:DEU -> issue:ukraine-facility 200000000 EUR"]);
  });

  it("gives an amount what its own clause says it will be spent on, finance or be used for", () => {
    expect(
      fundsOf(
        "The Asian Development Bank lent $200 million to Kyrgyzstan's education ministry. Of the total, $120 million goes to the ministry's building agency. The remaining $80 million will finance dormitories at three colleges.",
      ),
    ).toContain("org:asian-development-bank -> issue:dormitories 80000000 USD");
    expect(
      fundsOf(
        "Kuwait will give Jordan's army 90 million dinars to pay soldiers, an envoy said. Of the total, 40 million dinars will be spent on diesel for the army's trucks.",
      ),
    ).toContain("country:KWT -> issue:diesel 40000000 KWD");
    expect(
      fundsOf(
        "The African Development Bank said its board approved a $200 million loan on Monday to extend cash transfers to farmers hit by the drought.",
      ),
    ).toEqual(["org:african-development-bank -> issue:cash-transfers 200000000 USD"]);
  });

  it("gives an amount to a party its clause of use names, and keeps a clause with no use", () => {
    expect(
      fundsOf(
        "The World Bank approved a loan for Zambia on Monday. The $150 million loan will fund clinics.",
      ),
    ).toEqual(["org:world-bank -> country:ZMB 150000000 USD"]);
    expect(
      fundsOf(
        "Saudi Arabia pledged $1 billion to the region. Of the total, $100 million will go to Jordan.",
      ),
    ).toContain("country:SAU -> country:JOR 100000000 USD");
    expect(
      fundsOf(
        "The EU gave Chad €100 million for refugees. Of the total, €30 million will cover the cost.",
      ),
    ).not.toContainEqual(expect.stringContaining("issue:cost"));
  });

  it("reads what money for a group of people is for from the kind of money it is in", () => {
    expect(
      fundsOf(
        "Manila approved 2 billion pesos in compensation and rebuilding money for residents of Cagayan on Monday.",
      ),
    ).toEqual(["country:PHL -> issue:compensation-and-rebuilding-money 2000000000 PHP"]);
    expect(
      fundsOf("Japan gave $5 million in emergency food aid for families displaced by the floods."),
    ).toEqual(["country:JPN -> issue:emergency-food-aid 5000000 USD"]);
  });

  it("keeps the people when the kind of money says nothing of its use", () => {
    expect(
      fundsOf("Austria pledged €5 million in humanitarian aid for displaced families in the east."),
    ).toEqual(["country:AUT -> issue:displaced-families 5000000 EUR"]);
  });

  it("prefers a work of the same noun, and reads the object of a second verb", () => {
    expect(
      fundsOf(
        "Bangladesh wants to expand the Laldia Container Terminal of the Chittagong Port. Denmark will invest $500 million to build and equip the terminal, which is due to open in 2030.",
      ),
    ).toEqual(["country:DNK -> issue:laldia-container-terminal 500000000 USD"]);
  });

  it("reads a Council of Ministers named without its state as the state in view", () => {
    expect(
      fundsOf(
        "Skopje.- North Macedonia's parliament approved the budget. North Macedonia's government said it needs money. The EU signed a €30 million grant with the Council of Ministers on Friday.",
      ),
    ).toEqual(["org:european-union -> country:MKD 30000000 EUR"]);
  });

  it("lends to a company described after its name as a state's company, not to the loan", () => {
    expect(
      fundsOf(
        "The African Development Bank approved a $1 billion loan to Kenpower, Kenya's state power utility.",
      ),
    ).toEqual(["org:african-development-bank -> org:kenpower 1000000000 USD"]);
    expect(
      fundsOf("The World Bank gave $200 million to Kenya, the region's largest economy."),
    ).toEqual(["org:world-bank -> country:KEN 200000000 USD"]);
  });

  it("reads the people's adjective on the purpose's head as the state that benefits", () => {
    expect(
      fundsOf(
        "Brazil's development bank BNDES approved a credit line of $250 million for Surinamese purchases of Brazilian road-building equipment.",
      ),
    ).toEqual(["org:bndes -> country:SUR 250000000 USD"]);
  });

  it("gives what a state spends to what it is spent on, not to a debt's interest", () => {
    expect(
      fundsOf(
        "Peru's prime minister Eduardo Arana visited the island on Sunday. He announced that the government would spend 20 million soles (about $5.6 million) on a health post and drinking water.",
      ),
    ).toEqual(["country:PER -> issue:health-post-and-drinking-water 20000000 PEN"]);
    expect(
      fundsOf("Kenya will spend more than 90 billion shillings on interest this fiscal year."),
    ).toEqual([]);
  });

  it("reads past the programme or fund an amount is paid under or through to what it is for", () => {
    // Kept-out misses: "a grant of 2.4 billion yen under its Official Security Assistance
    // programme for coastal radar systems" gave no purpose, and the state named before took it.
    expect(
      fundsOf(
        "China's coast guard fired water cannon at a Philippine vessel. Tokyo approved a grant of 2.4 billion yen under its Official Security Assistance programme for coastal radar systems.",
      ),
    ).toEqual(["country:JPN -> issue:coastal-radar-systems 2400000000 JPY"]);
    expect(
      fundsOf(
        "The European Union has pledged €45 million under its Global Gateway programme for weighbridges.",
      ),
    ).toEqual(["org:european-union -> issue:weighbridges 45000000 EUR"]);
    expect(
      fundsOf(
        "The British government signed a grant of £12 million through its Caribbean infrastructure fund for the steam-gathering system.",
      ),
    ).toEqual(["country:GBR -> issue:steam-gathering-system 12000000 GBP"]);
    expect(
      fundsOf(
        "Japan approved 1.1 billion yen next year under its security assistance programme to equip the coast guard.",
      ),
    ).toEqual(["country:JPN -> issue:equipping-of-the-coast-guard 1100000000 JPY"]);
  });

  it("keeps a name's own 'for' after a programme: no purpose of the name's words", () => {
    expect(
      fundsOf(
        "The Commission released €111 million to Serbia under the Reform and Growth Facility for the Western Balkans.",
      ),
    ).toEqual(["org:european-commission -> country:SRB 111000000 EUR"]);
    expect(
      fundsOf(
        "The Commission released €111 million under the Reform and Growth Facility for the Western Balkans.",
      ),
    ).toEqual([]);
  });
});
