import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const REPO = join(import.meta.dirname, "../../..");

/** Every file under `folder` (relative to the repository) whose name ends with `extension`. */
export function filesUnder(folder: string, extension: string): string[] {
  const entries = readdirSync(join(REPO, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)))
    .sort();
}

export interface SourceFile {
  readonly path: string;
  readonly ast: ts.SourceFile;
}

/** The TypeScript files of src/, parsed (syntax only: no type checking needed to read shapes). */
export function sourceFiles(): SourceFile[] {
  return filesUnder("src", ".ts").map((path) =>
    parseSource(path, readFileSync(join(REPO, path), "utf8")),
  );
}

/** Also for the scans' own tests: a planted snippet must be caught. */
export function parseSource(path: string, text: string): SourceFile {
  return { path, ast: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
}

/** Every node of a file, depth first. */
export function* nodesOf(node: ts.Node): Generator<ts.Node> {
  yield node;
  for (const child of node.getChildren()) yield* nodesOf(child);
}

/** `path:line: text` for a failure message that points at the code. */
export function where(file: SourceFile, node: ts.Node): string {
  const { line } = file.ast.getLineAndCharacterOfPosition(node.getStart());
  return `${file.path}:${line + 1}: ${node.getText().split("\n")[0] ?? ""}`;
}
