import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../../src/extract/analyze-article.ts";
import {
  findOppositions,
  type OppositionMention,
} from "../../../../src/extract/facts/find-oppositions.ts";
import type { Actor } from "../../../../src/extract/resolve/actor.ts";
import type { AnalyzedSentence } from "../../../../src/extract/resolve/analyzed-sentence.ts";
import {
  emptyMemory,
  rememberDiscourse,
  type DiscourseMemory,
} from "../../../../src/extract/learn/discourse-memory.ts";
import { LinearModel } from "../../../../src/extract/learn/linear-model.ts";
import { stanceSentence, stanceWords } from "../../../../src/extract/learn/opp-sentence.ts";
import { targetCandidates } from "../../../../src/extract/learn/opp-target-candidates.ts";
import {
  chooseTargets,
  observeTargetGroups,
  type TargetGroup,
} from "../../../../src/extract/learn/opp-target.ts";
import weights from "../../../../src/extract/learn/opp-target-weights.json" with { type: "json" };
import { articleOf, extract, factsOf, heardWhileExtracting } from "../helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

/** A minister's warning, then a stance against "the warnings" that names no one. */
const WARNED =
  "Brazil's environment minister warned that the dam would flood villages. Paraguay's foreign ministry dismissed the warnings as alarmist.";

/** The rules' own stances, as addStances (opp-decide.ts) hands them: the labels left out. */
function ruled(s: AnalyzedSentence, actors: readonly Actor[]): OppositionMention[] {
  return findOppositions(s, actors).filter((o) => o.learned !== true);
}

/** The rules' stances of the last sentence of `body`, the memory holding the sentences before. */
function lastSentence(body: string) {
  const analysis = analyzeArticle(articleOf(body));
  const memory: DiscourseMemory = emptyMemory();
  const last = analysis.sentences.length - 1;
  for (let i = 0; i < last; i++) {
    const [s, actors] = [analysis.sentences[i]!, analysis.actors[i]!];
    rememberDiscourse(memory, s, i, actors, ruled(s, actors), analysis.people);
  }
  const s = analysis.sentences[last]!;
  const actors = analysis.actors[last]!;
  return { analysis, memory, s, actors, index: last, mentions: ruled(s, actors) };
}

/** A model that takes any party the memory offers from 0.5, and nothing else. */
const MEMORY_MODEL = new LinearModel({
  name: "test",
  bias: -4,
  threshold: 0.5,
  weights: { "mem=speaker": 8 },
});

