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
 * reads and extracts its share. The time runs from the moment every worker has loaded the
 * extractor (starting a thread and loading the bundle take a moment, which the one-core figure
 * does not pay either) to the last reply.
 */
export async function extractWorkersPhase(input: { corpusDir: string }): Promise<WorkersResult> {
  const files = (await readdir(input.corpusDir)).filter((name) => name.endsWith(".txt")).sort();
  const threads = availableParallelism();
  const shares = Array.from({ length: threads }, (_, k) =>
    files.filter((_, i) => i % threads === k),
  );
  const workers = await Promise.all(shares.map((share) => startWorker(input.corpusDir, share)));
  const started = performance.now();
  const counts = await Promise.all(workers.map((worker) => worker.run()));
  const wallMs = performance.now() - started;
  return {
    threads,
    articles: counts.reduce((sum, c) => sum + c.articles, 0),
    bytes: counts.reduce((sum, c) => sum + c.bytes, 0),
    wallMs,
  };
}

/**
 * The worker's bundle, built with this phase's by bin/launch (bin/build.js): the threads run the
 * extractor as the one-core phase does.
 */
const WORKER = new URL("../../dist/extract-worker.js", import.meta.url);

interface ReadyWorker {
  /** Tells the worker to start and resolves with its counts. */
  run(): Promise<WorkerCounts>;
}

/** Starts a worker and resolves once it has loaded the extractor and waits for the signal. */
function startWorker(corpusDir: string, files: readonly string[]): Promise<ReadyWorker> {
  const worker = new Worker(WORKER, { workerData: { corpusDir, files } });
  const messages: ((message: unknown) => void)[] = [];
  const failed = new Promise<never>((_, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`extraction worker exited with ${code}`));
    });
  });
  failed.catch(() => undefined);
  worker.on("message", (message: unknown) => messages.shift()?.(message));
  const next = () =>
    Promise.race([new Promise<unknown>((resolve) => messages.push(resolve)), failed]);
  return next().then(() => ({
    run: () => {
      const counts = next() as Promise<WorkerCounts>;
      worker.postMessage("start");
      return counts;
    },
  }));
}
