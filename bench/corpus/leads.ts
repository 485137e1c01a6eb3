import { countryName } from "./countries.ts";
import { onDate, whenText } from "./dates.ts";
import { again, capitalise, introduce, listOf, partyName } from "./name-forms.ts";
import { pick, type Rng } from "./prng.ts";
import type { Story } from "./stories.ts";

/** The opening paragraphs of an article whose main story this is: the facts, then detail. */
export function leadParagraphs(rng: Rng, story: Story, published: number): string[] {
  const when = whenText(story.day, published);
  switch (story.kind) {
    case "visit": {
      const { a, b, topic } = story;
      const place = b.country.capital;
      return [
        pick(rng, [
          `${capitalise(introduce(rng, a))} met ${when} with ${introduce(rng, b)} in ${place}, as the two governments sought to ease tensions over ${topic}.`,
          `${capitalise(introduce(rng, a))} held talks with ${introduce(rng, b)} in ${place} ${when}, the first such visit in more than a year.`,
          `${capitalise(introduce(rng, b))} received ${introduce(rng, a)} in ${place} ${when} for talks dominated by ${topic} and regional security.`,
        ]),
        pick(rng, [
          `The meeting between ${a.surname} and ${b.surname} lasted about two hours, officials said, and was followed by a working lunch with both delegations.`,
          `${capitalise(again(rng, a))} arrived in ${countryName(b.country)} on the eve of the talks and is due to travel on to neighbouring capitals later in the week.`,
          `Officials on both sides described the discussions as "frank and constructive" but acknowledged that differences over ${topic} remained.`,
        ]),
      ];
    }
    case "call": {
      const { a, b, topic } = story;
      return [
        pick(rng, [
          `${capitalise(introduce(rng, a))} spoke by phone with ${introduce(rng, b)} ${when}, the ${a.country.demonym} government said in a statement.`,
          `${capitalise(introduce(rng, a))} had a phone call with ${introduce(rng, b)} ${when} to discuss ${topic} and bilateral relations.`,
        ]),
        `According to a readout released after the call, ${a.surname} and ${b.surname} agreed to keep channels of communication open and to instruct their teams to continue work on ${topic}.`,
      ];
    }
    case "planned": {
      const { a, b, topic } = story;
      return [
        pick(rng, [
          `${capitalise(introduce(rng, a))} will meet ${introduce(rng, b)} in ${b.country.capital} ${onDate(story.day)}, officials announced, in a visit expected to focus on ${topic}.`,
          `${capitalise(introduce(rng, a))} is expected to hold talks with ${introduce(rng, b)} ${onDate(story.day)}, according to diplomats familiar with the preparations.`,
        ]),
        `The trip, which has not been formally confirmed by ${countryName(b.country)}, would be ${a.surname}'s first to the country since taking office.`,
      ];
    }
    case "summit": {
      const [host, ...guests] = story.leaders;
      if (host === undefined) return [];
      const names = listOf(guests.map((p) => introduce(rng, p)));
      return [
        `${capitalise(introduce(rng, host))} hosted a summit in ${story.host.capital} ${when} attended by ${names}, with ${story.topic} at the top of the agenda.`,
        `The leaders met behind closed doors for most of the day and issued a joint statement calling for closer coordination on ${story.topic}.`,
      ];
    }
    case "condemnation": {
      const { speaker, target, act } = story;
      return [
        pick(rng, [
          `${capitalise(introduce(rng, speaker))} condemned ${countryName(target)} ${when} over its ${act}, calling it "a dangerous and irresponsible step".`,
          `${capitalise(countryName(speaker.country))} strongly condemned the ${act} by ${countryName(target)} ${when}, and ${again(rng, speaker)} said it would raise the matter with partners.`,
          `${capitalise(introduce(rng, speaker))} criticised ${countryName(target)} ${when} for the ${act}, saying it undermined regional stability.`,
        ]),
        `${capitalise(countryName(target))} rejected the criticism, with its foreign ministry saying the ${act} was a sovereign matter.`,
      ];
    }
    case "sanctions": {
      const { by, target, over } = story;
      return [
        pick(rng, [
          `${capitalise(partyName(by))} imposed new sanctions on ${countryName(target)} ${when} over ${over}, targeting officials and state-owned companies.`,
          `${capitalise(partyName(by))} ${when} imposed fresh sanctions on ${countryName(target)}, citing ${over}.`,
        ]),
        `The measures freeze the assets of more than a dozen individuals and entities and ban them from travel, in a move ${countryName(target)} denounced as illegal.`,
      ];
    }
    case "aid": {
      const { funder, recipient, amount, purpose } = story;
      return [
        pick(rng, [
          `${capitalise(partyName(funder))} pledged ${amount.text} to ${countryName(recipient)} ${when} for ${purpose}.`,
          `${capitalise(partyName(funder))} ${when} approved ${amount.text} in aid for ${countryName(recipient)}, intended for ${purpose}.`,
          `${capitalise(partyName(funder))} will provide ${amount.text} to ${countryName(recipient)} for ${purpose}, officials said ${when}.`,
        ]),
        `The first tranche is expected to be disbursed within weeks, and further support will depend on reforms, according to a statement.`,
      ];
    }
  }
}
