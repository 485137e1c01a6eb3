import { z } from "zod";

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
  dateline: z.string().optional(),
  hashtags: z.array(z.string()),
  outlet: z.string().optional(),
  /** sha256 (hex) of the normalised text and metadata; changes when the article is edited. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Article = z.infer<typeof ArticleSchema>;
