import { describe, expect, it } from "vitest";
import { extract, factsOf, keysOf } from "./helpers.ts";

// Sentences of our own: a capital's name that is a person's given name, and one that is the place.
describe("a capital's name as a person's given name", () => {
  it("is a given name set off after a role: 'his Chilean counterpart, Santiago Ruiz, said'", () => {
    const doc = extract(
      "Peruvian President Jorge Salas and his Chilean counterpart, Santiago Ruiz, said on Monday they had settled the border after talks in Tacna. Ruiz told reporters the deal was fair.",
    );
    expect(keysOf(doc, "Person")).toContain("person:santiago-ruiz");
    expect(factsOf(doc, "MET_WITH")).toEqual(["person:jorge-salas -> person:santiago-ruiz"]);
  });

  it("is a given name before a description of a person and a verb: 'Santiago Ruiz, the host, called it…'", () => {
    const doc = extract(
      "Santiago Ruiz, the host, called it a great day. Later Ruiz hosted Commission President Ana Berg for dinner.",
    );
    expect(keysOf(doc, "Person")).toContain("person:santiago-ruiz");
    expect(factsOf(doc, "MET_WITH")).toEqual(["person:santiago-ruiz -> person:ana-berg"]);
  });

  it("stays the place where no role or person's words stand around it", () => {
    const doc = extract(
      "Exports to Santiago, the capital, rose in May. Chile's trade with Santiago Province grew.",
    );
    expect(keysOf(doc, "Person")).toEqual([]);
    expect(keysOf(doc, "Country")).toContain("country:CHL");
  });
});
