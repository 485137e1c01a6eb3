/**
 * Where a training script's output goes: written to the repository, or with `--check` compared
 * with the file the repository holds. `npm run learn:check` runs each script so, in the order their
 * weights feed one another (person, met, opp-target, opp, funds), each even when one before it
 * differs, to catch weights committed without the retraining their code or data now gives.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Whether this run checks the committed weights instead of writing new ones. */
export const CHECKING = process.argv.includes("--check");

/**
 * Writes `text` to `file`; under `--check`, leaves the file alone and, when it differs from
 * `text`, says which file and sets the exit code to 1.
 */
export function saveWeights(file: string | URL, text: string): void {
  if (!CHECKING) {
    writeFileSync(file, text);
    return;
  }
  const name = relative(process.cwd(), typeof file === "string" ? file : fileURLToPath(file));
  if (existsSync(file) && readFileSync(file, "utf8") === text) {
    console.log(`${name}: the same as retraining gives`);
    return;
  }
  const script = process.argv[1];
  const rerun =
    script === undefined ? "scripts/learn/<family>.ts" : relative(process.cwd(), script);
  console.error(
    `${name}: differs from what retraining gives; run \`npx tsx ${rerun}\` and commit it`,
  );
  process.exitCode = 1;
}
