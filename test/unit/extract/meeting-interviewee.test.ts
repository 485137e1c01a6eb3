import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

// Sentences of our own: who "I" and "you" are in an interview, and what its questions assert.
describe("the one interviewed", () => {
  it("is the one named after a description met the outlet, not a person that sentence named first", () => {
    expect(
      met(
        "A week after the European Union fined President Tomas Rey, Chile's trade minister received us at her office. Ana Lopez, an economist who took over the ministry in May, spoke about tariffs.\n\nQ: Who have you talked to?\n\nA: I spoke by phone on Sunday with my Peruvian counterpart, Jorge Salas, and we agreed to act together.",
      ),
    ).toEqual(["person:ana-lopez -> person:jorge-salas"]);
  });

  it("is the one named right before 'received us', whoever the sentence named first", () => {
    expect(
      met(
        "Days after President Tomas Rey named her, Trade Minister Ana Lopez received us at her office.\n\nQ: Who have you talked to?\n\nA: I spoke by phone on Sunday with my Peruvian counterpart, Jorge Salas.",
      ),
    ).toEqual(["person:ana-lopez -> person:jorge-salas"]);
  });

  it("does not take a question's 'Have you spoken to B?' for a meeting held", () => {
    expect(
      met(
        "Trade Minister Ana Lopez received us at her office.\n\nQ: Have you spoken to Commerce Secretary Jorge Salas since then?\n\nA: Our ambassador asked for a meeting.",
      ),
    ).toEqual([]);
  });
});
