import { ArticleSchema } from "../model/article.ts";
import { contentHash } from "./content-hash.ts";
import { deriveTitle } from "./derive-title.ts";
import { describeZodError } from "./describe-zod-error.ts";
import { normaliseLine, normaliseParagraphs } from "./normalise-text.ts";
import { splitDateline } from "./parse-dateline.ts";
import { plainlyValid } from "./plainly-valid.ts";
import { failure, type ReadOutcome } from "./read-outcome.ts";

/** What a format parser found, before identity, title, dateline and hash are settled. */
export interface ArticleDraft {
  /** The file's path relative to the input root; the key when there is no URL. */
  path: string;
  /** The record's place as reported: `path`, `path#<n>` or `path:<line>`. */
  source: string;
  /** Tells apart the records of one multi-record file that have no URL (`#<n>`). */
  keySuffix?: string;
  body: string;
  publishedAt: string;
  /** The offset from UTC of the zone the time was stated in, when not UTC. */
  utcOffsetMinutes?: number;
  hashtags: string[];
  title?: string;
  url?: string;
  /** When given, trusted as is; otherwise looked for at the start of the body and stripped. */
  dateline?: string;
  outlet?: string;
}

/** The one place every format goes through, so all articles share rules for identity and hash. */
export function buildArticle(draft: ArticleDraft): ReadOutcome {
  const split =
    draft.dateline === undefined
      ? splitDateline(normaliseParagraphs(draft.body).split("\n"))
      : undefined;
  const body = split ? split.paragraphs.join("\n") : normaliseParagraphs(draft.body);
  const title = draft.title === undefined ? "" : normaliseLine(draft.title);
  const fields = dropUndefined({
    url: draft.url,
    title: title === "" ? deriveTitle(draft.hashtags, body) : title,
    body,
    publishedAt: draft.publishedAt,
    utcOffsetMinutes: draft.utcOffsetMinutes,
    dateline: split ? split.dateline : emptyToUndefined(normaliseLine(draft.dateline ?? "")),
    hashtags: draft.hashtags,
    outlet: emptyToUndefined(normaliseLine(draft.outlet ?? "")),
  });
  const key = `article:${draft.url ?? draft.path + (draft.keySuffix ?? "")}`;
  const candidate = { key, source: draft.source, ...fields, contentHash: contentHash(fields) };
  // The schema's own parse only for what is not plainly valid: it is checked field by field
  // anyway, and the parse would hand back the same fields in the same order.
  if (plainlyValid(candidate)) return { ok: true, article: candidate };
  const parsed = ArticleSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, article: parsed.data }
    : failure(draft.source, describeZodError(parsed.error, candidate));
}

function emptyToUndefined(text: string): string | undefined {
  return text === "" ? undefined : text;
}

/** Absent optional fields stay absent, so serialised articles and equality checks stay clean. */
function dropUndefined<T extends Record<string, unknown>>(record: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) kept[key] = value;
  return kept as T;
}
