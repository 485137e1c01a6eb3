import { z } from "zod";
import { ENTRY_POINT } from "./jvm-arguments.ts";

const PidRecordSchema = z.object({
  pid: z.number().int().positive(),
  homeDir: z.string().min(1),
  boltPort: z.number().int().positive(),
  httpPort: z.number().int().positive(),
  authEnabled: z.boolean(),
  startedAt: z.string(),
});

/** What `db start` leaves behind so that `db stop` and `db status` find exactly its server. */
export type PidRecord = z.infer<typeof PidRecordSchema>;

export function formatPidRecord(record: PidRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Undefined for anything that is not a pid file we wrote: a broken file is treated as absent. */
export function parsePidRecord(text: string): PidRecord | undefined {
  try {
    const parsed = PidRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pids are reused by the OS: a live pid is ours only if it still runs Neo4j's entry point on our
 * home folder.
 */
export function isOurServerCommandLine(commandLine: string, homeDir: string): boolean {
  return commandLine.includes(ENTRY_POINT) && commandLine.includes(`--home-dir=${homeDir}`);
}
