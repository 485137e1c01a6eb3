import type { Article } from "../model/article.ts";

/** One input record's result: a validated article, or the place it came from and why it failed. */
export type ReadOutcome =
  { ok: true; article: Article } | { ok: false; path: string; reason: string };

export interface ReadOptions {
  /** Paths (and thus keys) are relative to this folder; defaults to the working directory. */
  root?: string;
  /** Largest article accepted, in bytes: a whole file, or one line of a JSON Lines file. */
  maxBytes?: number;
}

/** 5 MiB: far above any news article, low enough that a stray dump or binary is refused early. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function failure(path: string, reason: string): ReadOutcome {
  return { ok: false, path, reason };
}
