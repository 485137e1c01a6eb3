import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { extractGraph } from "../../src/extract/extract-graph.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { readArticles } from "../../src/read/index.ts";

const FIRST = [
  "Pierre",
  "Samuel",
  "Amina",
  "Lars",
  "Keiko",
  "Tomas",
  "Ines",
  "Rafael",
  "Nadia",
  "Oskar",
];
const LAST = [
  "Aldana",
  "Otieno",
  "Berglund",
  "Okafor",
  "Tanaka",
  "Novak",
  "Duarte",
  "Haddad",
  "Kowalski",
  "Mensah",
];
const COUNTRIES = [
  "France",
  "Kenya",
  "Brazil",
  "Japan",
  "Germany",
  "Canada",
  "Egypt",
  "Chile",
  "Norway",
  "India",
];
const TITLES = ["Foreign Minister", "President", "Prime Minister"];
const ISSUES = ["trade", "climate change", "migration", "energy security", "food security"];

/** Twenty people, each always with the same title and country, as a real corpus describes them. */
const PEOPLE = Array.from({ length: 20 }, (_, p) => ({
  name: `${FIRST[p % 10]} ${LAST[(p * 3 + Math.floor(p / 10)) % 10]}`,
  title: TITLES[p % 3],
  country: COUNTRIES[(p * 7) % 10],
}));

/**
 * Article `n` of a synthetic corpus in the seed format: a meeting, an opposition and a funding
 * pledge among a small pool of people and countries, so that articles overlap on entities and
 * facts the way a news corpus does, and loaders running at once contend for the same nodes. The
 * corpus describes every entity one way, so that the graph does not depend on the load order.
 */
export function syntheticArticle(n: number): string {
  // A pair always in the same order: descriptive properties (an event's name lists its
  // participants as written) are last-writer-wins, so a corpus that describes one thing two ways
  // ends up described by whichever article was written last.
  const [i, j] = [n % 20, (n * 7 + 3) % 20].sort((x, y) => x - y);
  const a = PEOPLE[i ?? 0];
  const b = PEOPLE[j ?? 1];
  const day = String(1 + (n % 28)).padStart(2, "0");
  const surname = a?.name.split(" ")[1] ?? "";
  return [
    `Geneva.- The ${a?.title} of ${a?.country}, ${a?.name}, met on Tuesday with the ${b?.title} of ${b?.country}, ${b?.name}, in Geneva to discuss ${ISSUES[n % 5]}.`,
    `${surname} said ${a?.country} opposes new tariffs on exports from ${b?.country}, and ${a?.country} will provide ${10 + n} million euros to ${b?.country} for ${ISSUES[(n + 1) % 5]}.`,
    `#${surname} #talks`,
    `2024-03-${day} 10:15:00`,
    "",
  ].join("\n");
}

export const syntheticFileName = (n: number) => `a${String(n).padStart(5, "0")}.txt`;

/** Writes articles `from` to `to - 1` into `folder`. */
export async function writeSyntheticCorpus(
  folder: string,
  from: number,
  to: number,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (let n = from; n < to; n++)
    await writeFile(join(folder, syntheticFileName(n)), syntheticArticle(n));
}

/** The documents a load of `paths` (relative to `root`) writes, extracted exactly as the CLI does. */
export async function extractedDocuments(
  root: string,
  paths: readonly string[],
): Promise<GraphDocument[]> {
  const documents: GraphDocument[] = [];
  for await (const outcome of readArticles(
    paths.map((path) => join(root, path)),
    { root },
  )) {
    if (!outcome.ok) throw new Error(`${outcome.path}: ${outcome.reason}`);
    documents.push(extractGraph(outcome.article));
  }
  return documents;
}
