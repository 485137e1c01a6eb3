import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describeFsError } from "./describe-fs-error.ts";
import { isArticleFileName } from "./input-formats.ts";
import { toRelativePath } from "./relative-path.ts";

export type InputEntry =
  | { kind: "file"; absolutePath: string; path: string }
  | { kind: "error"; path: string; reason: string };

/**
 * The files to read, one at a time: named files as given (in the given order), folders walked
 * recursively in code-point order of their entry names, so a run is the same on every machine.
 * In folders only article files count (known extensions, no dotfiles, no README). Symbolic links
 * to files are followed, links to folders are not (no cycles). A file reached twice is read once.
 */
export async function* walkInputs(
  paths: readonly string[],
  root: string,
): AsyncGenerator<InputEntry> {
  const visited = new Set<string>();
  for (const given of paths) {
    const absolutePath = resolve(given);
    const info = await stat(absolutePath).catch((error: unknown) => describeFsError(error));
    if (typeof info === "string")
      yield { kind: "error", path: toRelativePath(absolutePath, root), reason: info };
    else if (info.isDirectory()) yield* walkFolder(absolutePath, root, visited);
    else if (!visited.has(absolutePath)) {
      visited.add(absolutePath);
      yield { kind: "file", absolutePath, path: toRelativePath(absolutePath, root) };
    }
  }
}

async function* walkFolder(
  folder: string,
  root: string,
  visited: Set<string>,
): AsyncGenerator<InputEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: "error", path: toRelativePath(folder, root), reason: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolutePath = join(folder, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) yield* walkFolder(absolutePath, root, visited);
    else if (
      isArticleFileName(entry.name) &&
      !visited.has(absolutePath) &&
      (await isFile(entry, absolutePath))
    ) {
      visited.add(absolutePath);
      yield { kind: "file", absolutePath, path: toRelativePath(absolutePath, root) };
    }
  }
}

/** A regular file, or a link that leads to one; a dangling link is left for the reader to report. */
async function isFile(entry: Dirent, absolutePath: string): Promise<boolean> {
  if (!entry.isSymbolicLink()) return entry.isFile();
  const target = await stat(absolutePath).catch(() => undefined);
  return target === undefined || target.isFile();
}

/** How many files a read of these paths will open, for a progress bar; nothing is read. */
export async function countInputFiles(
  paths: readonly string[],
  options: { root?: string } = {},
): Promise<number> {
  let count = 0;
  for await (const entry of walkInputs(paths, resolve(options.root ?? process.cwd()))) {
    if (entry.kind === "file") count++;
  }
  return count;
}
