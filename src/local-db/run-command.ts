import { spawn } from "node:child_process";

export interface CommandResult {
  /** Exit code; null when the program is missing, was killed, or timed out. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly notFound: boolean;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** Runs a program to completion and collects its output; never throws. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      timeout: options.timeoutMs,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", (error: NodeJS.ErrnoException) => {
      resolve({
        code: null,
        stdout,
        stderr: stderr || error.message,
        notFound: error.code === "ENOENT",
      });
    });
    child.once("close", (code) => resolve({ code, stdout, stderr, notFound: false }));
  });
}

/** The last lines of some output, for error messages that should not drown the user. */
export function lastLines(text: string, count = 15): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}
