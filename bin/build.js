// Builds the entry points that run extraction into dist/: one esbuild bundle each, the packages
// left to node_modules. `bin/launch` runs them; `npm run build` (or `node bin/build.js`) builds
// them at once, `node bin/build.js --if-stale` only when a source they were built from changed.
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative, sep } from "node:path";
import process from "node:process";
import { fileURLToPath, URL } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");

/** dist/<name>.js from each source: the CLI, the bench's phases and its extraction worker. */
const ENTRY_POINTS = {
  cli: "src/cli/main.ts",
  "bench-phase": "bench/phase-main.ts",
  "extract-worker": "bench/phases/extract-worker.ts",
};

/** The sources the last build read, with the build script itself: dist/ is stale once one changes. */
const INPUTS = join(DIST, "inputs.json");

/**
 * Modules find their files next to their source ("../../cypher/" from src/load/): in a bundle,
 * `import.meta.url` is the bundle's, so each module's is rewritten to its own source file's,
 * relative to dist/ so that the tree may move.
 */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const path = relative(DIST, args.path).split(sep).join("/");
      const url = `new URL(${JSON.stringify(path)}, import.meta.url).href`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

/** Chunks a build no longer makes are removed once this old: a process started before may still load one. */
const STALE_CHUNK_MS = 10 * 60_000;

/**
 * Builds every entry point; each file is written whole, then renamed, so a reader never sees half,
 * and the chunks before the entry points that import them.
 */
export async function buildAll() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: DIST,
    bundle: true,
    platform: "node",
    format: "esm",
    // Code the entry points share, and each CLI command (run-cli.ts imports it when asked for),
    // go to chunks of their own: `extract` then never loads the Neo4j driver, which cost about
    // 0.3 s of CPU at every start (docs/bench.md). The chunks stay directly in dist/, as the
    // rewritten `import.meta.url`s need.
    splitting: true,
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "warning",
    plugins: [sourceUrls],
  });
  mkdirSync(DIST, { recursive: true });
  const entries = new Set(Object.keys(ENTRY_POINTS).map((name) => join(DIST, `${name}.js`)));
  const isEntry = (path) => entries.has(path.replace(/\.map$/, ""));
  const files = [...result.outputFiles].sort(
    (a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)),
  );
  for (const file of files) writeWhole(file.path, file.contents);
  removeStaleChunks(new Set(files.map((file) => file.path)));
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes("node_modules"));
  writeWhole(INPUTS, JSON.stringify([...inputs, relative(ROOT, fileURLToPath(import.meta.url))]));
}

/** Removes the .js files (and maps) in dist/ that this build did not write, once they are old. */
function removeStaleChunks(written) {
  const now = Date.now();
  for (const name of readdirSync(DIST)) {
    const path = join(DIST, name);
    if (!/\.js(?:\.map)?$/.test(name) || written.has(path)) continue;
    if (now - mtimeOf(path) < STALE_CHUNK_MS) continue;
    try {
      unlinkSync(path);
    } catch {
      // Another build removed it first.
    }
  }
}

function writeWhole(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Whether dist/ lacks an entry point or is older than a source it was built from. */
export function isStale() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, "utf8"));
  } catch {
    return true;
  }
  const built = Math.min(
    ...[INPUTS, ...Object.keys(ENTRY_POINTS).map((name) => join(DIST, `${name}.js`))].map(mtimeOf),
  );
  return inputs.some((input) => mtimeOf(join(ROOT, input)) > built);
}

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes("--if-stale") || isStale()) await buildAll();
}
