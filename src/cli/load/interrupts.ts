/** 128 + SIGINT, as shells report a program stopped by Ctrl-C. */
export const INTERRUPTED_EXIT_CODE = 130;

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Runs `work` with a signal that Ctrl-C (or SIGTERM) aborts, so the load stops starting batches
 * and lets the ones in flight commit or roll back before it prints its summary. A second Ctrl-C
 * quits at once: the server rolls back whatever transaction was open.
 */
export async function whileHandlingInterrupts<T>(
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    process.stderr.write(
      "\ninterrupted: finishing the batches in flight, then stopping (Ctrl-C again quits at once; an unfinished batch is rolled back)\n",
    );
    controller.abort();
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const name of SIGNALS) process.off(name, onSignal);
  }
}
