import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BenchArgs } from "./bench-args.ts";
import { startBenchServer } from "./bench-server.ts";
import { writeCorpus, type CorpusFiles } from "./corpus/write-corpus.ts";
import type { BaselineResult } from "./phases/baseline-phase.ts";
import type { CeilingResult } from "./phases/ceiling-phase.ts";
import type { ExtractResult } from "./phases/extract-phase.ts";
import type { WorkersResult } from "./phases/extract-workers-phase.ts";
import type { LoadPhaseResult } from "./phases/load-phase.ts";
import { runPhase, type PhaseOutcome } from "./run-phase.ts";

/** Everything measured for one corpus size, each phase's outcome as it came. */
export interface SizeResult {
  readonly size: number;
  readonly corpus: Omit<CorpusFiles, "dir"> & { readonly generateMs: number };
  readonly neo4j: string;
  readonly extract: PhaseOutcome<ExtractResult>;
  readonly extractWorkers: PhaseOutcome<WorkersResult>;
  readonly load: PhaseOutcome<LoadPhaseResult>;
  readonly baseline: PhaseOutcome<BaselineResult>;
  readonly ceiling: PhaseOutcome<CeilingResult>;
}

/**
 * One size: generate the corpus to disk, extract it (one core, then all cores), then load the
 * same documents with newsgraph, the naive baseline and the ceiling, each on an emptied database
 * of a Neo4j started for this size. Phases run one after another, each in its own process.
 */
export async function measureSize(
  size: number,
  args: BenchArgs,
  workDir: string,
  log: (line: string) => void,
): Promise<SizeResult> {
  const dir = join(workDir, `${size}`);
  const corpusDir = join(dir, "corpus");
  await mkdir(dir, { recursive: true });
  const generateStarted = performance.now();
  log(`${size}: generating the corpus in ${corpusDir}`);
  const { articles, bytes } = await writeCorpus({ seed: args.seed, size }, corpusDir);
  const corpus = { articles, bytes };
  const generateMs = performance.now() - generateStarted;
  const phase = {
    workDir: dir,
    timeoutMs: args.phaseTimeoutMs,
    ...(args.profile ? { cpuProfileDir: join(dir, "profiles") } : {}),
  };
  const documentsPath = join(dir, "documents.jsonl");
  const editedDocumentsPath = join(dir, "documents-edited.jsonl");
  log(`${size}: extracting on one core`);
  const extract = await runPhase<ExtractResult>(
    "extract",
    { corpusDir, seed: args.seed, size, documentsPath, editedDocumentsPath },
    phase,
  );
  log(`${size}: extracting on all cores`);
  const extractWorkers = await runPhase<WorkersResult>("extract-workers", { corpusDir }, phase);
  log(`${size}: starting Neo4j`);
  const server = await startBenchServer(process.env, join(dir, "neo4j"));
  try {
    const target = server.target;
    log(`${size}: warming up Neo4j (JIT, query plans) on a small corpus of another seed`);
    await warmUp(args, join(dir, "warm-up"), target);
    const prefix = Math.min(args.baselinePrefix, size);
    log(`${size}: newsgraph load, reloads, prefix of ${prefix}`);
    const load = await runPhase<LoadPhaseResult>(
      "load",
      {
        target,
        corpusDir,
        documentsPath,
        editedDocumentsPath,
        prefix,
        size,
        batchSize: args.batchSize,
        concurrency: args.concurrency,
        warmUp: {
          documentsPath: join(dir, "warm-up", "documents.jsonl"),
          editedDocumentsPath: join(dir, "warm-up", "documents-edited.jsonl"),
        },
      },
      phase,
    );
    log(`${size}: naive baseline on ${prefix} articles`);
    const baseline = await runPhase<BaselineResult>(
      "baseline",
      { target, documentsPath, prefix },
      phase,
    );
    log(`${size}: ceiling`);
    const ceiling = await runPhase<CeilingResult>(
      "ceiling",
      { target, documentsPath, batchRows: 10_000 },
      phase,
    );
    return {
      size,
      corpus: { ...corpus, generateMs },
      neo4j: server.origin,
      extract,
      extractWorkers,
      load,
      baseline,
      ceiling,
    };
  } finally {
    await server.stop();
  }
}

/** Articles of the warm-up corpus: enough for the JVM to compile the hot paths. */
const WARM_UP_ARTICLES = 300;

/**
 * A freshly started JVM runs several times slower for its first minute, which would count
 * against whichever writer goes first. Every writer runs once on a small corpus of another
 * seed before anything is timed; each phase then empties the database before it starts.
 */
async function warmUp(args: BenchArgs, dir: string, target: unknown): Promise<void> {
  const seed = args.seed + 1_000_003;
  const corpusDir = join(dir, "corpus");
  await writeCorpus({ seed, size: WARM_UP_ARTICLES }, corpusDir);
  const phase = { workDir: dir, timeoutMs: args.phaseTimeoutMs };
  const documentsPath = join(dir, "documents.jsonl");
  const editedDocumentsPath = join(dir, "documents-edited.jsonl");
  const size = WARM_UP_ARTICLES;
  await runPhase("extract", { corpusDir, seed, size, documentsPath, editedDocumentsPath }, phase);
  await runPhase(
    "load",
    {
      target,
      documentsPath,
      editedDocumentsPath,
      prefix: size,
      size,
      batchSize: args.batchSize,
      concurrency: args.concurrency,
    },
    phase,
  );
  await runPhase("baseline", { target, documentsPath, prefix: 100 }, phase);
  await runPhase("ceiling", { target, documentsPath, batchRows: 10_000 }, phase);
}
