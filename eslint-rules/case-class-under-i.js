// @ts-check
/**
 * A letter-case class in a case-insensitive pattern matches letters of either case: under the
 * `i` flag `\p{Lu}` matches "k" as well as "K", and `[A-Z]` matches "k" too. A pattern meant to
 * find a capitalised word ("Complaints from Kenya…") then fires on any word. The rule flags a
 * regex literal whose flags hold `i` and whose source holds `\p{Lu}`, `\p{Ll}`, `\p{Lt}` (or their
 * long names) or a bracketed range of capitals alone (`[a-z]` under `i` is the usual way to say "a letter" and is left alone).
 */
const CASE_CLASS =
  /\\[pP]\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Uppercase|Lowercase)\}/;
const RANGE_ALONE = /\[\^?A-Z\]/;

/** @type {import("eslint").Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "no letter-case classes in case-insensitive patterns" },
    messages: {
      caseClass:
        "'{{found}}' under the i flag matches letters of both cases; drop the flag or the class (spell the words' cases out instead).",
    },
    schema: [],
  },
  create(context) {
    return {
      Literal(node) {
        if (!("regex" in node) || node.regex === undefined) return;
        const { pattern, flags } = node.regex;
        if (!flags.includes("i")) return;
        const found = CASE_CLASS.exec(pattern) ?? RANGE_ALONE.exec(pattern);
        if (found !== null)
          context.report({ node, messageId: "caseClass", data: { found: found[0] } });
      },
    };
  },
};
