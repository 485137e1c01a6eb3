import { relative, resolve, sep } from "node:path";

/**
 * The path as it appears in keys and reports: relative to the root, always with "/" so that a
 * key is the same on every platform. Without a root the path is taken as already relative.
 */
export function toRelativePath(path: string, root?: string): string {
  const rel = root === undefined ? path : relative(resolve(root), resolve(root, path));
  return rel
    .split(sep)
    .join("/")
    .replace(/^(\.\/)+/, "");
}
