import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Verdicts passed in reported speech: a verb that says what a thing shows of itself, a thing said
// to be made to silence people, and a speaker whose relative-clause aside runs long.
describe("reported verdicts", () => {
  it("reads a verdict after 'showed', 'reflected', 'represented' and 'was tantamount to'", () => {
    expect(
      opposes(
        'Chilean President Gabriel Boric said the Argentine decision represented "a betrayal of regional cooperation".',
      ),
    ).toEqual(["person:gabriel-boric -> country:ARG"]);
    expect(
      opposes(
        "Danish Prime Minister Mette Frederiksen said the vote reflected a dangerous drift in European politics.",
      ),
    ).toEqual(["person:mette-frederiksen -> issue:vote"]);
    expect(
      opposes(
        "Mexican President Claudia Sheinbaum said the US tariffs were tantamount to blackmail.",
      ),
    ).toEqual(["person:claudia-sheinbaum -> country:USA"]);
  });

  it("reads no verdict in what figures or a vote show", () => {
    expect(
      opposes(
        "Danish Prime Minister Mette Frederiksen said the vote showed that the alliance was united.",
      ),
    ).toEqual([]);
    expect(
      opposes("Danish Prime Minister Mette Frederiksen said the figures showed a deep recession."),
    ).toEqual([]);
    expect(
      opposes(
        "Danish Prime Minister Mette Frederiksen said the survey showed strong support for the treaty.",
      ),
    ).toEqual([]);
  });

  it("reads a thing made to silence or hound people as a verdict, not one made to help or punish wrongdoers", () => {
    expect(
      opposes(
        "Kenyan opposition leader Raila Odinga described the charges as an attempt to silence him.",
      ),
    ).toEqual(["person:raila-odinga -> issue:charges"]);
    expect(
      opposes(
        "Kenyan opposition leader Raila Odinga said the new cybercrime law was a weapon to muzzle the press.",
      ),
    ).toEqual(["person:raila-odinga -> issue:new-cybercrime-law"]);
    expect(
      opposes("Kenyan President William Ruto described the programme as a tool to help farmers."),
    ).toEqual([]);
    expect(
      opposes("Kenyan President William Ruto said the new fund was a tool to punish tax evaders."),
    ).toEqual([]);
  });

  it("keeps the speaker before a long relative-clause aside, not a party named inside it", () => {
    expect(
      opposes(
        'Senator Maria Lopez, who met the Peruvian foreign minister, Elmer Schialer, in April during a visit to press for the release of a detained journalist, said the new law showed "an open contempt for press freedom".',
      ),
    ).toEqual(["person:maria-lopez -> issue:new-law"]);
    expect(
      opposes(
        'Ghanaian President John Mahama, who met the IMF chief, Kristalina Georgieva, on Monday during a two-day visit to Washington for the spring meetings, said the bond deal was "a disgrace".',
      ),
    ).toEqual(["person:john-mahama -> issue:bond-deal"]);
    expect(
      opposes(
        "Ghanaian President John Mahama, who met the IMF chief, Kristalina Georgieva, on Monday during a two-day visit to Washington for the spring meetings, said the bond deal was a success.",
      ),
    ).toEqual([]);
  });
});