describe("OPPOSES targets named only in an earlier sentence", () => {
  it("offers the parties earlier sentences named, marked as remembered, for a thing the rules left bare", () => {
    const [group] = heardWhileExtracting<TargetGroup>(WARNED, observeTargetGroups);
    expect(group!.candidates.map((c) => [c.key, c.remembered])).toEqual([
      ["issue:warnings", false],
      ["country:BRA", true],
    ]);
    const features = group!.candidates[1]!.features;
    expect(features).toContain("mem=speaker");
    expect(features).toContain("mem×hkind=speaker×said");
  });

  it("offers nothing from memory for a first sentence, a party target or a thing named whole", () => {
    const keys = (body: string) =>
      heardWhileExtracting<TargetGroup>(body, observeTargetGroups).map((g) =>
        g.candidates.filter((c) => c.remembered).map((c) => c.key),
      );
    expect(keys("Paraguay's foreign ministry dismissed the warnings as alarmist.")).toEqual([[]]);
    expect(
      keys("Brazil's environment minister spoke on Monday. Paraguay condemned Uruguay on Tuesday."),
    ).toEqual([[]]);
    expect(
      keys(
        "Brazil's environment minister spoke on Monday. Paraguay condemned the closure of the border crossing at the bridge over the river.",
      ),
    ).toEqual([[]]);
  });

  it("takes the speaker before a verb of saying, not the sentence's opener, for words said", () => {
    const { memory } = lastSentence(
      "Ethiopia, Eritrea's information minister said, has no right to the port. Djibouti rejected the statement.",
    );
    expect(memory.subjects.map((n) => n.actor.key)).toEqual(["country:ETH"]);
    expect(memory.speakers.map((n) => n.actor.key)).toEqual(["country:ERI"]);
    // A party inside a longer subject opens nothing.
    const trade = lastSentence("Trade between Chile and Peru fell in May. Bolivia criticised it.");
    expect(trade.memory.subjects).toEqual([]);
  });

  it("remembers the rules' own stances only, not a label left to the learned decision", () => {
    // 'called the visit "…"' is a label (opposition-labelled.ts): addStances fills the memory
    // without it, so the tests' memory must too. Its speaker is still remembered.
    const { memory } = lastSentence(
      'Ghana called the visit "a photo opportunity without substance". Togo rejected the remarks.',
    );
    expect(memory.stances).toEqual([]);
    expect(memory.speakers.map((n) => n.actor.key)).toEqual(["country:GHA"]);
  });

  it("lends the state named most before, the first named of equals, never the holder's own", () => {
    const mostState = (body: string) =>
      heardWhileExtracting<TargetGroup>(body, observeTargetGroups)
        .at(-1)!
        .candidates.filter((c) => c.features.includes("mem=most-state"))
        .map((c) => c.key);
    const once = "Chile closed the border on Friday. Argentina backed the move.";
    expect(mostState(`${once} Bolivia condemned the decision.`)).toEqual(["country:CHL"]);
    expect(mostState(`${once} Chile condemned the decision.`)).toEqual(["country:ARG"]);
    expect(
      mostState(`${once} Argentina's envoy said Peru erred. Bolivia condemned the decision.`),
    ).toEqual(["country:ARG"]);
  });

  it("replaces the rules' bare thing by a remembered party from its own threshold only", () => {
    const { analysis, memory, s, actors, index, mentions } = lastSentence(WARNED);
    const target = (memoryAt: number) =>
      chooseTargets(
        s,
        index,
        actors,
        mentions,
        analysis.people,
        MEMORY_MODEL,
        memory,
        memoryAt,
      ).mentions.map((o) => ("actor" in o.target ? o.target.actor.key : o.target.issueKey));
    expect(target(0.5)).toEqual(["country:BRA"]);
    expect(target(2)).toEqual(["issue:warnings"]);
  });

  it("reads the committed weights: the minister's state or the rules' thing for 'the warnings', the rules' thing for 'the attack'", () => {
    // Whether the memory gives "the warnings" to the state whose minister made them or leaves the
    // rules' thing depends on where each retraining puts the switch threshold (0.8 or 0.85 in
    // 2026-12; it flipped three times): the annotation rules accept either, since a stance against
    // a party's words may name the words or the party. What must hold is Paraguay as the holder and
    // one of those two targets, never another party or none.
    const accepted = [["country:PRY -> issue:warnings"], ["country:PRY -> country:BRA"]];
    expect(accepted).toContainEqual(
      opposes(
        "Brazil's environment minister warned that the dam would flood villages. Paraguay's foreign ministry rejected the warnings.",
      ),
    );
    expect(accepted).toContainEqual(opposes(WARNED));
    expect(
      opposes(
        "Russian drones struck a hospital in Kharkiv on Monday. Poland condemned the attack.",
      ),
    ).toEqual(["country:POL -> issue:attack"]);
    // Nothing named before: the rules' thing stands.
    expect(opposes("Paraguay's foreign ministry dismissed the warnings as alarmist.")).toEqual([
      "country:PRY -> issue:warnings",
    ]);
  });

  it("reads words and word classes, never names", () => {
    const groups = heardWhileExtracting<TargetGroup>(WARNED, observeTargetGroups);
    for (const f of groups.flatMap((g) => g.candidates.flatMap((c) => c.features)))
      expect(f).not.toMatch(/brazil|paraguay|BRA|PRY/i);
  });

  it("hands training the remembered candidates and features the choice weighs", () => {
    const [group] = heardWhileExtracting<TargetGroup>(WARNED, observeTargetGroups);
    const { analysis, memory, s, actors, index, mentions } = lastSentence(WARNED);
    const view = stanceSentence(s, index, stanceWords(s) ?? new Array<undefined>(s.tokens.length));
    const direct = targetCandidates(view, mentions[0]!, actors, analysis.people, memory);
    expect(group!.candidates.map((c) => c.features)).toEqual(direct.map((c) => c.features));
  });

  it("reads words said and nouns made from a verb as the kinds of a bare thing", () => {
    /** The kind the memory gives the last stance's bare thing, as its first remembered party reads it. */
    const kind = (body: string) =>
      heardWhileExtracting<TargetGroup>(body, observeTargetGroups)
        .at(-1)!
        .candidates.find((c) => c.remembered)
        ?.features.find((f) => f.startsWith("mem×hkind=subject×"));
    expect(
      kind(
        "Germany's chancellor gave a speech in Berlin on Monday. Poland's foreign ministry rejected the speech as reckless.",
      ),
    ).toBe("mem×hkind=subject×said");
    expect(
      kind("Ghana's envoy filed a note at the ministry. Togo dismissed the complaint on Friday."),
    ).toBe("mem×hkind=subject×said");
    // Nominalised doings: -sion, -tion, -ment, -val, -sal, -wal, -sure.
    expect(
      kind(
        "Chile excluded Bolivia from the summit. Peru's foreign ministry condemned the exclusion.",
      ),
    ).toBe("mem×hkind=subject×act");
    expect(
      kind("Norway recalled its troops from the island. Denmark criticised the withdrawal."),
    ).toBe("mem×hkind=subject×act");
    expect(
      kind("Kenya sent police officers to the coast. Somalia protested against the deployment."),
    ).toBe("mem×hkind=subject×act");
    expect(kind("Egypt shut the crossing at dawn. Qatar condemned the closure.")).toBe(
      "mem×hkind=subject×act",
    );
    // A word that only ends like one: "-al" and "-ure" alone make no doing.
    expect(
      kind("Chad moved its ministries last year. Niger criticised the capital as costly."),
    ).not.toBe("mem×hkind=subject×act");
  });

  it("commits a threshold of its own for remembered parties, never below 0.6", () => {
    expect(weights.memoryThreshold).toBeGreaterThanOrEqual(0.6);
  });
});
