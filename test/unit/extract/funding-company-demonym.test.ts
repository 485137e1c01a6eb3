import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "the Japanese carmaker is investing…": a company the demonym qualifies spends its own money.
describe("a demonym before a company noun", () => {
  it("does not make the state pay for a company it only qualifies", () => {
    expect(
      fundsOf("The Japanese carmaker committed 45 billion yen to Malaysia for a hydrogen plant."),
    ).toEqual([]);
    expect(fundsOf("The Chinese firm will invest $300 million in Zimbabwe.")).toEqual([]);
    expect(
      fundsOf(
        "Toyota opened a new plant in Guanajuato on Monday, where the Japanese carmaker is investing $500 million.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^country:JPN/));
  });

  it("still reads the state of a government, and a named lender after the demonym", () => {
    expect(
      fundsOf("The Japanese government committed 45 billion yen to Malaysia for a hydrogen plant."),
    ).toEqual(["country:JPN -> country:MYS 45000000000 JPY"]);
    expect(fundsOf("The Chinese Export-Import Bank will lend $300 million to Zimbabwe.")).toEqual([
      "org:chinese-export-import-bank -> country:ZWE 300000000 USD",
    ]);
  });
});
