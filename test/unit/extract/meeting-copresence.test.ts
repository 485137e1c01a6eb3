import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// Co-presence (meeting-copresence.ts) drops people only seen together at an occasion; these are
// real meetings at summits and ceremonies that its first version dropped.
describe("meeting co-presence, real meetings at an occasion many attend", () => {
  it("keeps a conversation at a summit: 'spoke with B on the sidelines of the summit'", () => {
    expect(
      met(
        "Norwegian Prime Minister Erik Halvorsen spoke with South African President Thabo Mbeki on the sidelines of the G20 summit in Johannesburg on Monday.",
      ),
    ).toEqual(["person:erik-halvorsen -> person:thabo-mbeki"]);
    expect(
      met(
        "Speaking with South African President Thabo Mbeki at the summit, Norwegian Prime Minister Erik Halvorsen pledged support for the debt plan.",
      ),
    ).toEqual(["person:erik-halvorsen -> person:thabo-mbeki"]);
  });

  it("keeps a meal or a leaders' walk taken together at a summit", () => {
    expect(
      met(
        "Norwegian Prime Minister Erik Halvorsen joined South African President Thabo Mbeki for a working dinner at the summit.",
      ),
    ).toEqual(["person:erik-halvorsen -> person:thabo-mbeki"]);
    expect(
      met(
        "Norwegian Prime Minister Erik Halvorsen walked through the gardens of the summit venue with South African President Thabo Mbeki.",
      ),
    ).toEqual(["person:erik-halvorsen -> person:thabo-mbeki"]);
  });

  it("reads no posture in an aside before the verb: 'A, flanked by his ministers, welcomed B'", () => {
    expect(
      met(
        "South African President Thabo Mbeki, flanked by his ministers, welcomed Norwegian Prime Minister Erik Halvorsen to the summit in Johannesburg on Monday.",
      ),
    ).toEqual(["person:thabo-mbeki -> person:erik-halvorsen"]);
  });

  it("takes no one joining three others as a line-up", () => {
    expect(
      met(
        "South African President Thabo Mbeki joined Norwegian Prime Minister Erik Halvorsen, Brazilian President Ana Costa and Indian Prime Minister Ravi Sharma in Oslo on Monday.",
      ),
    ).toHaveLength(6);
  });

  it("keeps a ceremony held on the sidelines of a summit the signing's own", () => {
    expect(
      met(
        "Norwegian Prime Minister Erik Halvorsen and South African President Thabo Mbeki signed a fisheries accord in Pretoria on Monday. The signing ceremony, held on the sidelines of the SADC summit, was also attended by Brazilian President Ana Costa.",
      ),
    ).toHaveLength(3);
  });
});
