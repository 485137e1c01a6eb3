import { z } from "zod";

/** A sha256 digest in lowercase hex, as contentHash holds it. */
export const HEX_64 = /^[0-9a-f]{64}$/;

/** The farthest a zone stands from UTC, in minutes (UTC+14:00). */
export const MAX_UTC_OFFSET_MINUTES = 14 * 60;

/** One article as the reader hands it to extraction: text plus metadata, already validated. */
export const ArticleSchema = z.object({
  /** Stable identity: `article:<url>` or `article:<path relative to the input root>`. */
  key: z.string().min(9).startsWith("article:"),
  /** Where it came from: the relative path, with `#<n>` for a JSON array's n-th record, `:<line>` for a JSON Lines record. */
  source: z.string().min(1),
  url: z.string().url().optional(),
  title: z.string(),
  /** The body text, paragraphs separated by "\n"; offsets in evidence refer to this string. */
  body: z.string().min(1),
  /** ISO 8601 instant in UTC, e.g. 2024-05-01T03:30:35Z. */
  publishedAt: z.string().datetime(),
  /**
   * The offset from UTC, in minutes, of the zone the source stated the time in (+540 for
   * +09:00); absent for UTC. "On Wednesday" counts from the day it was where it was published.
   */
  utcOffsetMinutes: z
    .number()
    .int()
    .min(-MAX_UTC_OFFSET_MINUTES)
    .max(MAX_UTC_OFFSET_MINUTES)
    .optional(),
  dateline: z.string().optional(),
  hashtags: z.array(z.string()),
  outlet: z.string().optional(),
  /** sha256 (hex) of the normalised text and metadata; changes when the article is edited. */
  contentHash: z.string().regex(HEX_64),
});
export type Article = z.infer<typeof ArticleSchema>;
