import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractGraph, extractGraphAsWritten } from "../../../src/extract/extract-graph.ts";
import { CURRENCY_SIGNS } from "../../../src/extract/facts/currencies.ts";
import { LinearModel } from "../../../src/extract/learn/linear-model.ts";
import { oneByteText, restoreStandIns } from "../../../src/extract/text/stand-ins.ts";
import { articleOf, REPO } from "./helpers.ts";

describe("one-byte text for the rules", () => {
  it("reads € as ¤, one character for one, and leaves text without € or with ¤ alone", () => {
    expect(oneByteText("Spain pledged €40 million and €2 billion.")).toBe(
      "Spain pledged ¤40 million and ¤2 billion.",
    );
    expect(oneByteText("Spain pledged $40 million.")).toBeUndefined();
    expect(oneByteText("The ¤ sign and €5 million.")).toBeUndefined();
    // Other characters beyond Latin-1 keep the text two-byte: nothing to gain.
    expect(oneByteText("Tusk — Poland's premier — pledged €5 million.")).toBeUndefined();
  });

  it("writes € back in every string, keys and nested lists included, and nothing else", () => {
    const restored = restoreStandIns({
      name: "the ¤5 million fund",
      list: ["¤1", 2, true, null, { "¤": "a¤b" }],
      plain: "no sign",
    });
    expect(restored).toEqual({
      name: "the €5 million fund",
      list: ["€1", 2, true, null, { "€": "a€b" }],
      plain: "no sign",
    });
  });

  it("gives the same document as the text read as written", () => {
    const bodies = [
      "Germany pledged €500 million to Ukraine on Monday, Chancellor Olaf Scholz said.",
      "The European Union approved €1.5 billion in aid for Moldova. Italy added €20m for schools.",
      "France will give €3 billion to Senegal, and Spain €40 million in loans to Morocco.",
      "Berlin halted €60 million in aid to Niger over the coup, officials said on Tuesday.",
    ];
    for (const body of bodies) {
      const article = articleOf(body);
      expect(JSON.stringify(extractGraph(article))).toBe(
        JSON.stringify(extractGraphAsWritten(article)),
      );
    }
    const funds = extractGraph(articleOf(bodies[0]!)).relationships.filter(
      (r) => r.type === "FUNDS",
    );
    expect(funds.length).toBeGreaterThan(0);
    expect(JSON.stringify(funds)).not.toContain("¤");
  });

  it("weighs a model's € feature the same when it is read as ¤", () => {
    const model = new LinearModel({
      name: "test",
      bias: 0,
      threshold: 0.5,
      weights: { "word+1:€": 2, "word+1:$": 1 },
    });
    expect(model.margin(["word+1:¤"])).toBe(2);
    expect(model.margin(["word+1:€", "word+1:¤"])).toBe(2);
  });

  it("names ¤ wherever the extractor's code names €", () => {
    const missing: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts") && !entry.name.startsWith("stand-ins"))
          readFileSync(path, "utf8")
            .split("\n")
            .forEach((line, i) => {
              const code = line.trim();
              if (/^(?:\/\/|\/\*|\*)/.test(code)) return;
              if (code.includes("€") && !code.includes("¤")) missing.push(`${path}:${i + 1}`);
            });
      }
    };
    walk(join(REPO, "src", "extract"));
    // The signs' table names each on a line of its own.
    expect(missing.filter((where) => !where.includes("currencies.ts"))).toEqual([]);
    expect(CURRENCY_SIGNS["¤"]).toBe(CURRENCY_SIGNS["€"]);
  });
});
