import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A summary noun set off by a comma stands for the clause before it (opposition-summary.ts):
// a visit is its visitor's, remarks are their speaker's, also as a passive's relative subject.
describe("summary nouns of visits and remarks", () => {
  it("gives a visit or trip judged in a relative clause to the visitor", () => {
    expect(
      opposes(
        "Fiji's prime minister Sitiveni Rabuka flew to Taipei, a trip that was condemned by China.",
      ),
    ).toEqual(["country:CHN -> person:sitiveni-rabuka"]);
    expect(
      opposes(
        "Fiji's prime minister Sitiveni Rabuka flew to Taipei, a visit that drew an angry response from China.",
      ),
    ).toEqual(["country:CHN -> person:sitiveni-rabuka"]);
  });

  it("gives remarks judged in a relative clause to their speaker", () => {
    expect(
      opposes(
        "Chile's army chief said protesters deserve prison, remarks that were sharply criticised by Amnesty International.",
      ),
    ).toEqual(["org:amnesty-international -> org:chl-army"]);
    expect(
      opposes(
        "Chile's army chief said protesters deserve prison, comments which Amnesty International condemned.",
      ),
    ).toEqual(["org:amnesty-international -> org:chl-army"]);
  });

  it("leaves remarks or a visit with no clause before them as the issue", () => {
    expect(opposes("The remarks were criticised by Amnesty International.")).toEqual([
      "org:amnesty-international -> issue:remarks",
    ]);
    expect(opposes("The visit, which lasted two days, was condemned by China.")).toEqual([
      "country:CHN -> issue:visit",
    ]);
  });
});

// A state's foreign ministry speaks for the state, also when it is opposed (opposition-cabinet.ts).
describe("a foreign ministry opposed", () => {
  it("is its state; another ministry stays the body", () => {
    expect(
      opposes(
        "Peru's External Affairs Ministry said Bolivia was hiding smugglers, remarks that La Paz rejected as slander.",
      ),
    ).toEqual(["country:BOL -> country:PER"]);
    expect(
      opposes(
        "Peru's Energy Ministry said Bolivia was hiding smugglers, remarks that La Paz rejected as slander.",
      ),
    ).toEqual(["country:BOL -> org:per-energy-ministry"]);
  });
});
