import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stances the extractor read where the text holds none of that holder's (the "extra" lines of
// the eval's details), beside near misses that must still give the stance.
describe("opposition extra lines", () => {
  it("takes no state named only as the backer of a group for the group's speaker", () => {
    expect(
      opposes("Harakat al-Nujaba, the Iran-aligned militia, condemned the Turkish strike."),
    ).toEqual(["org:harakat-al-nujaba -> issue:turkish-strike"]);
    expect(opposes("A Russian-backed separatist group denounced the Moldovan elections.")).toEqual(
      [],
    );
    expect(opposes("The Saudi-funded channel criticised Qatar on Sunday.")).not.toContain(
      "country:SAU -> country:QAT",
    );
  });

  it("still takes the state itself, or its demonym before a body of its own, as the speaker", () => {
    expect(opposes("Iran condemned the Turkish strike on Monday.")).toEqual([
      "country:IRN -> issue:turkish-strike",
    ]);
    expect(opposes("The Russian foreign ministry denounced the Moldovan elections.")).toEqual([
      "country:RUS -> issue:moldovan-elections",
    ]);
    expect(opposes("Saudi Arabia criticised Qatar on Sunday.")).toEqual([
      "country:SAU -> country:QAT",
    ]);
  });

  it("keeps the words of a long object up to its last, where what is opposed is often named", () => {
    expect(
      opposes(
        "Chile rejected any attempt by the government in La Paz to divert the waters of the Lauca river.",
      ),
    ).toEqual([
      "country:CHL -> issue:attempt-by-the-government-in-la-paz-to-divert-the-waters-of-the-lauca-river",
    ]);
    expect(
      opposes(
        "Argentina condemned the decision to release $40 million from the regional fund to the rebels.",
      ),
    ).toEqual([
      "country:ARG -> issue:decision-to-release-40-million-from-the-regional-fund-to-the-rebels",
    ]);
  });

  it("still ends the object at its clause, and leaves a short one as it is", () => {
    expect(
      opposes(
        "Chile rejected the plan to build a dam on the river, and Bolivia said it would go ahead.",
      ),
    ).toEqual(["country:CHL -> issue:plan-to-build-a-dam-on-the-river"]);
    expect(
      opposes(
        "Peru condemned the attack on the border post near Tacna, which killed two soldiers.",
      ),
    ).toEqual(["country:PER -> issue:attack-on-the-border-post-near-tacna"]);
    expect(opposes("Egypt rejected the proposal on Monday.")).toEqual([
      "country:EGY -> issue:proposal",
    ]);
  });

  it("reads no verdict a quotation denies right after its copula", () => {
    expect(
      opposes(
        '"Ghana is not a problem to be managed; it is a partner to be respected," Prime Minister Keir Starmer said before leaving Accra.',
      ),
    ).toEqual([]);
    expect(
      opposes('"Nigeria is not a reckless neighbour," President Patrice Talon said on Monday.'),
    ).toEqual([]);
    expect(
      opposes(
        '"The Danish plan was never a provocation," Foreign Minister Lars Rasmussen told reporters.',
      ),
    ).toEqual([]);
  });

  it("still reads the verdict a quotation passes, and one that is 'not only' a fault", () => {
    expect(
      opposes('"Nigeria is a reckless neighbour," President Patrice Talon said on Monday.'),
    ).toEqual(["person:patrice-talon -> country:NGA"]);
    expect(
      opposes(
        '"The Danish plan is not only unfair but illegal," Foreign Minister Espen Barth Eide told reporters.',
      ),
    ).toEqual(["person:espen-barth-eide -> country:DNK"]);
  });

  it("puts no verdict on a first clause's subject when the verdict is on 'this' in the second", () => {
    expect(
      opposes(
        '"Our offer was made in good faith, and this was a betrayal of it," Foreign Minister Ayman Safadi told reporters.',
      ),
    ).toEqual([]);
    expect(
      opposes(
        '"The talks were held in Doha, but that was a farce," President Isaias Afwerki told reporters.',
      ),
    ).toEqual([]);
  });

  it("still reads a verdict on a subject of two joined nouns", () => {
    expect(
      opposes(
        'The new border fence and the expulsion of Bolivian traders were "unacceptable", Foreign Minister Fernando Aramayo said.',
      ),
    ).toEqual([
      "person:fernando-aramayo -> issue:new-border-fence-and-the-expulsion-of-bolivian-traders",
    ]);
  });

  it("reads no stance of a court, whose rejections are rulings", () => {
    expect(
      opposes("The Constitutional Court of Malawi rejected the opposition's petition on Friday."),
    ).toEqual([]);
    expect(
      opposes("The Supreme Court of Kenya dismissed the government's appeal against the ruling."),
    ).toEqual([]);
    // A court that condemns is no ruling: its stance stands (see opposition-review-mends).
    expect(opposes("The International Criminal Court condemned the attacks on its staff.")).toEqual(
      ["org:international-criminal-court -> issue:attacks-on-its-staff"],
    );
  });

  it("still reads the stance of a party against a court and its ruling", () => {
    expect(
      opposes(
        "Malawi's opposition leader Peter Mutharika rejected the Constitutional Court of Malawi's ruling.",
      ),
    ).toEqual(["person:peter-mutharika -> org:constitutional-court"]);
    expect(opposes("Russia condemned the International Criminal Court on Friday.")).toEqual([
      "country:RUS -> org:international-criminal-court",
    ]);
  });
});
