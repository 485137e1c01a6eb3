import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

export interface WorkersResult {
  readonly threads: number;
  readonly articles: number;
  /** Whole files, as read: a little more than the single-core figure, which counts parsed text. */
  readonly bytes: number;
  readonly wallMs: number;
}

interface WorkerCounts {
  readonly articles: number;
  readonly bytes: number;
}

/**
 * All cores: the file names are dealt round-robin to one worker thread per core, each of which
 * reads and extracts its share; the time is from starting the first worker to the last reply.
 */
export async function extractWorkersPhase(input: { corpusDir: string }): Promise<WorkersResult> {
  const files = (await readdir(input.corpusDir)).filter((name) => name.endsWith(".txt")).sort();
  const threads = availableParallelism();
  const started = performance.now();
  const shares = Array.from({ length: threads }, (_, k) =>
    files.filter((_, i) => i % threads === k),
  );
  const counts = await Promise.all(shares.map((share) => runWorker(input.corpusDir, share)));
  const wallMs = performance.now() - started;
  return {
    threads,
    articles: counts.reduce((sum, c) => sum + c.articles, 0),
    bytes: counts.reduce((sum, c) => sum + c.bytes, 0),
    wallMs,
  };
}

function runWorker(corpusDir: string, files: readonly string[]): Promise<WorkerCounts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(new URL("./extract-worker.ts", import.meta.url)), {
      eval: true,
      workerData: { corpusDir, files },
    });
    worker.once("message", (message: WorkerCounts) => resolve(message));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`extraction worker exited with ${code}`));
    });
  });
}

/**
 * The worker is TypeScript: on Node 20 a worker does not inherit the main thread's `--import tsx`
 * hooks, so it registers tsx itself before importing the module.
 */
function bootstrap(module: URL): string {
  return `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
}
