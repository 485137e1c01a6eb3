import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateArticle } from "../../../bench/corpus/generate-article.ts";
import { MEETING_HINT } from "../../../src/extract/facts/find-meetings.ts";
import { TRIGGERS } from "../../../src/extract/facts/meeting-triggers.ts";
import { ISSUE_TOPICS } from "../../../src/extract/gazetteer/issues.ts";
import {
  ACTIVE,
  EVALUATIVE,
  EXPERIENCER,
  HINTS,
  PASSIVE,
  SAID_VERDICT,
} from "../../../src/extract/facts/opposition-verbs.ts";
import {
  TRAILING_HINT,
  TRAILING_VERDICT,
} from "../../../src/extract/facts/opposition-trailing-speaker.ts";
import { AGENTLESS, AGENTLESS_HINT } from "../../../src/extract/facts/opposition-agentless.ts";
import { EVENT_HINT, EVENT_OBJECT } from "../../../src/extract/facts/opposition-antecedent.ts";
import {
  CAMPAIGN_HINT,
  CAMPAIGNED,
  LED_CAMPAIGN,
  OWNED_CAMPAIGN,
} from "../../../src/extract/facts/opposition-campaigned.ts";
import { OWN_STANCE, OWN_STANCE_HINT } from "../../../src/extract/facts/opposition-own-stance.ts";
import { REBUTTAL, REBUTTAL_HINT } from "../../../src/extract/facts/opposition-rebuttal.ts";
import {
  PUT_UNDER,
  SANCTION_NOUN_HINT,
  SANCTIONS_ON,
  UNDER_SANCTIONS,
} from "../../../src/extract/facts/opposition-sanction-noun.ts";
import { WARNED_PARTY, WARNED_PARTY_HINT } from "../../../src/extract/facts/opposition-warned.ts";
import { splitSentences } from "../../../src/extract/text/split-sentences.ts";
import { REPO, SWEEP_TIMEOUT, readFixture } from "./helpers.ts";

// A rule pattern runs only on sentences its hint (a short, cheap pattern) matches. A hint that
// misses a sentence its pattern would match loses that fact without a sound, so every pair is
// checked on every sentence of the development articles and of 2,000 generated bench articles.
const devDir = join("test", "fixtures", "articles", "dev");
const bodies = [
  ...readdirSync(join(REPO, devDir)).map((file) => readFixture(join(devDir, file)).body),
  ...Array.from({ length: 2000 }, (_, i) => generateArticle({ seed: 7, size: 2000 }, i).text),
];
const sentences = bodies.flatMap((body) => splitSentences(body).map((s) => s.text));

/** The same expression without the g flag, whose test() would carry lastIndex over. */
const once = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace("g", ""));

function missedBy(hint: RegExp, pattern: RegExp): string[] {
  const [h, p] = [once(hint), once(pattern)];
  return sentences.filter((s) => p.test(s) && !h.test(s)).slice(0, 3);
}

describe("pattern hints", () => {
  it("reads enough sentences to mean something", () => {
    expect(sentences.length).toBeGreaterThan(15000);
  });

  const oppositions: [string, RegExp, RegExp][] = [
    // The listed verbs' words are a hint of their own, asked when HINTS.active says no.
    ["active", new RegExp(`${HINTS.active.source}|${HINTS.lexicon.source}`, "i"), ACTIVE],
    ["passive", HINTS.passive, PASSIVE],
    ["experiencer", HINTS.experiencer, EXPERIENCER],
    ["evaluative", HINTS.evaluative, EVALUATIVE],
    ["said", HINTS.said, SAID_VERDICT],
    ["trailing", TRAILING_HINT, TRAILING_VERDICT],
    ["own stance", OWN_STANCE_HINT, OWN_STANCE],
    ["campaigned", CAMPAIGN_HINT, CAMPAIGNED],
    ["led campaign", CAMPAIGN_HINT, LED_CAMPAIGN],
    ["owned campaign", CAMPAIGN_HINT, OWNED_CAMPAIGN],
    ["agentless", AGENTLESS_HINT, AGENTLESS],
    ["warned party", WARNED_PARTY_HINT, WARNED_PARTY],
    ["rebuttal", REBUTTAL_HINT, REBUTTAL],
    ["sanctions on", SANCTION_NOUN_HINT, SANCTIONS_ON],
    ["under sanctions", SANCTION_NOUN_HINT, UNDER_SANCTIONS],
    ["put under sanctions", SANCTION_NOUN_HINT, PUT_UNDER],
    ["event object", EVENT_HINT, EVENT_OBJECT],
  ];
  // ACTIVE, every family's verbs in one alternation, takes about 6 s over these sentences on an
  // idle core (the extractor runs each family on its own, and ACTIVE only from a verb onwards).
  for (const [name, hint, pattern] of oppositions) {
    it(
      `lets through every sentence the opposition pattern "${name}" matches`,
      () => {
        expect(missedBy(hint, pattern)).toEqual([]);
      },
      SWEEP_TIMEOUT,
    );
  }

  for (const topic of ISSUE_TOPICS) {
    it(`searches every sentence that names the topic "${topic.name}"`, () => {
      const missed = sentences.filter(
        (s) => topic.pattern.test(s) && !topic.words.some((w) => s.toLowerCase().includes(w)),
      );
      expect(missed.slice(0, 3)).toEqual([]);
    });
  }

  it("gives topic words in plain lowercase letters, searched as written", () => {
    const odd = ISSUE_TOPICS.flatMap((t) => t.words).filter((w) => !/^[a-z]+(?: [a-z]+)*$/.test(w));
    expect(odd).toEqual([]);
  });

  TRIGGERS.forEach((trigger, i) => {
    it(
      `lets through every sentence meeting trigger ${i} matches (${trigger.hint.source})`,
      () => {
        expect(missedBy(trigger.hint, trigger.re)).toEqual([]);
      },
      SWEEP_TIMEOUT,
    );
  });

  TRIGGERS.forEach((trigger, i) => {
    if (trigger.lead === undefined) return;
    it(
      `lets through every sentence meeting trigger ${i} matches by its lead (${trigger.lead.source})`,
      () => {
        expect(missedBy(trigger.lead!, trigger.re)).toEqual([]);
      },
      SWEEP_TIMEOUT,
    );
  });

  it("lets a text with a letter only the u flag folds through every meeting trigger's lead", () => {
    const leads = TRIGGERS.flatMap((t) => (t.lead === undefined ? [] : [t.lead]));
    expect(leads.filter((l) => !l.test("Both ſides held talKs")).length).toBe(0);
  });

  // Every trigger over every sentence: a few seconds on a quiet machine, more on a busy one.
  it("lets through, before any meeting trigger is tried, every sentence one of them matches", () => {
    expect(TRIGGERS.flatMap((trigger) => missedBy(MEETING_HINT, trigger.re))).toEqual([]);
  }, 30_000);
});
