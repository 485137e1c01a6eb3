import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateArticle } from "../../../bench/corpus/generate-article.ts";
import { letterGate } from "../../../src/extract/text/letter-gate.ts";
import { requiredLetters } from "../../../src/extract/text/required-letters.ts";
import {
  ACTIVE,
  EVALUATIVE,
  EXPERIENCER,
  HINTS,
  NOMINAL,
  PASSIVE,
  RELATIVE_LEXICAL,
  RELATIVE_VERDICT,
  SAID_LEXICAL,
  SAID_VERDICT,
} from "../../../src/extract/facts/opposition-verbs.ts";
import { TRAILING_VERDICT } from "../../../src/extract/facts/opposition-trailing-speaker.ts";
import { ATTENDED_BY } from "../../../src/extract/facts/meeting-memory.ts";
import { TRIGGERS } from "../../../src/extract/facts/meeting-triggers.ts";
import { splitSentences } from "../../../src/extract/text/split-sentences.ts";
import { REPO, SWEEP_TIMEOUT, readFixture } from "./helpers.ts";

describe("requiredLetters", () => {
  it("spells out the runs of letters a pattern matches exactly", () => {
    expect(requiredLetters(/\b(?:alarm|anger)ed\b/i)).toEqual({ runs: ["alarmed", "angered"] });
    expect(requiredLetters(/fr(?:ee|o)z/)).toEqual({ runs: ["freez", "froz"] });
    expect(requiredLetters(/\b[Tt]he\s+(?:kingdom|emirate)\b/)).toEqual({
      all: [{ runs: ["the"] }, { runs: ["kingdom", "emirate"] }],
    });
    expect(requiredLetters(/\bsaid\s+(?:that\s+)?the\b/)).toEqual({
      all: [{ runs: ["said"] }, { runs: ["the"] }],
    });
    expect(requiredLetters(/visit|arriv/)).toEqual({
      any: [{ runs: ["visit"] }, { runs: ["arriv"] }],
    });
  });

  it("requires nothing of what may be absent, repeated, looked at or escaped", () => {
    expect(requiredLetters(/a|/)).toBe(true);
    expect(requiredLetters(/(?:alarm)?x/)).toBe(true);
    expect(requiredLetters(/(?:alarm)*/)).toBe(true);
    expect(requiredLetters(/regrett?ed/)).toEqual({
      all: [{ runs: ["regret"] }, { runs: ["ed"] }],
    });
    expect(requiredLetters(/(?=alarm)\w+/)).toBe(true);
    expect(requiredLetters(/(?<!alarm)\w+/)).toBe(true);
    expect(requiredLetters(/\u00e9tat/)).toEqual({ runs: ["tat"] });
    expect(requiredLetters(/\x41bcd/)).toEqual({ runs: ["bcd"] });
    expect(requiredLetters(/\p{Lu}abc/u)).toEqual({ runs: ["abc"] });
    expect(requiredLetters(/[a-z]bc/)).toEqual({ runs: ["bc"] });
    expect(requiredLetters(/[^T]he/)).toEqual({ runs: ["he"] });
    expect(requiredLetters(/(?<word>ab)c/)).toEqual({ runs: ["abc"] });
    expect(requiredLetters(/(ab)\1/)).toEqual({ runs: ["ab"] });
    expect(requiredLetters(/ab{2}c/)).toBe(true);
    expect(requiredLetters(/(?:ab)+c/)).toEqual({ runs: ["ab"] });
    expect(requiredLetters(new RegExp("[a]bc", "v"))).toBe(true);
  });
});

// Every sentence a pattern matches must pass its gate; checked on the development articles, 2,000
// generated bench articles, and each of them with letters of other case, and with the long s and
// the Kelvin sign that the i and u flags let an "s" and a "k" match.
const devDir = join("test", "fixtures", "articles", "dev");
const bodies = [
  ...readdirSync(join(REPO, devDir)).map((file) => readFixture(join(devDir, file)).body),
  ...Array.from({ length: 2000 }, (_, i) => generateArticle({ seed: 11, size: 2000 }, i).text),
];
const plain = bodies.flatMap((body) => splitSentences(body).map((s) => s.text));
const sentences = [
  ...plain,
  ...plain.map((s) => s.toUpperCase()),
  ...plain.map((s) => s.replace(/s/g, "\u017f").replace(/k/g, "\u212a")),
];

/** The same expression without the g flag, whose test() would carry lastIndex over. */
const once = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace("g", ""));

