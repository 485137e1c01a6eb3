import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// "it" after a stance verb whose subject is described in an aside that names a person: the thing
// the sentence before opens with, even when that sentence says it was "not" welcomed.
describe("an object pronoun after a subject's aside", () => {
  it("reads 'it' as the thing told before when the aside names a person", () => {
    expect(
      opposes(
        'The bond issue has not been universally welcomed. The Progress Party, the movement of former premier Jonas Berg, criticised it as "borrowing to pay salaries".',
      ),
    ).toEqual(["org:progress-party -> issue:bond-issue"]);
    expect(
      opposes(
        "The visa rule was announced on Monday. The Liberal Front, the party of former senator Ana Ruiz, denounced it.",
      ),
    ).toEqual(["org:liberal-front -> issue:visa-rule"]);
  });

  it("reads a thing the sentence before opens with past 'has not been'", () => {
    expect(
      opposes(
        "The mining code has not been published. Greenpeace, a campaign group, condemned it.",
      ),
    ).toEqual(["org:greenpeace -> issue:mining-code"]);
  });

  it("still reads a thing the sentence itself names before the pronoun", () => {
    // "the text" is named in the stance's own sentence: "it" is not the bond issue told before.
    expect(
      opposes(
        "The bond issue has not been welcomed. The Progress Party, the movement of Jonas Berg, said the text was unacceptable and criticised it.",
      ),
    ).toEqual(["org:progress-party -> issue:text"]);
  });
});
