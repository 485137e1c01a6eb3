const DAY_MS = 86_400_000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );

/** Stories happen over two years of news, counted in days from 1 January 2023. */
export const FIRST_DAY = Date.UTC(2023, 0, 1);
export const DAYS = 730;

export function dayDate(day: number): Date {
  return new Date(FIRST_DAY + day * DAY_MS);
}

/** "2024-05-01 03:30:35", the seed format's last line. */
export function formatPublished(day: number, secondOfDay: number): string {
  const at = new Date(FIRST_DAY + day * DAY_MS + secondOfDay * 1000);
  return at.toISOString().slice(0, 19).replace("T", " ");
}

/** How an article published on `published` refers to `day`: "on Friday", "on March 4". */
export function whenText(day: number, published: number): string {
  const date = dayDate(day);
  if (day === published) return "on " + WEEKDAYS[date.getUTCDay()];
  if (day < published && published - day < 6) return "on " + WEEKDAYS[date.getUTCDay()];
  return `on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** "on March 4" regardless of distance, for planned events and background paragraphs. */
export function onDate(day: number): string {
  const date = dayDate(day);
  return `on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}
