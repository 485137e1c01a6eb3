import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stances told by expressions the stance verbs miss: phrasal attacks, promised resistance,
// refusals, accusations told as nouns, sanctions told by their instruments.
describe("opposition recall", () => {
  it("reads a phrasal or idiomatic attack as a stance against its object", () => {
    expect(opposes("Portuguese opposition leader Rui Tavares tore into the rail budget.")).toEqual([
      "person:rui-tavares -> issue:rail-budget",
    ]);
    expect(opposes("Irish Premier Sean Daly took a swipe at Washington over its tariffs.")).toEqual(
      ["person:sean-daly -> country:USA"],
    );
    expect(opposes("Danish Prime Minister Mette Holm had sharp words for Pakistan.")).toEqual([
      "person:mette-holm -> country:PAK",
    ]);
    expect(opposes("Norway is pushing back at the Swedish plan to cap gas prices.")).toContain(
      "country:NOR -> issue:swedish-plan-to-cap-gas-prices",
    );
  });

  it("reads resistance promised against a policy, not against a thing or for one", () => {
    expect(
      opposes("Belgian union leader Marc Dubois vowed to fight the pension reform to the end."),
    ).toEqual(["person:marc-dubois -> issue:pension-reform"]);
    expect(opposes("Argentine Senator Laura Paz promised to overturn the decree.")).toEqual([
      "person:laura-paz -> issue:decree",
    ]);
    expect(opposes("A Russian missile tore into an apartment block in Kharkiv.")).toEqual([]);
    expect(opposes("Brazilian President Lucia Prado vowed to fight corruption.")).toEqual([]);
    expect(opposes("Indian Prime Minister Arun Das pledged to fight for the trade deal.")).toEqual(
      [],
    );
    expect(opposes("The Thai parliament pushed back the vote on the budget.")).toEqual([]);
    expect(
      opposes(
        "Malaysian Prime Minister Idris Hamzah vowed to resist calls to scrap the tax reform.",
      ),
    ).toEqual([]);
  });

  it("reads a refusal told of the future as a stance, and not a past fact or a thing kept from harm", () => {
    expect(opposes("Egypt will not allow Ethiopia to fill the dam unilaterally.")).toEqual([
      "country:EGY -> country:ETH",
    ]);
    expect(opposes("Iran has made clear it will not tolerate a foreign-run corridor.")).toEqual([
      "country:IRN -> issue:foreign-run-corridor",
    ]);
    expect(opposes("Algeria has no intention of accepting the Moroccan autonomy plan.")).toEqual([
      "country:DZA -> issue:moroccan-autonomy-plan",
    ]);
    expect(opposes("Peruvian police did not allow reporters into the building.")).toEqual([]);
    expect(opposes("Argentina would not allow the talks to fail, its president said.")).toEqual([]);
    expect(
      opposes(
        "Chile will not allow the lives of its citizens to be put at risk, its minister said.",
      ),
    ).toEqual([]);
    expect(opposes("Chile would not allow itself to be drawn into the dispute.")).toEqual([]);
  });

  it("reads an accusation, a complaint or a protest note told as a noun with its owner", () => {
    expect(
      opposes("Cambodia's accusation that Thailand had laid new landmines was repeated on Monday."),
    ).toEqual(["country:KHM -> country:THA"]);
    expect(
      opposes("The accusation by Laos that Vietnam had diverted the river was repeated."),
    ).toEqual(["country:LAO -> country:VNM"]);
    expect(opposes("Pakistan's allegations of Indian involvement were dismissed.")).toEqual([
      "country:PAK -> country:IND",
    ]);
    expect(
      opposes("In a protest note to Hanoi, Beijing said the island works were illegal."),
    ).toContain("country:CHN -> country:VNM");
    // Without an owner, or against nobody named, an accusation is no one's stance.
    expect(opposes("The accusation that Myanmar had laid mines was not confirmed.")).toEqual([]);
    expect(
      opposes("Laos's accusation that it had been ignored by donors angered officials."),
    ).toEqual([]);
    // Review: the owner stands right after "by"/"from", and port charges are fees, not charges.
    expect(
      opposes("Complaints from farmers in Kenya about Ugandan milk imports have grown this year."),
    ).toEqual([]);
    expect(
      opposes("Kenya's new charges that Ugandan truckers must pay at the border took effect."),
    ).toEqual([]);
  });

  it("reads turning away another's accusation as a denial, not a stance against its owner", () => {
    expect(
      opposes(
        "Officials in Bangkok rejected Cambodia's accusations that they had crossed the border.",
      ),
    ).toEqual([]);
  });

  it("reads sanctions told by their instruments, in the active and the passive", () => {
    // Review: a measure ended or put on an agenda is none laid.
    expect(opposes("Kenya put an end to sanctions on Uganda.")).toEqual([]);
    expect(
      opposes("Japan said it had placed the lifting of sanctions on Iran on the agenda."),
    ).toEqual([]);
    expect(opposes("Australia placed travel bans on two senior Iranian officials.")).toEqual([
      "country:AUS -> country:IRN",
    ]);
    expect(opposes("Switzerland froze the bank accounts of the former Syrian president.")).toEqual([
      "country:CHE -> issue:former-syrian-president",
    ]);
    expect(opposes("The Dutch government restricted exports of chip machines to China.")).toEqual([
      "country:NLD -> country:CHN",
    ]);
    expect(opposes("Five Georgian police commanders were hit with British sanctions.")).toEqual([
      "country:GBR -> issue:five-georgian-police-commanders",
    ]);
    expect(opposes("Japan added twelve Russian companies to its export control list.")).toEqual([
      "country:JPN -> country:RUS",
    ]);
    // Enforcement at home, a measure only weighed, or trade limited to no one named, is none.
    expect(opposes("Kenya froze the accounts of a local bank over fraud.")).toEqual([]);
    expect(opposes("Britain could place visa bans on Georgian judges.")).toEqual([]);
    expect(opposes("Indonesia restricted exports of nickel ore to protect its smelters.")).toEqual(
      [],
    );
  });

  it("reads blame laid on a party named at the end of its clause, not on a thing", () => {
    expect(opposes("Opposition leader Peter Kovacs blamed Prime Minister Viktor Szabo.")).toEqual([
      "person:peter-kovacs -> person:viktor-szabo",
    ]);
    expect(opposes("Kyiv blamed Moscow, saying the drones had come from the east.")).toEqual([
      "country:UKR -> country:RUS",
    ]);
    expect(opposes('Downing Street blamed "the schedule".')).toEqual([]);
    expect(opposes("Kenyan officials blamed the heavy rains.")).toEqual([]);
  });

  it("reads harm a speaker says a work or a measure will do as a verdict against it", () => {
    expect(opposes("Greenpeace warned that the pipeline would devastate the coral reef.")).toEqual([
      "org:greenpeace -> issue:pipeline",
    ]);
    expect(opposes("Rwanda said the American sanctions would only fuel the conflict.")).toEqual([
      "country:RWA -> country:USA",
    ]);
    expect(
      opposes("The Nigerian Labour Congress warned that the subsidy removal would deepen poverty."),
    ).toEqual(["org:nigerian-labour-congress -> issue:subsidy-removal"]);
    // Good brought about, or harm done by a disaster, judges nothing.
    expect(opposes("The IMF said the reforms would push the economy into growth.")).toEqual([]);
    expect(opposes("Zambian officials said the drought had devastated harvests.")).toEqual([]);
    expect(opposes("Analysts in Nairobi said the war would fuel inflation.")).toEqual([]);
  });

  it("reads a lack of something good, said of a measure, as a verdict against it", () => {
    expect(
      opposes("Transparency International said the port concession lacked any transparency."),
    ).toEqual(["org:transparency-international -> issue:port-concession"]);
    expect(
      opposes("Oxfam said the Italian migration plan did nothing to protect children."),
    ).toEqual(["org:oxfam -> issue:italian-migration-plan"]);
    expect(
      opposes("Peruvian Finance Minister Jose Arias said the budget contained no new taxes."),
    ).toEqual([]);
    expect(opposes("Ecuador said the new law provides no exemptions for foreign firms.")).toEqual(
      [],
    );
  });

  it("reads a verdict held ('considers', 'regards as', 'views as') like one said", () => {
    expect(opposes("Ecuador considers the Mexican raid on its embassy illegal.")).toEqual([
      "country:ECU -> country:MEX",
    ]);
    expect(opposes("Poland has long viewed Russia as a threat.")).toEqual([
      "country:POL -> country:RUS",
    ]);
    expect(opposes("Moscow considered the case against Dodik politically motivated.")).toEqual([
      "country:RUS -> issue:case-against-dodik",
    ]);
    expect(opposes("Peru sees Chile as a key partner.")).toEqual([]);
    expect(opposes("The Chinese base is considered illegal by most lawyers.")).toEqual([]);
    expect(opposes("Paraguay sees the floods as a disaster for farmers.")).toEqual([]);
  });

  it("reads a verdict whose source is an attribution, or put off by 'it' to a clause", () => {
    expect(
      opposes("The Guatemalan fence is a provocation, according to Honduras's foreign ministry."),
    ).toEqual(["country:HND -> issue:guatemalan-fence"]);
    expect(
      opposes("According to Peruvian President Dina Vargas, the Bolivian blockade was illegal."),
    ).toEqual(["person:dina-vargas -> issue:bolivian-blockade"]);
    expect(
      opposes(
        "Hungarian Foreign Minister Peter Varga said it was unacceptable that Ukraine shut it.",
      ),
    ).toEqual(["person:peter-varga -> country:UKR"]);
    expect(
      opposes("The Chilean plan was not illegal, said Peruvian Foreign Minister Luis Campos."),
    ).toEqual([]);
    expect(opposes("For years, the Bolivian blockade was a scandal.")).toEqual([]);
    expect(
      opposes(
        "Argentine Economy Minister Pablo Diaz said it was unacceptable that inflation rose.",
      ),
    ).toEqual([]);
    // Review: the clause's subject is judged, not a party it acts on.
    expect(
      opposes(
        "Peruvian Foreign Minister Luis Campos called it a mistake for anyone to doubt Chile.",
      ),
    ).toEqual([]);
  });

  it("reads being dead set against or up in arms over something as a stance against it", () => {
    expect(opposes("Hungary remains dead set against Ukrainian membership of the bloc.")).toEqual([
      "country:HUN -> issue:ukrainian-membership-of-the-bloc",
    ]);
    expect(
      opposes("Slovak Prime Minister Pavol Kral is up in arms about the migration pact."),
    ).toEqual(["person:pavol-kral -> issue:migration-pact"]);
    expect(opposes("The crowd in Lima was up in arms in celebration.")).toEqual([]);
  });

  it("gives no stance against people named only as critics or reporters, or their questions", () => {
    expect(
      opposes("Greek Prime Minister Nikos Pappas lashed out at critics of his government."),
    ).toEqual([]);
    expect(
      opposes("Chilean President Ana Vidal hit back at reporters' questions about her health."),
    ).toEqual([]);
    expect(
      opposes(
        "Greek Prime Minister Nikos Pappas condemned the crackdown on journalists in Turkey.",
      ),
    ).toEqual(["person:nikos-pappas -> issue:crackdown-on-journalists-in-turkey"]);
  });
});
