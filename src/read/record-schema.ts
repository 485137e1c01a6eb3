import { z } from "zod";
import { normaliseTags } from "./parse-hashtags.ts";
import { parseTimestamp } from "./parse-timestamp.ts";

// Missing and null mean the same in hand-written JSON and YAML (`url:` with no value).
const optionalText = z.string().nullish();
const timestamp = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return undefined;
    const parsed = parseTimestamp(value);
    if (parsed.ok) return { iso: parsed.iso, offsetMinutes: parsed.offsetMinutes };
    ctx.addIssue({ code: "custom", message: parsed.reason });
    return z.NEVER;
  });
const tags = z.union([z.string(), z.array(z.string())]).nullish();

/**
 * The metadata an article record may carry, in JSON and in Markdown front matter, with the
 * aliases people actually write. `source` is the outlet (the article's `source` is its file).
 */
export const ArticleRecordSchema = z
  .object({
    title: optionalText,
    body: optionalText,
    text: optionalText,
    publishedAt: timestamp,
    published_at: timestamp,
    date: timestamp,
    url: z.url().nullish(),
    source: optionalText,
    outlet: optionalText,
    dateline: optionalText,
    hashtags: tags,
    tags: tags,
  })
  .superRefine((record, ctx) => {
    if (!record.publishedAt && !record.published_at && !record.date) {
      ctx.addIssue({ code: "custom", path: ["publishedAt"], message: "missing" });
    }
  })
  .transform((record) => {
    const time = record.publishedAt ?? record.published_at ?? record.date;
    return {
      title: record.title ?? undefined,
      body: record.body ?? record.text ?? undefined,
      publishedAt: time?.iso ?? "",
      utcOffsetMinutes: localOffset(time?.offsetMinutes),
      url: record.url ?? undefined,
      outlet: record.outlet ?? record.source ?? undefined,
      dateline: record.dateline ?? undefined,
      hashtags: normaliseTags(record.hashtags ?? record.tags),
    };
  });

export type ArticleRecord = z.output<typeof ArticleRecordSchema>;

/** A zone other than UTC, kept so dates resolve against the local day; UTC is left out. */
export function localOffset(minutes: number | undefined): number | undefined {
  return minutes === undefined || minutes === 0 ? undefined : minutes;
}
