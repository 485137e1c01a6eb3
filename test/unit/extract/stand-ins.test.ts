import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractGraph, extractGraphAsWritten } from "../../../src/extract/extract-graph.ts";
import { CURRENCY_SIGNS } from "../../../src/extract/facts/currencies.ts";
import { LinearModel } from "../../../src/extract/learn/linear-model.ts";
import { oneByteText, restoreStandIns, STAND_INS } from "../../../src/extract/text/stand-ins.ts";
import { articleOf, REPO } from "./helpers.ts";

describe("one-byte text for the rules", () => {
  it("reads €, — and – as ¤, ¦ and ¬, one character for one, and leaves other text alone", () => {
    expect(oneByteText("Spain pledged €40 million — and €2 billion in 2024–2025.")).toBe(
      "Spain pledged ¤40 million ¦ and ¤2 billion in 2024¬2025.",
    );
    expect(oneByteText("Spain pledged $40 million.")).toBeUndefined();
    expect(oneByteText("The ¤ sign and €5 million.")).toBeUndefined();
    // Other characters beyond Latin-1 keep the text two-byte: nothing to gain.
    expect(oneByteText("Babiš — Czechia's premier — pledged €5 million.")).toBeUndefined();
    expect(oneByteText("Poland’s premier pledged €5 million.")).toBeUndefined();
  });

  it("writes € back in every string, keys and nested lists included, and nothing else", () => {
    const restored = restoreStandIns({
      name: "the ¤5 million fund ¦ for 2025¬2026",
      list: ["¤1", 2, true, null, { "¤": "a¤b" }],
      plain: "no sign",
    });
    expect(restored).toEqual({
      name: "the €5 million fund — for 2025–2026",
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
      "President Emmanuel Macron — on his first visit — met President Bola Tinubu in Abuja.",
      "Japan pledged $2–3 billion to Kenya; Kenya's President William Ruto – in Tokyo – thanked it.",
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
  }, 30_000);

  it("weighs a model's € feature the same when it is read as ¤", () => {
    const model = new LinearModel({
      name: "test",
      bias: 0,
      threshold: 0.5,
      weights: { "word+1:€": 2, "word+1:$": 1, "between:—": 4 },
    });
    expect(model.margin(["word+1:¤"])).toBe(2);
    expect(model.margin(["between:¦"])).toBe(4);
    expect(model.margin(["word+1:€", "word+1:¤"])).toBe(2);
  });

  it("names the stand-in wherever the extractor's code names €, — or –", () => {
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
              for (const [written, read] of STAND_INS)
                if (code.includes(written) && !code.includes(read))
                  missing.push(`${path}:${i + 1}`);
            });
      }
    };
    walk(join(REPO, "src", "extract"));
    // The signs' table names each on a line of its own; a pair's key joins two keys, not text.
    const known = ["currencies.ts", "met-decisions.ts"];
    expect(missing.filter((where) => !known.some((file) => where.includes(file)))).toEqual([]);
    expect(CURRENCY_SIGNS["¤"]).toBe(CURRENCY_SIGNS["€"]);
  });
});
