import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Who holds a stance: protests held rather than voiced, relative clauses whose antecedent is no
// party or a list of them, an aside that opens on a relative, a state body placed in a capital,
// and a state's spokesperson by office.
describe("stance holders", () => {
  it("reads a protest held against something, or at a state's mission, as a stance", () => {
    expect(
      opposes(
        "The farmers' union Solidarity of Individual Farmers staged protests at two border crossings this week against imports of Ukrainian grain.",
      ),
    ).toEqual(["org:solidarity-of-individual-farmers -> issue:imports-of-ukrainian-grain"]);
    expect(opposes("Greenpeace rallied against the new mining code.")).toEqual([
      "org:greenpeace -> issue:new-mining-code",
    ]);
    expect(
      opposes("Greenpeace staged a small protest outside the Chinese embassy in Almaty on Monday."),
    ).toEqual(["org:greenpeace -> country:CHN"]);
    // A vigil, a protest "over" a weekend, or one held nowhere in particular opposes nothing.
    expect(opposes("Greenpeace held a vigil outside the French embassy.")).toEqual([]);
    expect(opposes("Greenpeace staged protests over the weekend.")).toEqual([]);
  });

  it("gives no holder to a relative clause on a noun no party names", () => {
    expect(
      opposes(
        "Human Rights Watch criticised the Ugandan authorities over the arrest of dozens of student activists who had marched against the project.",
      ),
    ).toEqual(["org:human-rights-watch -> country:UGA"]);
  });

  it("gives a relative clause's stance to each party of a listed antecedent", () => {
    expect(
      opposes(
        "Teachers marched last week at the call of the union confederations Cartel Alfa and BNS, which accuse the government of cutting wages.",
      ),
    ).toEqual(["org:bns -> issue:government", "org:cartel-alfa -> issue:government"]);
  });

  it("skips an aside that opens on 'a group that' and its verb", () => {
    expect(
      opposes(
        "Members of Atajurt, a group that campaigns for ethnic Kazakhs detained in Xinjiang, condemned the new rules.",
      ),
      // The aside makes Atajurt a body, whose members speak for it; Xinjiang holds no stance.
    ).toEqual(["org:atajurt -> issue:new-rules"]);
    // "that" before the clause's own subject opens no aside: the subject is in it.
    expect(
      opposes(
        'On Thursday the Caribbean Development Bank approved a US$45 million loan to Guyana for roads in Essequibo, a decision that Venezuela\'s vice-president, Delcy Rodríguez, criticised as "a further provocation".',
      ),
    ).toEqual(["person:delcy-rodriguez -> org:caribbean-development-bank"]);
  });

  it("gives a body named without its state to the capital it is placed in", () => {
    expect(
      opposes(
        "Separately, the Foreign Office in Islamabad on Monday again rejected India's decision to hold the treaty in abeyance.",
      ),
    ).toEqual(["country:PAK -> country:IND"]);
    expect(opposes("The Foreign Office in London condemned the attack.")).toEqual([
      "country:GBR -> issue:attack",
    ]);
  });

  it("leaves the state's stance to the state when Japan's chief cabinet secretary reports it", () => {
    expect(
      opposes(
        'Chief Cabinet Secretary Minoru Kihara said Tokyo had lodged "a stern protest" with Pyongyang through diplomatic channels.',
      ),
    ).toEqual(["country:JPN -> country:PRK"]);
  });
});
