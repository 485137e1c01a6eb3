import { describe, expect, it } from "vitest";
import { extract, factsOf, fundsOf, keysOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Each frame of a measure imposed or kept has a letter gate of its own: each must still read its
// sentence, and a sentence with a common word another frame needs ("keeps", "charges") nothing.
describe("imposed and kept measures, each frame behind its own gate", () => {
  it("reads a measure imposed on a party and one kept on it", () => {
    expect(opposes("Diplomats discussed the sanctions Ottawa imposed last year on Iran.")).toEqual([
      "country:CAN -> country:IRN",
    ]);
    expect(
      opposes("Growers complained about the duties Tokyo still charges on Chilean wine."),
    ).toEqual(["country:JPN -> country:CHL"]);
  });

  it("reads a state's own tariff, possessive or named before it", () => {
    expect(opposes("Seoul's tariffs of 30% on Vietnamese shoes were left in place.")).toEqual([
      "country:KOR -> country:VNM",
    ]);
    expect(opposes("A 15% Canadian tariff on most Peruvian copper takes effect in June.")).toEqual([
      "country:CAN -> country:PER",
    ]);
  });

  it("reads a measure imposed by a taker on a party", () => {
    expect(opposes("The sanctions imposed by Norway on Belarus were renewed.")).toEqual([
      "country:NOR -> country:BLR",
    ]);
  });

  it("gives nothing for the common words alone", () => {
    expect(opposes("Ottawa keeps a close watch on Iran, officials said.")).toEqual([]);
    expect(
      opposes("The charges against the Peruvian envoy were dropped after Chile intervened."),
    ).toEqual([]);
    expect(opposes("Tokyo maintains close ties with Chile.")).toEqual([]);
  });
});

// Money spent on something and the Commissioner who speaks for the Commission are asked of every
// amount and every person; both now look for their words in the sentence first.
describe("funding frames behind a cheap test", () => {
  it("reads money spent on things for a state, or on the things themselves", () => {
    expect(
      fundsOf("Denmark will spend 2 billion kroner this year on flood barriers for Bangladesh."),
    ).toEqual(["country:DNK -> country:BGD 2000000000 DKK"]);
    expect(
      fundsOf("Denmark will spend 2 billion kroner on flood barriers, the minister said."),
    ).toEqual(["country:DNK -> issue:flood-barriers 2000000000 DKK"]);
  });

  it("gives money sent, not spent, to its recipient", () => {
    expect(fundsOf("Denmark sent 2 billion kroner to Bangladesh for the Padma bridge.")).toEqual([
      "country:DNK -> country:BGD 2000000000 DKK",
    ]);
  });

  it("reads a Union commissioner named by the title as the Commission paying", () => {
    expect(
      fundsOf(
        "EU Commissioner for Energy Ines Varga visited Accra on Monday. Varga announced " +
          "€30 million for Ghana's solar grid.",
      ),
    ).toEqual(["org:european-commission -> country:GHA 30000000 EUR"]);
  });

  it("gives nothing to a person named without the title, and no Commission for a bare one", () => {
    expect(fundsOf("Ines Varga announced €30 million for Ghana's solar grid.")).toEqual([]);
    expect(fundsOf("The commissioner said Ghana would receive €30 million from Denmark.")).toEqual([
      "country:DNK -> country:GHA 30000000 EUR",
    ]);
  });
});

// A capitalised run's words are tested for "-led", "-based" only when they hold a hyphen.
describe("capitalised runs with and without a hyphenated modifier", () => {
  it("reads the body after a hyphenated modifier on its own", () => {
    expect(
      keysOf(
        extract("The Kenyan-led Horizon Fund said it would invest in Uganda."),
        "Organization",
      ),
    ).toEqual(["org:horizon-fund"]);
  });

  it("reads a run with no hyphen whole", () => {
    expect(
      keysOf(
        extract("Officials of Coral Holdings met Ghanaian officials in Lagos."),
        "Organization",
      ),
    ).toEqual(["org:coral-holdings"]);
  });

  it("gives no body for a hyphenated place name that is no modifier", () => {
    expect(
      keysOf(extract("The Lagos Port-Harcourt road reopened, Nigeria said."), "Organization"),
    ).toEqual([]);
  });

  it("still reads the country of such a sentence", () => {
    expect(
      keysOf(extract("The Lagos Port-Harcourt road reopened, Nigeria said."), "Country"),
    ).toEqual(["country:NGA"]);
  });
});
