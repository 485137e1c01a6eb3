import type { LoadProgress } from "../../load/load-context.ts";

export interface ProgressReporter {
  readonly update: (progress: LoadProgress) => void;
  readonly finish: () => void;
}

const PLAIN_EVERY_MS = 5_000;
const TTY_EVERY_MS = 100;
const BAR_WIDTH = 24;

/**
 * Progress on stderr: on a terminal a one-line bar redrawn in place, otherwise a plain line every
 * few seconds. `total` counts input files, so a JSON Lines file makes it an estimate.
 */
export function createProgressReporter(
  total: number,
  stream: NodeJS.WriteStream,
  now: () => number = Date.now,
): ProgressReporter {
  const started = now();
  const tty = stream.isTTY;
  let last = 0;
  let drawn = false;
  return {
    update(progress) {
      const time = now();
      if (time - last < (tty ? TTY_EVERY_MS : PLAIN_EVERY_MS)) return;
      last = time;
      const line = describeProgress(progress, total, time - started);
      stream.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
      drawn = tty;
    },
    finish() {
      if (drawn) stream.write("\r\u001b[K");
    },
  };
}

/** `[#####-------] 120/500 articles  35.2/s  ETA 0:11  (3 failed)` */
export function describeProgress(progress: LoadProgress, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (progress.done * 1000) / elapsedMs : 0;
  const known = total >= progress.done && total > 0;
  const filled = known ? Math.round((progress.done / total) * BAR_WIDTH) : 0;
  const bar = known ? `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ` : "";
  const eta = known && rate > 0 ? `  ETA ${formatDuration((total - progress.done) / rate)}` : "";
  const failed = progress.failed > 0 ? `  (${progress.failed} failed)` : "";
  return `${bar}${progress.done}${known ? `/${total}` : ""} articles  ${rate.toFixed(1)}/s${eta}${failed}`;
}

function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, "0")}`;
}
