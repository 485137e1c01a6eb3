import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stance expressions that gave no candidate at all: a verdict word the lexicons do not rate, a
// refusal told in the passive, a meeting refused, a listing or a curb laid on a party. Each comes
// with the same words used without a stance.
describe("opposition stance expressions", () => {
  it("reads the strongest moral verdicts ('unconscionable', 'indefensible', 'intolerable')", () => {
    expect(opposes("Britain called the shelling of the camps unconscionable.")).toEqual([
      "country:GBR -> issue:shelling-of-the-camps",
    ]);
    expect(
      opposes(
        "Ghana's finance minister Ato Forson called the banks' position on the levy indefensible.",
      ),
    ).toEqual(["person:ato-forson -> issue:banks-position-on-the-levy"]);
    expect(opposes("Norway said the Russian blockade of the grain port was intolerable.")).toEqual([
      "country:NOR -> issue:russian-blockade-of-the-grain-port",
    ]);
    expect(opposes("Canada called Iran's execution of the protesters reprehensible.")).toEqual([
      "country:CAN -> country:IRN",
    ]);
    // Said of the weather or a queue, by no party, they judge nothing.
    expect(opposes("The heat in Lagos was intolerable, residents said.")).toEqual([]);
    expect(opposes("Officials said the queues at the border were egregious.")).toEqual([]);
  });

  it("reads a refusal told in the passive ('cannot be tolerated', 'would never be accepted')", () => {
    expect(opposes("Defence Minister Taro Kono said such launches cannot be tolerated.")).toEqual([
      "person:taro-kono -> issue:such-launches",
    ]);
    expect(opposes("Chad said the Sudanese incursions would not be tolerated.")).toEqual([
      "country:TCD -> country:SDN",
    ]);
    expect(opposes("Egypt said the Ethiopian dam filling would never be accepted.")).toEqual([
      "country:EGY -> issue:ethiopian-dam-filling",
    ]);
    // A paper or an entrant not accepted for a reason or a while is a procedure, not a stance.
    expect(
      opposes(
        "The registry said the late application could not be accepted because of missing papers.",
      ),
    ).toEqual([]);
    expect(
      opposes("Kenya said its athletes would not be accepted at the games without visas."),
    ).toEqual([]);
    expect(opposes("The court said the appeal could not be accepted before March.")).toEqual([]);
  });

  it("reads a meeting refused outright or for what the other side keeps doing", () => {
    expect(
      opposes(
        "Israeli Foreign Minister Gideon Saar said he would not sit down with Irish ministers while Dublin legislates against Israel.",
      ),
    ).toEqual(["person:gideon-saar -> country:IRL"]);
    expect(
      opposes(
        "Kenya's President William Ruto said he would not talk with Somalia as long as its troops stayed.",
      ),
    ).toEqual(["person:william-ruto -> country:SOM"]);
    expect(
      opposes(
        "Peru will not negotiate with Chile while the border stays closed, its foreign minister said.",
      ),
    ).toEqual(["country:PER -> country:CHL"]);
    expect(
      opposes("Ethiopia's prime minister Abiy Ahmed refused to meet the Egyptian envoy."),
    ).toEqual(["person:abiy-ahmed -> country:EGY"]);
    expect(opposes("Kenya will not sit at the table with Somalia, President Ruto said.")).toEqual([
      "country:KEN -> country:SOM",
    ]);
    // A meeting not planned, put off until terms are agreed, or refused to the press is no stance.
    expect(
      opposes(
        "President Ruto will not meet Ugandan President Museveni at the summit, officials said.",
      ),
    ).toEqual([]);
    expect(
      opposes("Trump will not meet Putin until a ceasefire text is agreed, officials said."),
    ).toEqual([]);
    expect(opposes("The minister refused to meet reporters.")).toEqual([]);
  });

  it("reads a party placed on a list of the shunned, the body named before its state's demonym", () => {
    expect(opposes("China put three Japanese defence firms on its export control list.")).toEqual([
      "country:CHN -> country:JPN",
    ]);
    expect(
      opposes("China placed a subsidiary of Lockheed Martin on its unreliable entity list."),
    ).toEqual(["country:CHN -> org:lockheed-martin"]);
    expect(
      opposes(
        "Beijing placed three Japanese defence contractors, among them a subsidiary of Kawasaki Heavy Industries, on its export control list.",
      ),
    ).toEqual(["country:CHN -> org:kawasaki-heavy-industries"]);
    // A list of projects or partners shuns nobody.
    expect(opposes("The ministry placed the new bridge on its list of priority projects.")).toEqual(
      [],
    );
    expect(opposes("Japan placed Kenya on its list of partner countries.")).toEqual([]);
  });

  it("reads curbs laid on a party's goods as a measure against it", () => {
    expect(opposes("China imposed export curbs on Japan.")).toEqual(["country:CHN -> country:JPN"]);
    expect(opposes("Turkey slapped curbs on Israeli imports.")).toEqual([
      "country:TUR -> issue:israeli-imports",
    ]);
    // Curbs on lending or on traffic at home fall on no other party.
    expect(opposes("The central bank imposed curbs on lending last year.")).toEqual([]);
    expect(opposes("The city imposed curbs on traffic in the old town.")).toEqual([]);
  });

  it("reads talks broken off over a thing, with no party named, as a stance against it", () => {
    expect(
      opposes(
        "President Trump broke off negotiations in late June over Canada's digital services tax.",
      ),
    ).toEqual(["person:trump -> country:CAN"]);
    expect(opposes("Mexico broke off talks over the US tariffs on steel.")).toEqual([
      "country:MEX -> country:USA",
    ]);
    expect(opposes("Brazil suspended trade talks over the Paraguayan tariff.")).toEqual([
      "country:BRA -> issue:paraguayan-tariff",
    ]);
    // Talks called off for safety, dated by "over", or held over a dispute oppose nothing.
    expect(opposes("Kenya called off talks over security fears.")).toEqual([]);
    expect(opposes("Chile suspended talks over the weekend.")).toEqual([]);
    expect(opposes("The two sides held talks over the border dispute.")).toEqual([]);
  });

  it("reads a call for a party to leave, and a party said to have to scrap a thing", () => {
    expect(opposes("Ghana called for the Chinese mining firms to leave the country.")).toEqual([
      "country:GHA -> country:CHN",
    ]);
    expect(opposes("Kenya called for Ugandan troops to leave the island.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
    expect(
      opposes(
        "Interior Minister Bruno Retailleau said France should scrap the 1968 agreement with Algeria.",
      ),
    ).toEqual(["person:bruno-retailleau -> issue:1968-agreement-with-algeria"]);
    // Workers sent out of a building, a call for calm, a plan the speaker drops, a scrapping
    // foretold: no stance.
    expect(opposes("The union called for workers to leave the building calmly.")).toEqual([]);
    expect(opposes("The president called for calm.")).toEqual([]);
    expect(opposes("Kenya said it should drop the plan, officials said.")).toEqual([]);
    expect(opposes("Kenya said Uganda would scrap the new levy on sugar.")).toEqual([]);
  });
});
