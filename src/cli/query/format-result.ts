import type { PlainValue, QueryResult } from "../../query/plain-value.ts";
import { formatCell, formatRawCell } from "./format-cell.ts";
import type { OutputFormat } from "./query-args.ts";

/** The result in the format asked for, ending with a newline. */
export function formatResult(result: QueryResult, format: OutputFormat): string {
  if (format === "json") return `${JSON.stringify(toObjects(result), null, 2)}\n`;
  if (format === "csv") return formatCsv(result);
  return formatTable(result);
}

/** Columns aligned, numbers to the right; then the row count. */
export function formatTable({ columns, rows }: QueryResult): string {
  const cells = rows.map((row) => row.map(formatCell));
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...cells.map((row) => (row[i] ?? "").length)),
  );
  const numeric = columns.map((_, i) => isNumericColumn(rows, i));
  const line = (texts: readonly string[]) =>
    texts
      .map((text, i) => (numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const lines = [line(columns), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)];
  return `${lines.join("\n")}\n(${rows.length} ${rows.length === 1 ? "row" : "rows"})\n`;
}

/** RFC 4180: a header line, fields quoted when they hold a comma, quote or line break. */
export function formatCsv({ columns, rows }: QueryResult): string {
  const line = (fields: readonly string[]) => fields.map(quoteCsv).join(",");
  return [line(columns), ...rows.map((row) => line(row.map(formatRawCell)))]
    .map((text) => `${text}\n`)
    .join("");
}

function quoteCsv(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function toObjects({ columns, rows }: QueryResult): Record<string, PlainValue>[] {
  return rows.map((row) =>
    Object.fromEntries(columns.map((column, i) => [column, row[i] ?? null])),
  );
}

function isNumericColumn(rows: QueryResult["rows"], index: number): boolean {
  const values = rows.map((row) => row[index] ?? null).filter((value) => value !== null);
  return values.length > 0 && values.every((value) => typeof value === "number");
}
