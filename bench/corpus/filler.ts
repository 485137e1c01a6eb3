import { countryName } from "./countries.ts";
import { nextInt, pick, type Rng } from "./prng.ts";
import type { Story } from "./stories.ts";

const ANALYSTS = [
  "Analysts",
  "Diplomats in the region",
  "Observers",
  "Western officials",
  "Economists",
  "Regional experts",
];

/** Context without new facts: quotes, analysis and what comes next, as wire copy pads a story. */
export function fillerParagraphs(rng: Rng, story: Story, count: number): string[] {
  const all = fillers(rng, story);
  const first = nextInt(rng, all.length);
  return Array.from({ length: count }, (_, i) => all[(first + i * 3) % all.length] ?? "");
}

function fillers(rng: Rng, story: Story): string[] {
  const topic = story.topic;
  const place = placeOf(story);
  return [
    `${pick(rng, ANALYSTS)} said the outcome would be watched closely in ${place}, where ${topic} has dominated the political debate for months.`,
    `"We are committed to working with all our partners on ${topic}, and we will not be distracted by those who seek division," a senior official told reporters on condition of anonymity.`,
    `The issue of ${topic} has strained relations in recent years, and previous rounds of negotiations ended without agreement.`,
    `Opposition lawmakers in ${place} questioned the timing of the announcement and called for a parliamentary debate on ${topic}.`,
    `Markets reacted calmly to the news, with the local currency little changed in afternoon trading.`,
    `A joint working group is expected to meet again before the end of the year to review progress on ${topic}.`,
    `Human rights groups urged all sides to put civilians first, warning that delays could cost lives.`,
    `The announcement came at a sensitive moment for the government in ${place}, which faces a difficult budget and growing public frustration over the cost of living.`,
    `Officials declined to give further details, saying technical teams would continue their work in the coming weeks and that a fuller statement would follow.`,
    `"This is not the end of the process but the beginning," one diplomat said, adding that much would depend on whether commitments were honoured.`,
    `Critics argue that years of promises on ${topic} have produced little on the ground, and that words must now be matched by deeds.`,
  ];
}

function placeOf(story: Story): string {
  switch (story.kind) {
    case "visit":
    case "call":
    case "planned":
      return story.b.country.capital;
    case "summit":
      return story.host.capital;
    case "condemnation":
    case "sanctions":
      return countryName(story.target).replace(/^the /, "");
    case "aid":
      return story.recipient.capital;
  }
}
