import { backgroundSentence } from "./background.ts";
import { DAYS, formatPublished } from "./dates.ts";
import { fillerParagraphs } from "./filler.ts";
import { leadParagraphs } from "./leads.ts";
import { historyParagraph, quoteParagraph } from "./quotes.ts";
import { createRng, deriveSeed, nextInt, pickSkewed, type Rng } from "./prng.ts";
import { storyAt, type Story } from "./stories.ts";

export interface CorpusSpec {
  readonly seed: number;
  /** Articles in the corpus; the number of stories grows with it. */
  readonly size: number;
}

/** One article in the seed format, and the file name that makes its key. */
export interface GeneratedArticle {
  readonly fileName: string;
  readonly text: string;
}

/** About three articles per story on average, many more for the big ones. */
const ARTICLES_PER_STORY = 3;

/**
 * The index-th article of a corpus, built from its own random stream: a main story told in one
 * of several ways, context recalled from other stories, and filler. Revision 1 is the same
 * article edited: a paragraph added with one more fact.
 */
export function generateArticle(spec: CorpusSpec, index: number, revision = 0): GeneratedArticle {
  const rng = createRng(deriveSeed(spec.seed, 2, index));
  const stories = Math.max(20, Math.round(spec.size / ARTICLES_PER_STORY));
  const story = storyAt(spec.seed, pickSkewed(rng, stories, 1.6));
  const published = publicationDay(rng, story);
  const [first, second, third, update] = fillerParagraphs(rng, story, 4);
  const paragraphs = [
    ...leadParagraphs(rng, story, published),
    quoteParagraph(rng, story),
    first,
    historyParagraph(rng, story),
    ...contextParagraphs(rng, spec.seed, stories),
    second,
    ...(nextInt(rng, 2) === 0 ? [third] : []),
  ];
  if (revision > 0) paragraphs.push(updateParagraph(spec, index, stories, update ?? ""));
  const dateline = nextInt(rng, 10) < 7 ? `${datelineOf(story)}.- ` : "";
  const text = [
    dateline + paragraphs.map(tidyCommas).join("\n"),
    hashtags(story),
    formatPublished(published, nextInt(rng, 86_400)),
  ].join("\n");
  return { fileName: fileNameOf(spec.seed, index), text: `${text}\n` };
}

export function fileNameOf(seed: number, index: number): string {
  const tag = deriveSeed(seed, 3, index).toString(16).padStart(8, "0");
  return `${String(index).padStart(6, "0")}_${tag}.txt`;
}

function publicationDay(rng: Rng, story: Story): number {
  if (story.kind === "planned") return Math.max(0, story.day - 1 - nextInt(rng, 10));
  return Math.min(DAYS - 1, story.day + nextInt(rng, 3));
}

/** One or two paragraphs recalling earlier stories, the popular ones most often. */
function contextParagraphs(rng: Rng, seed: number, stories: number): string[] {
  const count = 1 + nextInt(rng, 2);
  return Array.from({ length: count }, () =>
    backgroundSentence(rng, storyAt(seed, pickSkewed(rng, stories, 2))),
  );
}

function updateParagraph(spec: CorpusSpec, index: number, stories: number, filler: string): string {
  const rng = createRng(deriveSeed(spec.seed, 4, index));
  const recalled = backgroundSentence(rng, storyAt(spec.seed, pickSkewed(rng, stories, 2)));
  return `${recalled} ${filler}`;
}

function datelineOf(story: Story): string {
  switch (story.kind) {
    case "visit":
    case "call":
    case "planned":
      return story.b.country.capital;
    case "summit":
      return story.host.capital;
    case "condemnation":
      return story.speaker.country.capital;
    case "sanctions":
      return story.by.kind === "country" ? story.by.country.capital : "Brussels";
    case "aid":
      return story.recipient.capital;
  }
}

function hashtags(story: Story): string {
  const words = ((): string[] => {
    switch (story.kind) {
      case "visit":
      case "call":
      case "planned":
        return [
          story.a.surname,
          story.kind === "call" ? "call" : "meets",
          story.b.surname,
          story.b.country.name,
        ];
      case "summit":
        return ["summit", story.host.name, story.topic];
      case "condemnation":
        return [story.speaker.country.name, "condemns", story.target.name];
      case "sanctions":
        return ["sanctions", story.target.name];
      case "aid":
        return ["aid", story.recipient.name, story.purpose];
    }
  })();
  return words.map((word) => `#${word.replace(/[^\p{L}\p{N}]/gu, "")}`).join(" ");
}

/** An appositive's closing comma before other punctuation: "Wang Yi,," and "Wang Yi,." read once. */
function tidyCommas(paragraph: string | undefined): string {
  return (paragraph ?? "").replace(/,([,.])/g, "$1");
}
