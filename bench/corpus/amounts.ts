import { nextInt, pick, type Rng } from "./prng.ts";

export interface Amount {
  /** As written: "$1.2 billion", "450 million euros". */
  readonly text: string;
}

type Style = (figure: string, scale: string) => string;

/** Currencies in the forms news uses: symbols before, words after. */
const STYLES: readonly Style[] = [
  (f, s) => `$${f} ${s}`,
  (f, s) => `$${f} ${s}`,
  (f, s) => `€${f} ${s}`,
  (f, s) => `${f} ${s} euros`,
  (f, s) => `£${f} ${s}`,
  (f, s) => `${f} ${s} yen`,
  (f, s) => `${f} ${s} yuan`,
  (f, s) => `${f} ${s} Swiss francs`,
  (f, s) => `${f} ${s} riyals`,
  (f, s) => `${f} ${s} dirhams`,
  (f, s) => `${f} ${s} rupees`,
  (f, s) => `A$${f} ${s}`,
  (f, s) => `C$${f} ${s}`,
];

const FIGURES = [
  "1",
  "1.2",
  "1.5",
  "2",
  "2.5",
  "3",
  "4",
  "5",
  "8",
  "10",
  "12",
  "15",
  "20",
  "25",
  "40",
  "50",
  "60",
  "75",
  "100",
  "120",
  "150",
  "200",
  "250",
  "300",
  "400",
  "450",
  "500",
  "600",
  "750",
  "800",
  "900",
];

/** The currency a donor announces in; others mostly in dollars or euros. */
const HOME_STYLES: Readonly<Record<string, number>> = {
  "United States": 0,
  "European Union": 2,
  Germany: 3,
  France: 2,
  Italy: 3,
  Spain: 2,
  Netherlands: 3,
  "United Kingdom": 4,
  Japan: 5,
  China: 6,
  Switzerland: 7,
  "Saudi Arabia": 8,
  "United Arab Emirates": 9,
  India: 10,
  Australia: 11,
  Canada: 12,
};

/** An amount of money, millions or billions, in the donor's currency (or a common one). */
export function drawAmount(rng: Rng, donor: string): Amount {
  const billions = nextInt(rng, 3) === 0;
  const figure = billions ? pick(rng, FIGURES.slice(0, 14)) : pick(rng, FIGURES);
  const home = STYLES[HOME_STYLES[donor] ?? nextInt(rng, 4)];
  const style = home !== undefined && nextInt(rng, 5) > 0 ? home : pick(rng, STYLES);
  return { text: style(figure, billions ? "billion" : "million") };
}
