import { extname, basename } from "node:path";

export type InputFormat = "seed" | "markdown" | "json" | "jsonl";

const FORMATS: Readonly<Record<string, InputFormat>> = {
  ".txt": "seed",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export const KNOWN_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(path: string): InputFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** Folder walks pick up article files only: no dotfiles, no READMEs describing the folder. */
export function isArticleFileName(name: string): boolean {
  if (name.startsWith(".")) return false;
  if (/^readme\.(md|markdown|txt)$/i.test(basename(name))) return false;
  return formatOf(name) !== undefined;
}

export function unsupportedReason(path: string): string {
  const ext = extname(path) || "(none)";
  return `unsupported file type ${ext}; expected one of ${KNOWN_EXTENSIONS.join(", ")}`;
}
