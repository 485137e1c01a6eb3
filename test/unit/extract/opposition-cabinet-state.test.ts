import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// "The cabinet" attacked by a critic is those who run the state, as "the government" and "the
// authorities" are: the state the critic's story is about.
describe("opposition: 'the cabinet' as its state", () => {
  it("reads a bare 'the cabinet' as the state the story names", () => {
    expect(
      opposes(
        "Kyrgyzstan signed a $700 million loan for a new dam on Monday. Opposition lawmaker Aigerim Sadykova accused the cabinet of mortgaging the country's rivers.",
      ),
    ).toEqual(["person:aigerim-sadykova -> country:KGZ"]);
    expect(
      opposes(
        "Estonia approved a new defence budget on Tuesday. Opposition leader Kaja Tamm criticised the new cabinet for cutting pensions.",
      ),
    ).toEqual(["person:kaja-tamm -> country:EST"]);
  });

  it("leaves what the cabinet owns or names as the thing opposed", () => {
    expect(
      opposes(
        "Kyrgyzstan signed a $700 million loan for a new dam on Monday. Opposition lawmaker Aigerim Sadykova criticised the cabinet's plan to raise water tariffs.",
      ),
    ).toEqual(["person:aigerim-sadykova -> issue:cabinet-s-plan-to-raise-water-tariffs"]);
    expect(
      opposes(
        "Kyrgyzstan signed a $700 million loan for a new dam on Monday. Opposition lawmaker Aigerim Sadykova denounced the cabinet reshuffle as a purge.",
      ),
    ).toEqual(["person:aigerim-sadykova -> issue:cabinet-reshuffle"]);
  });
});
