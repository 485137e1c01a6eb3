import { hash } from "node:crypto";
import type { Article } from "../model/article.ts";

export type HashedFields = Pick<
  Article,
  "title" | "body" | "publishedAt" | "utcOffsetMinutes" | "hashtags" | "dateline" | "url" | "outlet"
>;

/**
 * sha256 (hex) over everything the graph stores about the article itself, so the loader's
 * "unchanged, skip it" check is never fooled by an edited title, time or hashtag. The fields are
 * already normalised (NFC, "\n", trimmed lines); the JSON array keeps their boundaries unambiguous.
 * Key and source are left out: they say where the text lives, not what it says.
 */
export function contentHash(fields: HashedFields): string {
  const canonical = JSON.stringify([
    fields.title,
    fields.publishedAt,
    fields.dateline ?? null,
    fields.hashtags,
    fields.url ?? null,
    fields.outlet ?? null,
    fields.body,
    // Only when stated, so the hash of an article published in UTC is what it always was.
    ...(fields.utcOffsetMinutes === undefined ? [] : [fields.utcOffsetMinutes]),
  ]);
  return hash("sha256", canonical, "hex");
}
