import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateArticle, type CorpusSpec } from "./generate-article.ts";

/** What was written: how many articles and bytes, for throughput figures. */
export interface CorpusFiles {
  readonly dir: string;
  readonly articles: number;
  readonly bytes: number;
}

/** Files written at once: enough to keep the disk busy, one article each in memory. */
const WRITE_AHEAD = 16;

/** Writes the corpus to `dir`, one seed-format file per article, never holding more than a few. */
export async function writeCorpus(spec: CorpusSpec, dir: string): Promise<CorpusFiles> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let start = 0; start < spec.size; start += WRITE_AHEAD) {
    const count = Math.min(WRITE_AHEAD, spec.size - start);
    const sizes = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const article = generateArticle(spec, start + i);
        await writeFile(join(dir, article.fileName), article.text);
        return Buffer.byteLength(article.text);
      }),
    );
    bytes += sizes.reduce((sum, size) => sum + size, 0);
  }
  return { dir, articles: spec.size, bytes };
}

/** Which articles the "1% edited" reload changes: every hundredth, at a fixed offset. */
export function isEdited(index: number): boolean {
  return index % 100 === 37;
}

/** The index an article file name starts with ("000123_…txt" → 123). */
export function indexOfFile(fileName: string): number {
  return Number.parseInt(fileName.slice(0, 6), 10);
}
