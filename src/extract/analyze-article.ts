import type { Article } from "../model/article.ts";
import { findMentions } from "./mentions/find-mentions.ts";
import type { Actor } from "./resolve/actor.ts";
import type { AnalyzedSentence } from "./resolve/analyzed-sentence.ts";
import { resolveActors } from "./resolve/resolve-actors.ts";
import { resolvePeople, type PeopleResolution } from "./resolve/resolve-people.ts";
import { splitSentences } from "./text/split-sentences.ts";
import { tokenize } from "./text/tokenize.ts";
import { packedMap } from "./text/packed-map.ts";
import { spreadOrgs } from "./mentions/spread-orgs.ts";
import { collectiveBodies } from "./mentions/collective-bodies.ts";
import { pluralHeadedBodies } from "./mentions/plural-headed-bodies.ts";
import { BodiesByKind } from "./resolve/body-by-kind.ts";
import { ledBodies } from "./mentions/led-bodies.ts";
import { surnamePlaces } from "./mentions/surname-place.ts";

export interface ArticleAnalysis {
  readonly article: Article;
  readonly sentences: readonly AnalyzedSentence[];
  readonly actors: readonly (readonly Actor[])[];
  readonly people: PeopleResolution;
  /** The bodies the article names, which a later "the bank" or "the bloc" may stand for. */
  readonly bodies: BodiesByKind;
  /**
   * The publication time on the clock of the zone it was stated in, read with the UTC getters:
   * "today", "on Wednesday" and "last month" count from the local day of publication.
   */
  readonly publishedAt: Date;
}

/** Sentences, mentions, people and the actors of every sentence: what the fact finders read. */
export function analyzeArticle(article: Article): ArticleAnalysis {
  // "Chadema, the main opposition party, …": a name a sentence shows to be a body is that body
  // wherever the article names it; so are "Coastal Defenders" that "the group" takes up and
  // "Doctors for Peace".
  // "Ana Paola Hall… Hall met Ramdin": the lone surname that is also a place word is hers.
  const sentences = surnamePlaces(
    spreadOrgs(
      ledBodies(
        collectiveBodies(
          pluralHeadedBodies(
            packedMap(splitSentences(article.body), (sentence) => {
              const tokens = tokenize(sentence.text, sentence.start);
              return { sentence, tokens, mentions: findMentions(tokens) };
            }),
          ),
        ),
      ),
    ),
  );
  const people = resolvePeople(sentences);
  const bodies = new BodiesByKind();
  const actors = resolveActors(sentences, people, bodies);
  const offset = (article.utcOffsetMinutes ?? 0) * 60_000;
  const publishedAt = new Date(Date.parse(article.publishedAt) + offset);
  return { article, sentences, actors, people, bodies, publishedAt };
}
