import type { Actor } from "./actor.ts";
import { bodyOfKind } from "./body-by-kind.ts";

const QUOTES = /["“”]/g;
const CLOSING = /["”]/;

/**
 * A kind noun inside a quote, with the body named only in the words after the quote: '"The lender has promised $400 million for the railway," the minister said after
 * meeting World Bank officials.' The body of that kind named after the closing quote, in the same
 * sentence; undefined when the noun is not quoted or none is named there. `index` is where the
 * noun's phrase stands in `text`.
 */
export function bodyNamedAfterQuote(
  text: string,
  start: number,
  index: number,
  kind: string,
  modifiers: readonly string[],
): Actor | undefined {
  const marks = text.slice(0, index).match(QUOTES)?.length ?? 0;
  if (marks % 2 === 0) return undefined;
  const close = text.slice(index).search(CLOSING);
  if (close < 0) return undefined;
  const after = start + index + close;
  return bodyOfKind(kind, start + text.length, { modifiers, accept: (a) => a.start > after });
}