describe("letterGate", () => {
  const patterns: RegExp[] = [
    ...Object.values(HINTS),
    ACTIVE,
    PASSIVE,
    EXPERIENCER,
    EVALUATIVE,
    SAID_VERDICT,
    SAID_LEXICAL,
    RELATIVE_VERDICT,
    RELATIVE_LEXICAL,
    TRAILING_VERDICT,
    NOMINAL,
    /visit|arriv|travel|trip|tour|hosted|welcomed|received/,
    /\b(?:said|told)\b/iu,
  ];
  for (const pattern of patterns) {
    it(
      `lets through every sentence ${pattern.source.slice(0, 60)} matches`,
      () => {
        const [re, gate] = [once(pattern), letterGate(pattern)];
        expect(sentences.filter((s) => re.test(s) && !gate(s)).slice(0, 3)).toEqual([]);
        // Some 100,000 sentences through the longest patterns (ACTIVE is ~17,000 characters): a
        // second or two on a quiet machine, a minute on a loaded one; a check, not a timing.
      },
      SWEEP_TIMEOUT,
    );
  }

  for (const { re: pattern } of TRIGGERS) {
    it(
      `lets through every sentence the meeting trigger ${pattern.source.slice(0, 50)} matches`,
      () => {
        const [re, gate] = [once(pattern), letterGate(pattern)];
        expect(sentences.filter((s) => re.test(s) && !gate(s)).slice(0, 3)).toEqual([]);
      },
      SWEEP_TIMEOUT,
    );
  }

  it("turns away a text without the letters, and lets one with them through", () => {
    const gate = letterGate(/\b(?:alarm|anger)ed\b/i);
    expect(gate("The move alarmed Canberra.")).toBe(true);
    expect(gate("The move ANGERED Canberra.")).toBe(true);
    expect(gate("The move alarms Canberra.")).toBe(false);
    expect(gate("")).toBe(false);
    expect(letterGate(/\bby\b/)("stood by")).toBe(true);
    expect(letterGate(/\bby\b/)("b y")).toBe(false);
    expect(letterGate(/ask/iu)("a\u017f\u212a")).toBe(true);
  });

  it("lets every text through when the pattern needs no letters", () => {
    expect(letterGate(/\s\p{Lu}/u)("")).toBe(true);
  });

  // A few top-level alternatives are each asked for all they need, not for one run of one.
  const pair = letterGate(/\b(?:two|both)\s+(?:leaders|envoys)\b|\bthe\s+two\s/i);

  it("lets through a text holding all that one alternative needs", () => {
    expect(pair("Both envoys flew home on Sunday.")).toBe(true);
    expect(pair("On Friday the two had lunch.")).toBe(true);
    expect(pair("THE TWO SPOKE AGAIN.")).toBe(true);
  });

  it("turns away a text holding a word of each alternative but all of none", () => {
    // "the" (the second's) and "envoys" (the first's), but neither "two" nor "both".
    expect(pair("The envoys met the minister in the capital.")).toBe(false);
    expect(pair("The leaders spoke by phone.")).toBe(false);
    expect(pair("Both sides said little.")).toBe(false);
  });

  it("lets every text through when one alternative needs no letters", () => {
    const gate = letterGate(/\bthe\s+two\s|\d+\s*%/);
    expect(gate("A rise of 5%.")).toBe(true);
    expect(gate("")).toBe(true);
  });

  it("keeps a long list of alternatives as one requirement, still letting its words through", () => {
    const gate = letterGate(/visit|arriv|travel|trip|tour|hosted|welcomed|received/);
    expect(gate("She arrived on Monday.")).toBe(true);
    expect(gate("He toured the port.")).toBe(true);
    expect(gate("They spoke by phone.")).toBe(false);
  });
});

describe("the gate of the attended-by search (meeting-memory.ts)", () => {
  const gate = letterGate(ATTENDED_BY);
  const matches = (text: string): boolean => {
    ATTENDED_BY.lastIndex = 0;
    const found = ATTENDED_BY.test(text);
    ATTENDED_BY.lastIndex = 0;
    return found;
  };

  it("lets through a meeting joined by someone named after 'by'", () => {
    for (const text of [
      "The luncheon at the palace was attended by the trade envoy.",
      "Their talks in the capital were later chaired by the host's deputy.",
      "The Signing Ceremony had been witnessed by two governors.",
      "The session was co-chaired by the visiting minister and her counterpart.",
    ]) {
      expect(matches(text)).toBe(true);
      expect(gate(text)).toBe(true);
    }
  });

  it("says no where a word the search needs is missing", () => {
    for (const text of [
      "The luncheon at the palace was attended mostly by diplomats' spouses.",
      "The envoy attended the luncheon at the palace.",
      "Their talks in the capital lasted two hours.",
      "The ceremony was held in the rain.",
    ]) {
      expect(matches(text)).toBe(false);
    }
    expect(gate("The envoy attended the luncheon at the palace.")).toBe(false);
    expect(gate("Their talks in the capital lasted two hours.")).toBe(false);
    expect(gate("The ceremony was held in the rain.")).toBe(false);
  });

  it("never says no where the search finds something, in upper case too", () => {
    for (const text of [
      "THE DINNER WAS ATTENDED BY THE MAYOR.",
      "The call, the aides said, was then mediated by a third country.",
      "A signing that afternoon was overseen by the bank's president.",
      "The negotiations have been hosted by the neighbouring state since May.",
    ]) {
      expect(matches(text)).toBe(true);
      expect(gate(text)).toBe(true);
    }
  });
});
