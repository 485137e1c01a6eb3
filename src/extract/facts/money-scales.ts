/** Scale words and their factors: "bn", "crore". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
};

/** The scale words as a pattern's alternation, longest first where one begins another. */
export const SCALE_WORDS = String.raw`thousand|million|billion|trillion|crores?|lakhs?|mn|mln|bn|bln|tn|m|b|k`;
