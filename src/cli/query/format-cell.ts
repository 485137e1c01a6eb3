import { TemporalValue } from "../../query/plain-value.ts";
import type { PlainValue } from "../../query/plain-value.ts";

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/**
 * A value as a person reads it in a table: thousands separators, dates as 2024-04-26, instants
 * as 2024-05-01 03:30 UTC, lists joined with commas, nothing for null.
 */
export function formatCell(value: PlainValue): string {
  if (value === null) return "";
  if (typeof value === "number") return NUMBER.format(value);
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof TemporalValue) return formatTemporal(value);
  if (Array.isArray(value)) return value.map(formatNested).join(", ");
  return Object.entries(value)
    .map(([key, item]) => `${key}: ${formatNested(item)}`)
    .join("; ");
}

function formatNested(value: PlainValue): string {
  return Array.isArray(value) ? `[${formatCell(value)}]` : formatCell(value);
}

function formatTemporal({ kind, iso }: TemporalValue): string {
  if (kind === "localdatetime") return iso.slice(0, 16).replace("T", " ");
  if (kind !== "datetime") return iso;
  const instant = new Date(iso.replace(/\[.*\]$/, ""));
  if (Number.isNaN(instant.getTime())) return iso;
  return `${instant.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A value as written in CSV: raw numbers, ISO temporal text, lists and maps as JSON. */
export function formatRawCell(value: PlainValue): string {
  if (value === null) return "";
  if (value instanceof TemporalValue) return value.iso;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
