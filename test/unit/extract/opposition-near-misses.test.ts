import { describe, expect, it } from "vitest";
import { modalityOf } from "../../../src/extract/facts/modality.ts";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Regressions from the review of the idiom frames: support, condolence and requests told with
// the words of a stance are no stance.
describe("opposition near-misses", () => {
  it("keeps a litotes' auxiliary: 'would not hesitate to' stays hypothetical, 'will not' to come", () => {
    expect(opposes("Mexico would not hesitate to condemn Guatemala.")).toEqual([]);
    expect(modalityOf("Canada will not hesitate to ")).toBe("future");
    expect(modalityOf("Canada won't hesitate to ")).toBe("future");
    expect(modalityOf("Mexico would not hesitate to ")).toBe("hypothetical");
    expect(modalityOf("France did not hesitate to ")).toBe("asserted");
    expect(modalityOf("Chile has yet to ")).toBe("negated");
  });

  it("reads no stance in a request for help or a door left open", () => {
    expect(opposes("Kyiv urged Washington to stop delaying the aid.")).toEqual([]);
    expect(opposes("Ukraine urged Germany to end its hesitation over the tanks.")).toEqual([]);
    expect(opposes("Japan urged South Korea to leave the door open to talks.")).toEqual([]);
    expect(opposes("Japan told China to leave the disputed islands.")).toEqual([
      "country:JPN -> country:CHN",
    ]);
  });

  it("reads no stance in condolence, a poor turnout, a vague culprit or one's own troops", () => {
    expect(opposes("Egypt expressed regret over the loss of life in the Libyan floods.")).toEqual(
      [],
    );
    expect(opposes("Egypt voiced regret over the Libyan decision.")).toEqual([
      "country:EGY -> country:LBY",
    ]);
    expect(opposes("Germany said it was disappointed by the turnout at the conference.")).toEqual(
      [],
    );
    expect(opposes("Kenya pointed the finger at the real culprits.")).toEqual([]);
    expect(opposes("Kenya pointed the finger at Somalia over the attack.")).toEqual([
      "country:KEN -> country:SOM",
    ]);
    expect(opposes("Ghana called for the withdrawal of its troops from Mali.")).toEqual([]);
  });

  it("reads no verdict in a blow to a party or in excessive rain", () => {
    expect(
      opposes("Chile said the election of its new president was a blow to the opposition."),
    ).toEqual([]);
    expect(opposes("Kenya said the rainfall in March was excessive.")).toEqual([]);
    expect(opposes("Egypt called the Ethiopian dam a blow to regional trade.")).toEqual([
      "country:EGY -> country:ETH",
    ]);
  });

  it("reads no rupture in talks paused for a truce, a disaster or a weekend", () => {
    expect(
      opposes(
        "Italy suspended talks with Tunisia after the ceasefire took hold, saying progress had been made.",
      ),
    ).toEqual([]);
    expect(opposes("Spain called off talks with Morocco after the earthquake.")).toEqual([]);
    expect(opposes("Sweden halted talks with Finland over the weekend after a snowstorm.")).toEqual(
      [],
    );
    expect(opposes("Armenia froze contacts with Azerbaijan after the shelling.")).toEqual([
      "country:ARM -> country:AZE",
    ]);
  });

  it("reads no stance in one's own forces called out, a spill's countermeasures or closed airspace", () => {
    expect(opposes("Japan called out the coast guard for a rescue mission.")).toEqual([]);
    expect(opposes("Kenya called out its reserves for the floods.")).toEqual([]);
    expect(opposes("Denmark took part in counter-measures against the oil spill.")).toEqual([]);
    expect(opposes("Peru closed its airspace to all flights after the volcano erupted.")).toEqual(
      [],
    );
    expect(opposes("Mexico led the charge against the virus.")).toEqual([]);
  });
});
