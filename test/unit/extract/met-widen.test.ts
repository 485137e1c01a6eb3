import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

/** MET_WITH pairs with their dates, for an article published on Thursday 12 March 2026. */
const metOn = (body: string, publishedAt = "2026-03-12T10:00:00Z"): string[] =>
  extract(body, publishedAt)
    .relationships.filter((r) => r.type === "MET_WITH")
    .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"] ?? "undated")}`)
    .sort();

/** The unordered pairs alone. */
const pairs = (body: string): string[] =>
  metOn(body)
    .map((p) =>
      p
        .split(" ")
        .slice(0, 3)
        .filter((w) => w !== "->")
        .sort()
        .join(" + "),
    )
    .sort();

// Each case pins a general form of a construction, in words other than the first one seen.
describe("meeting rules, widened", () => {
  it("takes a host named after a role in apposition, or after a meeting noun later in the clause", () => {
    expect(
      pairs(
        "Thai Prime Minister Somchai Rattana and Cambodian Prime Minister Sok Vanna agreed to a truce at talks chaired by Malaysia's prime minister, Aziz Rahman, in Putrajaya on Monday.",
      ),
    ).toHaveLength(3);
    expect(
      pairs(
        "Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Therese Wagner held talks in Washington, hosted by the U.S. secretary of state, Marco Rubio.",
      ),
    ).toHaveLength(3);
    expect(
      pairs(
        "President Ali Rahimi and Chief Negotiator Omar Saeed met in Muscat after weeks of contacts, at a session hosted by the Omani foreign minister, Badr Busaidi.",
      ),
    ).toHaveLength(3);
    // A host named as no person, and a speaker after the comma, take no part.
    expect(
      pairs(
        "Prime Minister Anna Berg and opposition leader Tomas Lind signed the pact on Friday after talks hosted by the government, Karin Holm said.",
      ),
    ).toEqual(["person:anna-berg + person:tomas-lind"]);
  });

  it("adds one who joins from afar in an absolute 'with' phrase to every side, and no one doing something else", () => {
    expect(
      metOn(
        "Serbian President Marko Ilic spoke with Kosovo Prime Minister Arben Hoxha on Wednesday, with EU envoy Peter Sorensen listening in.",
      ),
    ).toEqual([
      "person:arben-hoxha -> person:peter-sorensen 2026-03-11",
      "person:marko-ilic -> person:arben-hoxha 2026-03-11",
      "person:marko-ilic -> person:peter-sorensen 2026-03-11",
    ]);
    expect(
      pairs(
        "Chancellor Friedrich Merz had a video call with French President Emmanuel Macron on Friday, with British Prime Minister Keir Starmer dialling in from London.",
      ),
    ).toHaveLength(3);
    expect(
      pairs(
        "President William Ruto met Ugandan President Yoweri Museveni on Monday, with Tanzania's Samia Suluhu Hassan attending the summit in Arusha.",
      ),
    ).toEqual(["person:william-ruto + person:yoweri-museveni"]);
    expect(
      pairs(
        "President William Ruto met Ugandan President Yoweri Museveni on Monday, with Tanzania's Samia Suluhu Hassan expected to join next week.",
      ),
    ).toEqual(["person:william-ruto + person:yoweri-museveni"]);
    // Regression: "attending" with nothing after it attends this meeting, not something else.
    expect(
      pairs(
        "President William Ruto met Ugandan President Yoweri Museveni on Monday, with Tanzania's Samia Suluhu Hassan also attending.",
      ),
    ).toHaveLength(3);
  });

  it("gives a verb after a relative clause closed by a comma the main clause's subject", () => {
    expect(
      pairs(
        "Indian Prime Minister Narendra Modi welcomed Sri Lankan President Anura Kumara Dissanayake, who is on his first state visit, and also hosted Maldivian President Mohamed Muizzu at lunch.",
      ),
    ).toEqual([
      "person:anura-kumara-dissanayake + person:narendra-modi",
      "person:mohamed-muizzu + person:narendra-modi",
    ]);
    // Without the comma the relative clause goes on.
    expect(
      pairs(
        "President William Ruto held talks with Ugandan President Yoweri Museveni, who flew in on Monday and met Tanzanian President Samia Suluhu Hassan.",
      ),
    ).toEqual([
      "person:samia-suluhu-hassan + person:yoweri-museveni",
      "person:william-ruto + person:yoweri-museveni",
    ]);
  });

  it("reads a fronted 'after meeting B' behind another opening phrase, with a pronoun subject", () => {
    expect(
      pairs(
        "Japanese Prime Minister Shigeru Ishiba was cautious. After meeting South Korean President Lee Jae-myung on Tuesday, he told reporters the talks were useful.",
      ),
    ).toEqual(["person:lee-jae-myung + person:shigeru-ishiba"]);
    expect(
      pairs(
        "Israeli Prime Minister Benjamin Netanyahu was unrepentant. Returning home after meeting U.S. Secretary of State Marco Rubio on Monday, he said Israel would act.",
      ),
    ).toEqual(["person:benjamin-netanyahu + person:marco-rubio"]);
    expect(
      pairs(
        "Kenyan President William Ruto was defiant. Speaking in Nairobi before meeting Ugandan President Yoweri Museveni next week, he accused Somalia of harbouring militants.",
      ),
    ).toEqual([]);
  });

  it("takes the interviewee from the note that says the story is an interview, not the person named most", () => {
    expect(
      pairs(
        [
          "Kenyan Foreign Minister Musalia Mudavadi spoke to the Nairobi Courier in his office on Tuesday. The conversation has been edited for length and clarity.",
          "Q: You were in Mogadishu last week. What happened?",
          "A: I sat down with Ahmed Fiqi on Thursday. I have also said so to Minister Fiqi directly, and to Minister Fiqi's deputy.",
          "A: On Sunday I spoke by phone with Ethiopian Foreign Minister Gedion Timothewos.",
        ].join("\n"),
      ),
    ).toEqual([
      "person:ahmed-fiqi + person:musalia-mudavadi",
      "person:gedion-timothewos + person:musalia-mudavadi",
    ]);
  });

  it("takes no interview from a quote's own 'us' (regression: 'X told us' made X the interviewee)", () => {
    expect(
      pairs(
        [
          "Ukrainian President Volodymyr Zelensky defended his record on Tuesday.",
          '"Donald Trump told us nothing new about the plan," Zelensky said in Kyiv.',
          "Zelensky was speaking after a trip abroad.",
          '"I met Emmanuel Macron in Paris on Monday and we agreed on the next steps," he said.',
        ].join("\n"),
      ),
    ).toContain("person:emmanuel-macron + person:volodymyr-zelensky");
  });

  it("keeps two who talked privately at an occasion (regression: 11b71c4 read it as addressing it)", () => {
    expect(
      pairs(
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan talked privately at the state dinner in Arusha on Monday.",
      ),
    ).toEqual(["person:samia-suluhu-hassan + person:william-ruto"]);
  });

  it("denies a meeting whose noun has 'no' before it", () => {
    expect(
      pairs(
        "Kenyan Foreign Minister Musalia Mudavadi has no meeting planned with Somali Foreign Minister Ahmed Fiqi.",
      ),
    ).toEqual([]);
    expect(
      pairs(
        "Kenyan Foreign Minister Musalia Mudavadi said he had held no talks with Somali Foreign Minister Ahmed Fiqi since March.",
      ),
    ).toEqual([]);
    // A count is no denial.
    expect(
      pairs(
        "President William Ruto had no fewer than two calls with Ugandan President Yoweri Museveni on Monday.",
      ),
    ).toEqual(["person:william-ruto + person:yoweri-museveni"]);
  });

  it("never reads a description of a role below the ruler's as the ruler of its state", () => {
    expect(
      pairs(
        "President Vladimir Putin sent a delegation to Istanbul. Ukrainian Defence Minister Rustem Umerov met the Russian negotiator on Friday.",
      ),
    ).toEqual([]);
    expect(
      pairs(
        "President Emmanuel Macron called for calm. Algerian Foreign Minister Ahmed Attaf summoned the French consul on Tuesday and met the French representative on Wednesday.",
      ),
    ).toEqual([]);
    expect(
      pairs(
        "Indian Foreign Minister S. Jaishankar flew to Colombo. Sri Lankan President Anura Kumara Dissanayake received the Indian minister on Monday.",
      ),
    ).toEqual(["person:anura-kumara-dissanayake + person:s-jaishankar"]);
  });

  it("reads 'both leaders' as the two the sentence before named, not two whose titles say 'leader'", () => {
    expect(
      pairs(
        "Labour leader Ian Frost and Green Party leader Maya Lee criticised the plan. Chancellor Friedrich Merz and President Emmanuel Macron arrived in Warsaw on Tuesday. Polish President Karol Nawrocki received the two leaders at the Belweder palace on Tuesday.",
      ),
    ).toEqual([
      "person:emmanuel-macron + person:friedrich-merz",
      "person:emmanuel-macron + person:karol-nawrocki",
      "person:friedrich-merz + person:karol-nawrocki",
    ]);
  });
});
