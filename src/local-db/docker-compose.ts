import { NewsgraphError } from "../errors.ts";
import { REPO_ROOT } from "./repo-paths.ts";
import { lastLines, runCommand } from "./run-command.ts";
import type { CommandResult } from "./run-command.ts";

/** True when a Docker engine answers; the CLI alone (no daemon) does not count. */
export async function isDockerEngineAvailable(): Promise<boolean> {
  const result = await runCommand("docker", ["info", "--format", "{{.ServerVersion}}"], {
    timeoutMs: 15_000,
  });
  return result.code === 0 && result.stdout.trim() !== "";
}

/** `docker compose` on the repository's docker-compose.yml; returns its output, throws on failure. */
export async function runCompose(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<string> {
  const result = await runCommand("docker", ["compose", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    timeoutMs: 10 * 60_000,
  });
  if (result.code === 0) return result.stdout + result.stderr;
  throw composeFailure(args, result);
}

function composeFailure(args: readonly string[], result: CommandResult): NewsgraphError {
  const hint = result.stderr.includes("unknown command")
    ? "the Docker Compose plugin is missing; install docker-compose-plugin"
    : "see `docker compose logs neo4j`";
  return new NewsgraphError(
    "local-db",
    `docker compose ${args.join(" ")} failed (${hint}):\n${lastLines(result.stdout + result.stderr)}`,
  );
}
