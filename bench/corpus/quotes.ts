import { countryName } from "./countries.ts";
import { partyName } from "./name-forms.ts";
import type { PoolPerson } from "./people.ts";
import { pick, type Rng } from "./prng.ts";
import type { Story } from "./stories.ts";

const SAYINGS = [
  "We have agreed to intensify our dialogue, because the challenges we face cannot be solved by any one country alone",
  "Our position has not changed, and we have made that very clear to our partners",
  "There is a real opportunity here, and we intend to seize it",
  "We expect concrete steps, not only declarations",
  "This is a long-term commitment, and we will be there for as long as it takes",
  "Nobody should doubt our determination to defend our interests",
  "We discussed everything openly, including the issues on which we disagree",
];

/** A quote from the story's main actor, in the closing style of wire copy. */
export function quoteParagraph(rng: Rng, story: Story): string {
  const saying = pick(rng, SAYINGS);
  const speaker = speakerOf(story);
  const how = pick(rng, [
    "told reporters",
    "said in a statement",
    "wrote on social media",
    "told a news conference",
  ]);
  return `"${saying}," ${speaker} ${how}.`;
}

/** Why the story matters, in a paragraph of background that names no new fact. */
export function historyParagraph(rng: Rng, story: Story): string {
  const [x, y] = sides(story);
  return pick(rng, [
    `Relations between ${x} and ${y} have been tested in recent years by disagreements over ${story.topic}, although trade between them has continued to grow.`,
    `${y.charAt(0).toUpperCase()}${y.slice(1)} has long sought closer ties with ${x}, and officials have repeatedly pointed to ${story.topic} as an area where cooperation could deepen.`,
  ]);
}

function speakerOf(story: Story): string {
  switch (story.kind) {
    case "visit":
    case "call":
    case "planned":
      return story.a.surname;
    case "summit":
      return story.leaders[0]?.surname ?? "the host";
    case "condemnation":
      return story.speaker.surname;
    case "sanctions":
      return `a spokesperson for ${partyName(story.by)}`;
    case "aid":
      return `a spokesperson for ${partyName(story.funder)}`;
  }
}

function sides(story: Story): [string, string] {
  const of = (person: PoolPerson) => countryName(person.country);
  switch (story.kind) {
    case "visit":
    case "call":
    case "planned":
      return [of(story.a), of(story.b)];
    case "summit":
      return [countryName(story.host), "its neighbours"];
    case "condemnation":
      return [of(story.speaker), countryName(story.target)];
    case "sanctions":
      return [partyName(story.by), countryName(story.target)];
    case "aid":
      return [partyName(story.funder), countryName(story.recipient)];
  }
}
