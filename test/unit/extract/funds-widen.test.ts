import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

/** FUNDS facts as "from -> to amount currency", for an article published on 12 March 2026. */
const funds = (body: string): string[] =>
  extract(body, "2026-03-12T10:00:00Z")
    .relationships.filter((r) => r.type === "FUNDS")
    .map(
      (r) =>
        `${r.from} -> ${r.to} ${String(r.properties["amount"])} ${String(r.properties["currency"])}`,
    )
    .sort();

// Each case pins one general way news prose states money given, in sentences of our own.
describe("funding, widened", () => {
  it("reads a currency word with or without its accents", () => {
    expect(
      funds(
        "Nicaragua's government approved 300 million córdobas for rural clinics on Tuesday. Honduras pledged 20 million lempiras for flood relief. Paraguay's cabinet approved 900 billion guaranies for a river port.",
      ),
    ).toEqual([
      "country:HND -> issue:flood-relief 20000000 HNL",
      "country:NIC -> issue:rural-clinics 300000000 NIO",
      "country:PRY -> issue:river-port 900000000000 PYG",
    ]);
    expect(
      funds(
        "Paraguay's President Ana Vera met ministers on Monday. The government approved 1.1 trillion guaraníes for the Chaco aqueduct.",
      ),
    ).toEqual(["country:PRY -> issue:chaco-aqueduct 1100000000000 PYG"]);
  });

  it("reads a leader's government, administration or cabinet as the leader's state paying", () => {
    expect(
      funds(
        "Paraguay's President Ana Vera met Uruguay's President Tomás Ruiz on Monday. The World Bank lent Uruguay $100 million for water works, and Vera's government set aside $20 million for rural schools.",
      ),
    ).toEqual([
      "country:PRY -> issue:rural-schools 20000000 USD",
      "org:world-bank -> country:URY 100000000 USD",
    ]);
    // A leader's spokesman or critics are no organ that pays.
    expect(
      funds(
        "Paraguay's President Ana Vera met donors on Monday. Vera's critics said the government had wasted $50 million on the stadium.",
      ),
    ).toEqual([]);
  });

  it("reads a list of things bought for someone as money for that one", () => {
    expect(
      funds(
        "Peru's President Luis Prado met his cabinet on Monday. The interior ministry has set aside 200 million soles for boots, helmets and radios for the fire brigades in Arequipa.",
      ),
    ).toEqual(["country:PER -> issue:fire-brigades-in-arequipa 200000000 PEN"]);
    expect(
      funds(
        "Japan will give $20 million for tents, blankets and clean water for displaced families.",
      ),
    ).toEqual(["country:JPN -> issue:displaced-families 20000000 USD"]);
    // A span of time or a pronoun after the list is no one paid for.
    expect(
      funds("Japan pledged $20 million for roads and bridges for the next three years."),
    ).toEqual(["country:JPN -> issue:roads-and-bridges 20000000 USD"]);
    expect(funds("France gave €5 million for food and water for it.")).toEqual([
      "country:FRA -> issue:food-and-water 5000000 EUR",
    ]);
  });

  it("reads past a span or a time told between the amount and what it goes to", () => {
    expect(
      funds(
        "Japan pledged $200 million over the next three years for solar farms in Turkana. Norway will commit 3 billion kroner (about $280 million) over ten years to the Amazon Fund.",
      ),
    ).toEqual([
      "country:JPN -> issue:solar-farms-in-turkana 200000000 USD",
      "country:NOR -> org:amazon-fund 3000000000 NOK",
    ]);
    expect(
      funds(
        "The Gulf Mining Company will invest $600 million over five years in the Tarra copper mine.",
      ),
    ).toEqual(["org:gulf-mining-company -> issue:tarra 600000000 USD"]);
    expect(
      funds("Sweden committed 90 million kronor this year for school meals in Kisumu."),
    ).toEqual(["country:SWE -> issue:school-meals-in-kisumu 90000000 SEK"]);
    // "a year in US assistance" is the kind of money, and suspended aid is no money given.
    expect(
      funds(
        "Jordan's King Abdullah met Saudi officials on Monday. About $1.45 billion a year in US assistance was suspended in January pending a review.",
      ),
    ).toEqual([]);
    expect(funds("The project will cost $2 billion over five years, officials said.")).toEqual([]);
  });

  it("reads a leader's programme or plan as the leader's state receiving, never the name as a place", () => {
    expect(
      funds(
        "Kenyan President Daniel Moi Otieno met Japanese officials on Tuesday. Japan will lend $150 million to Otieno's affordable housing plan. The Gulf Fund would extend a soft loan of $90 million to Otieno's flagship \"green schools\" programme.",
      ),
    ).toEqual([
      "country:JPN -> country:KEN 150000000 USD",
      "org:gulf-fund -> country:KEN 90000000 USD",
    ]);
  });

  it("reads a body named after its state and kind ('Singapore state investor Temasek') as the payer", () => {
    expect(
      funds(
        "Norwegian state fund Norvest pledged $40 million to a wind farm in Kenya. Qatari sovereign wealth fund QIB will invest $500 million in Egypt's new capital. Malaysian state investor Khazanah committed 1.5 billion ringgit to a renewable-energy fund.",
      ),
    ).toEqual([
      "org:khazanah -> issue:renewable-energy-fund 1500000000 MYR",
      "org:norvest -> country:KEN 40000000 USD",
      "org:qib -> country:EGY 500000000 USD",
    ]);
    // A state company that receives stays the recipient.
    expect(
      funds(
        "Kenyan state utility KPLC received $40 million from the World Bank for new power lines.",
      ),
    ).toEqual(["org:world-bank -> org:kplc 40000000 USD"]);
  });

  it("reads what money is invested in, named right after the amount, before the recipient in view", () => {
    expect(
      funds(
        "Britain will give France £50 million for border patrols. The French utility EDF will invest £1.1 billion in the Hinkley Point C nuclear plant. Norway poured $300 million into the Lobito Corridor railway last year.",
      ),
    ).toEqual([
      "country:GBR -> country:FRA 50000000 GBP",
      "country:NOR -> issue:lobito-corridor-railway 300000000 USD",
      "org:edf -> issue:hinkley-point-c 1100000000 GBP",
    ]);
    // Given, not invested: the recipient in view stays.
    expect(
      funds(
        "Britain will give France £50 million for border patrols. Britain will give £20 million in March to France for more patrols.",
      ),
    ).toEqual([
      "country:GBR -> country:FRA 20000000 GBP",
      "country:GBR -> country:FRA 50000000 GBP",
    ]);
  });

  it("reads past the state's own pot an amount is paid into, to what it is for", () => {
    expect(
      funds(
        "The Kuwait Investment Authority transferred $2 billion to the national budget this year for salaries. Norway's oil fund will move 20 billion kroner into the treasury for pension payments.",
      ),
    ).toEqual([
      "country:NOR -> issue:pension-payments 20000000000 NOK",
      "org:kuwait-investment-authority -> issue:salaries 2000000000 USD",
    ]);
  });

  it("reads a part of the money told before ('Half of the loan — $400 million —') as the same payer's", () => {
    expect(
      funds(
        "Japan will lend Kenya $800 million for a new railway. Half of the loan — $400 million — will be disbursed this year. Some of the money, $50 million, is earmarked for stations.",
      ),
    ).toEqual([
      "country:JPN -> country:KEN 400000000 USD",
      "country:JPN -> country:KEN 50000000 USD",
      "country:JPN -> country:KEN 800000000 USD",
    ]);
    expect(
      funds(
        "Japan will lend Kenya $800 million for a new railway. Part of Kenya's $3 billion debt is owed to China.",
      ),
    ).toEqual(["country:JPN -> country:KEN 800000000 USD"]);
  });
});
