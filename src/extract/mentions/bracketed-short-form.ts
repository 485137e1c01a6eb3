import { lookupCountryForm } from "../gazetteer/countries.ts";

/**
 * "the Liberty and Refoundation party (Libre)", "Alternative for Germany (AfD)", "the General
 * Confederation of Labour (CGT)": one word in brackets right after a body's name (past a lowercase
 * kind word) is the short form the article gives it.
 */
const SHORT_FORM = /^(?:\s+\p{Ll}+)?\s*\((\p{Lu}[\p{L}\d&-]{1,14})\)/u;

/** The short form bracketed after a body's name ending at `end` in `body`, if any. */
export function bracketedShortForm(body: string, end: number): string | undefined {
  const m = SHORT_FORM.exec(body.slice(end, end + 40));
  const short = m?.[1];
  return short === undefined || lookupCountryForm(short) !== undefined ? undefined : short;
}
