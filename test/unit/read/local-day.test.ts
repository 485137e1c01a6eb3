import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { parseArticleText } from "../../../src/read/index.ts";
import { parseTimestamp } from "../../../src/read/parse-timestamp.ts";

const BODY =
  "Japanese Prime Minister Shigeru Ishiba met Australian Prime Minister Anthony Albanese in Tokyo on Thursday, the two leaders said.";

function markdown(publishedAt: string): string {
  return `---\ntitle: Tokyo talks\npublishedAt: "${publishedAt}"\n---\n${BODY}\n`;
}

function articleOf(text: string, path: string) {
  const [outcome] = parseArticleText(text, { path });
  if (!outcome?.ok) throw new Error(`expected an article, got ${outcome?.reason}`);
  return outcome.article;
}

function meetingDates(text: string, path = "tokyo.md"): unknown[] {
  return extractGraph(articleOf(text, path))
    .relationships.filter((r) => r.type === "MET_WITH")
    .map((r) => r.properties["date"]);
}

describe("the local day of publication", () => {
  it("keeps the stated zone's offset next to the UTC instant", () => {
    expect(parseTimestamp("2025-03-06T07:00:00+09:00")).toEqual({
      ok: true,
      iso: "2025-03-05T22:00:00Z",
      offsetMinutes: 540,
    });
    expect(parseTimestamp("2025-03-05 22:00:00")).toEqual({
      ok: true,
      iso: "2025-03-05T22:00:00Z",
      offsetMinutes: 0,
    });
    expect(parseTimestamp("2025-03-05T18:30-0530")).toMatchObject({ offsetMinutes: -330 });
  });

  it("stores the offset only when the zone is not UTC, so UTC articles hash as before", () => {
    const tokyo = articleOf(markdown("2025-03-06T07:00:00+09:00"), "tokyo.md");
    const utc = articleOf(markdown("2025-03-05T22:00:00Z"), "tokyo.md");
    expect(tokyo.publishedAt).toBe("2025-03-05T22:00:00Z");
    expect(tokyo.utcOffsetMinutes).toBe(540);
    expect(utc.utcOffsetMinutes).toBeUndefined();
    expect("utcOffsetMinutes" in utc).toBe(false);
    expect(tokyo.contentHash).not.toBe(utc.contentHash);
  });

  it("resolves 'on Thursday' against the day it was where the article was published", () => {
    // A Tokyo morning paper on Thursday 6 March is still Wednesday evening in UTC.
    expect(meetingDates(markdown("2025-03-06T07:00:00+09:00"))).toEqual(["2025-03-06"]);
    // The same instant stated in UTC is a Wednesday, so "on Thursday" is the week before.
    expect(meetingDates(markdown("2025-03-05T22:00:00Z"))).toEqual(["2025-02-27"]);
  });

  it("reads the offset of a seed file's timestamp line and of a JSON record too", () => {
    const seed = `${BODY}\n2025-03-06 07:00:00+09:00\n`;
    expect(meetingDates(seed, "tokyo.txt")).toEqual(["2025-03-06"]);
    const json = JSON.stringify({ title: "t", body: BODY, publishedAt: "2025-03-06T07:00+09:00" });
    expect(meetingDates(json, "tokyo.json")).toEqual(["2025-03-06"]);
  });
});
