import { HEX_64, MAX_UTC_OFFSET_MINUTES, type Article } from "../model/article.ts";

/** A UTC instant to the second, as parseTimestamp writes it: "2024-05-01T03:30:35Z". */
const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Whether an article built by buildArticle is plainly one ArticleSchema accepts, checked by hand:
 * the schema's parse costs more than reading the file. Only the common case is taken (no URL, the
 * time to the second in UTC, a real calendar day); anything else is left to the schema, which
 * also words the reason a record fails. What passes here the schema would pass unchanged.
 */
export function plainlyValid(candidate: Record<string, unknown>): candidate is Article {
  const { key, source, url, title, body, publishedAt, utcOffsetMinutes, dateline } = candidate;
  const { hashtags, outlet, contentHash } = candidate;
  return (
    typeof key === "string" &&
    key.length >= 9 &&
    key.startsWith("article:") &&
    typeof source === "string" &&
    source.length >= 1 &&
    url === undefined &&
    typeof title === "string" &&
    typeof body === "string" &&
    body.length >= 1 &&
    typeof publishedAt === "string" &&
    isUtcSecond(publishedAt) &&
    (utcOffsetMinutes === undefined ||
      (Number.isInteger(utcOffsetMinutes) &&
        Math.abs(utcOffsetMinutes as number) <= MAX_UTC_OFFSET_MINUTES)) &&
    (dateline === undefined || typeof dateline === "string") &&
    Array.isArray(hashtags) &&
    hashtags.every((h) => typeof h === "string") &&
    (outlet === undefined || typeof outlet === "string") &&
    typeof contentHash === "string" &&
    HEX_64.test(contentHash)
  );
}

/** "2024-02-30T…" or "…T24:00:00Z" is shaped right but names no instant: Date rolls it over. */
function isUtcSecond(time: string): boolean {
  if (!UTC_SECOND.test(time)) return false;
  const ms = Date.parse(time);
  return Number.isFinite(ms) && new Date(ms).toISOString() === `${time.slice(0, -1)}.000Z`;
}
