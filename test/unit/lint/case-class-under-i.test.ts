import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import rule from "../../../eslint-rules/case-class-under-i.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

new RuleTester().run("case-class-under-i", rule, {
  valid: [
    // Case-sensitive: a capital means a capital.
    { code: String.raw`const NAME = /\b\p{Lu}\p{Ll}+\b/u;` },
    // "Any letter" said as such, and a range of small letters, which under i means a letter.
    { code: String.raw`const WORD = /\b\p{L}+ly\b/iu;` },
    { code: String.raw`const WORD = /^[a-z]+day$/i;` },
  ],
  invalid: [
    {
      code: String.raw`const OWNER = /from\s+\p{Lu}\w+\s+about/iu;`,
      errors: [{ messageId: "caseClass", data: { found: String.raw`\p{Lu}` } }],
    },
    {
      code: String.raw`const ADVERB = /\p{Ll}+ly/iu;`,
      errors: [{ messageId: "caseClass", data: { found: String.raw`\p{Ll}` } }],
    },
    {
      code: String.raw`const ZONE = /\d\d:\d\d [A-Z]{3}/i;`,
      errors: [{ messageId: "caseClass", data: { found: "[A-Z]" } }],
    },
  ],
});
