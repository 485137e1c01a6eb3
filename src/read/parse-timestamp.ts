export type TimestampResult =
  | {
      ok: true;
      iso: string;
      /** The stated zone's offset from UTC in minutes (+540 for +09:00); 0 without a zone. */
      offsetMinutes: number;
    }
  | { ok: false; reason: string };

// The seed form (space, no zone, meaning UTC) and ISO 8601 (T, optional seconds, fraction, zone).
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** True when a line is shaped like a date, so a bad value is "impossible", not "missing". */
export function looksLikeTimestamp(line: string): boolean {
  return /^\d{4}-\d{1,2}-\d{1,2}(?!\d)/.test(line.trim());
}

/**
 * Parses a publication time into an ISO 8601 UTC instant (`2024-05-01T03:30:35Z`) and the offset of
 * the zone it was stated in, which says on what local day it was published. A time without a zone
 * is UTC, as in the seed files. Out-of-range parts (2024-02-30, 25:00) are rejected rather
 * than rolled over the way `Date` would.
 */
export function parseTimestamp(value: string): TimestampResult {
  const match = TIMESTAMP.exec(value.trim());
  if (!match)
    return {
      ok: false,
      reason: `not a date-time: "${value}" (use YYYY-MM-DD HH:MM:SS or ISO 8601)`,
    };
  // Each part by itself, not `match.slice(1, 7).map(…)`: an array from V8's optimised `map` is of
  // another elements kind than the builtin's, which threw this function back to the interpreter.
  const year = Number(match[1] ?? 0);
  const month = Number(match[2] ?? 0);
  const day = Number(match[3] ?? 0);
  const hour = Number(match[4] ?? 0);
  const minute = Number(match[5] ?? 0);
  const second = Number(match[6] ?? 0);
  const millis = Number(((match[7] ?? "") + "000").slice(0, 3));
  const offset = parseOffsetMinutes(match[8]);
  if (
    !isValidDate(year, month, day) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offset === undefined
  ) {
    return { ok: false, reason: `impossible date or time "${value}"` };
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  return {
    ok: true,
    iso: new Date(utc).toISOString().replace(".000Z", "Z"),
    offsetMinutes: offset,
  };
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function parseOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || "0");
  if (hours > 14 || minutes > 59) return undefined;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}
