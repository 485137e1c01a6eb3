import type { MoneyMention } from "./money.ts";
import { SCALES, SCALE_WORDS } from "./money-scales.ts";

/**
 * Ranges of money. "between $400 million and $500 million", "$400–500 million", "200 to 300
 * million euros", "£20m-£30m" are one amount, recorded at the lower bound: what is committed for
 * certain (test/fixtures/README.md). "raised it from $20 million to $30 million" is a change,
 * not a range: only the new figure stands.
 */

/** Cheap test: a figure, maybe a scale, then a dash, "to" or "and" and another figure. */
const RANGE_HINT =
  /\d(?:\s?(?:[mbk]n?|million|billion|trillion|crores?|lakhs?))?\s?(?:[–¬—¦-]|to|and)\s?\S{0,4}\s?\d/i;

/** A figure as money.ts reads one. */
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

/** "$400[–500 million]": a dash or "to", a bare figure and its scale right after an amount. */
const SCALED_UPPER = new RegExp(
  String.raw`^\s?(?:[–¬—¦-]|to)\s?${FIGURE}[\s-]?(${SCALE_WORDS})\b`,
  "i",
);

/** "[between 200 and | 1.5 to | 400–]300 million euros": a bare lower figure before an amount. */
const BARE_LOWER = new RegExp(
  String.raw`(?:\b(between)\s+)?${FIGURE}(?:\s?[–¬—¦-]\s?|\s+(to|and)\s+)$`,
  "i",
);

/** What joins two amounts of a range: "$300m-$400m", "£20m to £30m", "between … and …". */
const JOINER = /^\s?(?:[–¬—¦-]|(to|and))\s?$/i;

const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
/** "raised its pledge from $20 million to $30 million": the clause tells of a change. */
const CHANGE =
  /\b(?:rais|increas|boost|lift|doubl|tripl|top(?:ped|s)? up|expand|ramp|grew|grow|rose|ris|jump|climb|reduc|cut|lower|slash|trimm?)\w*\b[^.;]*$/i;

/** The first figure written in an amount's own text: "€1.5 billion" → 1.5. */
const FIRST_FIGURE = new RegExp(FIGURE);
/** An amount written without a scale ends on its figure: "$400". */
const ENDS_ON_FIGURE = /\d\s*$/;

function figure(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/**
 * The amounts of a text with each range made one amount at its lower bound. `found` are the
 * amounts findMoney read, in order; `offset` is where `text` starts.
 */
export function withRanges(text: string, offset: number, found: MoneyMention[]): MoneyMention[] {
  if (found.length === 0 || !RANGE_HINT.test(text)) return found;
  const out: MoneyMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const money = found[i] as MoneyMention;
    const own = text.slice(money.start - offset, money.end - offset);
    const next = found[i + 1];
    const joined =
      next === undefined ? null : JOINER.exec(text.slice(money.end - offset, next.start - offset));
    if (next !== undefined && joined !== null && next.currency === money.currency) {
      const range = twoAmounts(text, offset, money, own, next, joined[1]?.toLowerCase());
      if (range !== undefined) {
        out.push(range);
        i++;
        continue;
      }
    }
    out.push(bareUpper(text, offset, money, own) ?? bareLower(text, offset, money, own) ?? money);
  }
  return out;
}

/** "between $400 million and $500 million", "$300m-$400m", "from $20m to $30m". */
function twoAmounts(
  text: string,
  offset: number,
  lower: MoneyMention,
  own: string,
  upper: MoneyMention,
  word: string | undefined,
): MoneyMention | undefined {
  const before = text.slice(0, lower.start - offset);
  const between = BETWEEN_BEFORE.exec(before);
  if (word === "and" && between === null) return undefined;
  // "between $400 and $500 million": the lower figure takes the upper one's scale.
  const upperOwn = text.slice(upper.start - offset, upper.end - offset);
  const amount = ENDS_ON_FIGURE.test(own)
    ? scaled(lower.amount, upper.amount, upperOwn)
    : lower.amount;
  if (!(amount < upper.amount)) return undefined;
  // "raised it from $20 million to $30 million": the old figure is no money.
  if (word === "to" && FROM_BEFORE.test(before))
    return CHANGE.test(before.slice(-120, -5)) ? upper : { ...lower, amount, end: upper.end };
  const start = between === null ? lower.start : offset + between.index;
  return { ...lower, amount, start, end: upper.end };
}

/** "$400–500 million", "₹500-700 crore": a sign, the lower figure, then the upper one's scale. */
function bareUpper(
  text: string,
  offset: number,
  money: MoneyMention,
  own: string,
): MoneyMention | undefined {
  if (!ENDS_ON_FIGURE.test(own)) return undefined;
  const m = SCALED_UPPER.exec(text.slice(money.end - offset));
  if (m === null) return undefined;
  const scale = SCALES[(m[2] ?? "").toLowerCase()] ?? 1;
  if (!(money.amount < figure(m[1] ?? "0"))) return undefined;
  return { ...money, amount: Math.round(money.amount * scale), end: money.end + m[0].length };
}

/** "between 200 and 300 million euros", "1.5 to 2 billion yuan": a bare lower figure before. */
function bareLower(
  text: string,
  offset: number,
  money: MoneyMention,
  own: string,
): MoneyMention | undefined {
  if (!/^\d/.test(own)) return undefined;
  const before = text.slice(Math.max(0, money.start - offset - 40), money.start - offset);
  const m = BARE_LOWER.exec(before);
  if (m === null || (m[3]?.toLowerCase() === "and" && m[1] === undefined)) return undefined;
  const lower = figure(m[2] ?? "");
  const upper = figure(FIRST_FIGURE.exec(own)?.[0] ?? "0");
  if (!(lower < upper)) return undefined;
  // "rose from 200 to 300 million euros": a change, not a range.
  const head = text.slice(0, money.start - offset - m[0].length);
  if (m[3]?.toLowerCase() === "to" && FROM_BEFORE.test(head) && CHANGE.test(head)) return money;
  return {
    ...money,
    amount: Math.round((money.amount * lower) / upper),
    start: money.start - m[0].length,
  };
}

/** The lower figure read with the scale of the upper amount: 400 and "$500 million" → 400 million. */
function scaled(lower: number, upperAmount: number, upperOwn: string): number {
  const upperFigure = figure(FIRST_FIGURE.exec(upperOwn)?.[0] ?? "0");
  if (upperFigure <= 0 || ENDS_ON_FIGURE.test(upperOwn)) return lower;
  return Math.round((lower * upperAmount) / upperFigure);
}
