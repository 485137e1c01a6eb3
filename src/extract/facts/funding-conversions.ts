import type { MoneyMention } from "./money.ts";

/**
 * "30 billion rupees (about $357 million)": the conversion in brackets is not a second amount;
 * the first amount's span takes in the brackets so what follows them reads as its continuation.
 */
export function withoutConversions(
  text: string,
  start: number,
  found: readonly MoneyMention[],
): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const money of found) {
    const prev = out.at(-1);
    const gap = prev === undefined ? "" : text.slice(prev.end - start, money.start - start);
    if (
      prev !== undefined &&
      /^\s*\((?:about|around|roughly|some|nearly|approximately|or|worth)?\s*$/i.test(gap)
    ) {
      const close = text.indexOf(")", money.end - start);
      out[out.length - 1] = { ...prev, end: close < 0 ? money.end : start + close + 1 };
      continue;
    }
    out.push(money);
  }
  return out;
}
