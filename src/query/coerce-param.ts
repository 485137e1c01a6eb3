import { z } from "zod";
import type { ParamType, ParamValue } from "./saved-query.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2024-02-30 is refused). */
function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  yes: true,
  no: false,
};

/** From the text of `--param k=v` (or a header default) to the typed value, per type. */
const FROM_TEXT: Readonly<Record<ParamType, z.ZodType<ParamValue, string>>> = {
  string: z.string(),
  int: z
    .string()
    .regex(/^[+-]?\d+$/, "a whole number, like 10")
    .transform(Number)
    .refine(Number.isSafeInteger, "a whole number between ±9,007,199,254,740,991"),
  float: z
    .string()
    .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, "a number, like 0.5")
    .transform(Number)
    .refine(Number.isFinite, "a finite number"),
  date: z.string().refine(isCalendarDate, "a date written YYYY-MM-DD, like 2024-04-26"),
  boolean: z
    .string()
    .transform((text) => BOOLEAN_WORDS[text.toLowerCase()])
    .refine((value) => value !== undefined, "true or false")
    .transform((value) => value ?? false),
};

export type Coerced = { ok: true; value: ParamValue } | { ok: false; expected: string };

/** Reads `text` as a value of `type`, or says what was expected. */
export function coerceParam(type: ParamType, text: string): Coerced {
  const parsed = FROM_TEXT[type].safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, expected: parsed.error.issues[0]?.message ?? type };
}
