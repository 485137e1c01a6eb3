// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import caseClassUnderI from "./eslint-rules/case-class-under-i.js";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".neo4j/",
      "coverage/",
      "bench/results/",
      "test/artifacts/",
      "**/*.tmp.*",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    plugins: { newsgraph: { rules: { "case-class-under-i": caseClassUnderI } } },
    rules: { "newsgraph/case-class-under-i": "error" },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
