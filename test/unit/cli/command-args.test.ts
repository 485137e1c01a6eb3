import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCommandArgs, validateCommandArgs } from "../../../src/cli/command-args.ts";
import { NewsgraphError } from "../../../src/errors.ts";

const USAGE = { command: "demo", usage: "npm run demo -- [--size N] <paths…>" };

function thrown(work: () => unknown): NewsgraphError {
  try {
    work();
  } catch (error) {
    if (error instanceof NewsgraphError) return error;
    throw error;
  }
  throw new Error("expected a NewsgraphError");
}

describe("command arguments", () => {
  it("splits options and positionals", () => {
    expect(
      parseCommandArgs(["a", "--size", "3", "b"], { size: { type: "string" } }, USAGE),
    ).toEqual({ values: { size: "3" }, positionals: ["a", "b"] });
  });

  it("turns an unknown option into a usage error naming the command", () => {
    const error = thrown(() =>
      parseCommandArgs(["--sise", "3"], { size: { type: "string" } }, USAGE),
    );
    expect(error.kind).toBe("config");
    expect(error.message).toMatch(/^demo: Unknown option '--sise'/);
    expect(error.message.split("\n").at(-1)).toBe("usage: npm run demo -- [--size N] <paths…>");
  });

  it("turns the schema's first issue into the message, with the error kind the command gives", () => {
    const schema = z.object({ size: z.coerce.number({ message: "--size takes a number" }) });
    const error = thrown(() =>
      validateCommandArgs(schema, { size: "three" }, { ...USAGE, kind: "query" }),
    );
    expect([error.kind, error.message.split("\n")[0]]).toEqual([
      "query",
      "demo: --size takes a number",
    ]);
    expect(validateCommandArgs(schema, { size: "3" }, USAGE)).toEqual({ size: 3 });
  });
});
