import { countryName } from "./countries.ts";
import { onDate } from "./dates.ts";
import { capitalise, introduce, midSentence, partyName } from "./name-forms.ts";
import { pick, type Rng } from "./prng.ts";
import type { Story } from "./stories.ts";

/** One sentence recalling an earlier story, as articles do for context. */
export function backgroundSentence(rng: Rng, story: Story): string {
  const when = onDate(story.day);
  const lead = pick(rng, [
    "Earlier,",
    "Separately,",
    "In a related development,",
    "The move follows reports that",
    "It comes after",
  ]);
  const clause = backgroundClause(rng, story, when);
  return `${lead} ${midSentence(clause)}.`;
}

function backgroundClause(rng: Rng, story: Story, when: string): string {
  switch (story.kind) {
    case "visit":
      return `${capitalise(introduce(rng, story.a))} met with ${introduce(rng, story.b)} in ${story.b.country.capital} ${when}`;
    case "call":
      return `${capitalise(introduce(rng, story.a))} spoke by phone with ${introduce(rng, story.b)} ${when}`;
    case "planned":
      return `${capitalise(introduce(rng, story.a))} is due to meet ${introduce(rng, story.b)} ${when}`;
    case "summit":
      return `leaders gathered in ${story.host.capital} ${when} for a summit on ${story.topic}`;
    case "condemnation":
      return `${capitalise(introduce(rng, story.speaker))} condemned ${countryName(story.target)} over its ${story.act}`;
    case "sanctions":
      return `${capitalise(partyName(story.by))} imposed sanctions on ${countryName(story.target)} ${when} over ${story.over}`;
    case "aid":
      return `${capitalise(partyName(story.funder))} pledged ${story.amount.text} to ${countryName(story.recipient)} ${when} for ${story.purpose}`;
  }
}
