import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A target phrase that names the party behind it is a stance against that party
// (opposition-head-class.ts, opposition-head-nouns.ts); a bare word for a doing the sentence
// before told by its verb is its doer's (opposition-previous-doer.ts).
describe("opposition target named inside the phrase", () => {
  it("gives demands, warnings, reports and envoys to the party that owns them", () => {
    // A demonym after a quoted word of judgement still owns the demands.
    expect(
      opposes(
        'Venezuelan Foreign Minister Yvan Gil rejected what he called "unreasonable" Colombian demands for border talks.',
      ),
    ).toEqual(["person:yvan-gil -> country:COL"]);
    // A body's name right before the head.
    expect(
      opposes("Mexico's economy ministry criticised the latest World Bank report on growth."),
    ).toEqual(["country:MEX -> org:world-bank"]);
    // A possessive body owns the one who speaks for it.
    expect(
      opposes(
        "Chad's president Mahamat Deby hit back at the African Union's envoy, accusing him of bias.",
      ),
    ).toEqual(["person:mahamat-deby -> org:african-union"]);
  });

  it("gives firms, spies and a doer after 'by' to their state", () => {
    expect(
      opposes("Ghana sanctioned a network of Nigerian companies it accused of smuggling fuel."),
    ).toEqual(["country:GHA -> country:NGA"]);
    expect(opposes("Kenya accused Somali intelligence of backing the raid.")).toEqual([
      "country:KEN -> country:SOM",
    ]);
    // A stretch of time before the doing; the doer after "by".
    expect(
      opposes("Peru criticised years of foot-dragging by Bolivia on the highway project."),
    ).toEqual(["country:PER -> country:BOL"]);
    // "by a <demonym> minister": the minister speaks for the state.
    expect(
      opposes(
        "Serbia's foreign ministry protested remarks by a Croatian minister describing the vote as rigged.",
      ),
    ).toEqual(["country:SRB -> country:HRV"]);
  });

  it("gives a vote to the body that held it", () => {
    expect(
      opposes("Morocco condemned a vote in the European Parliament on press freedom."),
    ).toEqual(["country:MAR -> org:european-parliament"]);
    // No body after it: the vote stays the issue.
    expect(opposes("Chile criticised the vote.")).toEqual(["country:CHL -> issue:vote"]);
  });

  it("leaves a party that the doing befell, or a content noun, inside the issue", () => {
    expect(opposes("Poland condemned the attack on Lithuanian border guards.")).toEqual([
      "country:POL -> issue:attack-on-lithuanian-border-guards",
    ]);
    expect(opposes("Canada criticised the listing of Chinese companies.")).toEqual([
      "country:CAN -> issue:listing-of-chinese-companies",
    ]);
    expect(opposes("Armenia condemned the deaths of two Azerbaijani brothers in custody.")).toEqual(
      ["country:ARM -> issue:deaths-of-two-azerbaijani-brothers-in-custody"],
    );
  });
});

describe("opposition target told by a bare word for a doing", () => {
  it("takes 'the request' back to whoever made it in the sentence before", () => {
    expect(
      opposes(
        "Prosecutor Luz Adriana Camargo asked the court to extradite the banker. Ecuador criticised the request.",
      ),
    ).toEqual(["country:ECU -> person:luz-adriana-camargo"]);
  });

  it("keeps the word when no sentence before tells who made it", () => {
    expect(opposes("Ecuador criticised the request.")).toEqual(["country:ECU -> issue:request"]);
    // The sentence before tells no request: its subject made none.
    expect(
      opposes("Prosecutor Luz Adriana Camargo met the banker. Ecuador criticised the request."),
    ).toEqual(["country:ECU -> issue:request"]);
  });

  it("takes 'the sentence' back to the judge who passed it", () => {
    expect(
      opposes(
        "Judge Ana Silva sentenced the journalist to seven years. France criticised the sentence.",
      ),
    ).toEqual(["country:FRA -> person:ana-silva"]);
  });
});

describe("opposition target named by the kind of those who rule", () => {
  it("gives 'the administration' and 'the authorities' to the state they run", () => {
    // The opponent's own state.
    expect(
      opposes(
        "Peru's opposition leader Keiko Fujimori hit out at the administration for ignoring flood warnings.",
      ),
    ).toEqual(["person:keiko-fujimori -> country:PER"]);
    // A body of no state: the state the story is about.
    expect(
      opposes(
        "Syria's interim government promised an inquiry into the killings. Human Rights Watch criticised the authorities for failing to prosecute anyone.",
      ),
    ).toEqual(["org:human-rights-watch -> country:SYR"]);
  });

  it("gives 'the military' a body of no known state opposes to the state the story names most", () => {
    expect(
      opposes(
        "Myanmar's junta launched air strikes on Sagaing. The shadow National Unity Government accused the military of bombing villages.",
      ),
    ).toEqual(["org:national-unity-government -> country:MMR"]);
  });
});

describe("opposition target after the speaker's label", () => {
  it("reads what a speaker named in apposition called it, or says it is", () => {
    expect(
      opposes(
        "The Jatiya Party took aim at what its chairman, Ghulam Quader, called borrowing without a mandate.",
      ),
    ).toEqual(["org:jatiya-party -> issue:borrowing-without-a-mandate"]);
    expect(
      opposes("Greenpeace condemned what it says is lax monitoring of emissions at the plants."),
    ).toEqual(["org:greenpeace -> issue:lax-monitoring-of-emissions-at-the-plants"]);
  });
});

describe("opposition target told by a bare word with no doer in view", () => {
  it("gives 'the package' to the state the story names most, not the opponent's", () => {
    expect(
      opposes(
        "Norway announced new military aid for Ukraine on Friday. Norwegian officials said the money would buy air defence. Ukraine's president thanked Oslo for its support. The Russian embassy condemned the package.",
      ),
    ).toEqual(["country:RUS -> country:NOR"]);
  });

  it("keeps the word when the story names no other state", () => {
    expect(opposes("Kenya criticised the invitation.")).toEqual([
      "country:KEN -> issue:invitation",
    ]);
  });
});
