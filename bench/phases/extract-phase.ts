import { join } from "node:path";
import { extractGraph } from "../../src/extract/extract-graph.ts";
import { parseArticleText, readArticles } from "../../src/read/index.ts";
import type { Article } from "../../src/model/article.ts";
import { generateArticle } from "../corpus/generate-article.ts";
import { indexOfFile, isEdited } from "../corpus/write-corpus.ts";
import { documentLine, writeDocuments } from "./documents-file.ts";

export interface ExtractInput {
  readonly corpusDir: string;
  readonly seed: number;
  readonly size: number;
  /** Where to write the extracted documents, and the same with 1% of the articles edited. */
  readonly documentsPath: string;
  readonly editedDocumentsPath: string;
}

export interface ExtractResult {
  readonly articles: number;
  readonly failed: number;
  /** UTF-8 bytes of the article bodies, titles and metadata as read. */
  readonly bytes: number;
  /** Reading, parsing and extracting, on this thread; writing the documents out is excluded. */
  readonly readAndExtractMs: number;
  /** `extractGraph` alone. */
  readonly extractMs: number;
  readonly entities: number;
  readonly relationships: number;
  readonly edited: number;
}

/**
 * One core: reads the corpus folder and extracts each article on the main thread, timing it,
 * and writes the documents for the load phases (with an edited copy of every hundredth).
 */
export async function extractPhase(input: ExtractInput): Promise<ExtractResult> {
  const out = writeDocuments(input.documentsPath);
  const edited = writeDocuments(input.editedDocumentsPath);
  const tally = {
    articles: 0,
    failed: 0,
    bytes: 0,
    extractMs: 0,
    writeMs: 0,
    entities: 0,
    relationships: 0,
    edited: 0,
  };
  const started = performance.now();
  for await (const outcome of readArticles([input.corpusDir], { root: input.corpusDir })) {
    if (!outcome.ok) {
      tally.failed += 1;
      continue;
    }
    const { article } = outcome;
    const t0 = performance.now();
    const document = extractGraph(article);
    const t1 = performance.now();
    tally.extractMs += t1 - t0;
    tally.articles += 1;
    tally.bytes += articleBytes(article);
    tally.entities += document.entities.length;
    tally.relationships += document.relationships.length;
    const line = documentLine(document);
    out.writeLine(line);
    const index = indexOfFile(article.source);
    if (isEdited(index)) {
      tally.edited += 1;
      edited.write(extractGraph(editedArticle(input, index)));
    } else edited.writeLine(line);
    tally.writeMs += performance.now() - t1;
  }
  out.close();
  edited.close();
  const { writeMs, ...counts } = tally;
  return { ...counts, readAndExtractMs: performance.now() - started - writeMs };
}

function articleBytes(article: Article): number {
  const text = [article.title, article.dateline ?? "", article.body, ...article.hashtags].join(
    "\n",
  );
  return Buffer.byteLength(text);
}

function editedArticle(input: ExtractInput, index: number): Article {
  const generated = generateArticle({ seed: input.seed, size: input.size }, index, 1);
  const [outcome] = parseArticleText(generated.text, {
    path: join(input.corpusDir, generated.fileName),
    root: input.corpusDir,
  });
  if (outcome === undefined || !outcome.ok)
    throw new Error(`edited article ${index} does not parse`);
  return outcome.article;
}
