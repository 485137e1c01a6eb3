import { setFlagsFromString } from "node:v8";

/**
 * Has V8 compile each regular expression to machine code on its first search, instead of
 * interpreting it first and compiling it on a later one ("tier-up"). Extraction runs some 700
 * patterns, a few of them thousands of characters long, and uses most of them from the first
 * articles on: interpreting the reported-speech verdict frame once costs about 40 ms against
 * 10 ms to compile it, and tier-up about 0.5 s of CPU per process in all, paid on every run.
 * Process-wide (worker threads share it) and read at each compilation: call it before the
 * first article is read.
 */
export function compileRegExpsNatively(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
