import type { LoadInput } from "../../src/load/load-context.ts";
import type { Entity, GraphDocument, Relationship } from "../../src/model/graph-document.ts";

export const BLINKEN: Entity = {
  label: "Person",
  key: "person:antony-blinken",
  name: "Antony Blinken",
  aliases: ["Blinken"],
  title: "Secretary of State",
  country: "USA",
};
export const XI: Entity = {
  label: "Person",
  key: "person:xi-jinping",
  name: "Xi Jinping",
  aliases: ["Xi"],
  country: "CHN",
};
export const USA: Entity = {
  label: "Country",
  key: "country:USA",
  name: "United States",
  iso3: "USA",
  aliases: ["US"],
};
export const CHINA: Entity = {
  label: "Country",
  key: "country:CHN",
  name: "China",
  iso3: "CHN",
  aliases: ["Beijing"],
};
export const TARIFFS: Entity = {
  label: "Issue",
  key: "issue:tariffs",
  name: "Tariffs",
  keywords: ["tariffs"],
};

export function fact(
  type: Relationship["type"],
  from: Entity,
  to: Entity,
  properties: Relationship["properties"] = {},
  sentence = `${from.key} ${type} ${to.key}.`,
): Relationship {
  return {
    type,
    from: from.key,
    to: to.key,
    properties,
    evidence: [{ sentence, start: 0, end: sentence.length }],
    confidence: 0.9,
  };
}

/** A hand-built extractor output for `seeds/<name>.txt`; `version` changes its content hash. */
export function articleDocument(
  name: string,
  entities: readonly Entity[],
  relationships: readonly Relationship[],
  version = 0,
): GraphDocument {
  return {
    article: {
      key: `article:seeds/${name}.txt`,
      source: `seeds/${name}.txt`,
      title: `Article ${name}`,
      publishedAt: "2024-04-27T08:00:00Z",
      contentHash: String(version).padStart(64, "0"),
      hashtags: [],
    },
    entities: [...entities],
    relationships: [...relationships],
  };
}

export async function* inputsOf(documents: readonly GraphDocument[]): AsyncGenerator<LoadInput> {
  for (const document of documents)
    await Promise.resolve(yield { ok: true, path: document.article.source, document });
}

export const MEETING = fact(
  "MET_WITH",
  BLINKEN,
  XI,
  { date: "2024-04-26", place: "Beijing" },
  "Blinken met Xi.",
);
export const US_OPPOSES_TARIFFS = fact(
  "OPPOSES",
  USA,
  TARIFFS,
  { what: "new tariffs" },
  "Washington opposes tariffs.",
);
