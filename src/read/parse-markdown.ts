import { buildArticle } from "./build-article.ts";
import { cleanMarkdown, type MarkdownBlock } from "./clean-markdown.ts";
import { describeZodError } from "./describe-zod-error.ts";
import { parseFrontMatter } from "./parse-front-matter.ts";
import { failure, type ReadOutcome } from "./read-outcome.ts";
import { ArticleRecordSchema } from "./record-schema.ts";

/**
 * Markdown with YAML front matter. The title is the front matter's, else a leading `# Heading`,
 * which then leaves the body so the title is not counted twice by extraction.
 */
export function parseMarkdown(text: string, path: string): ReadOutcome {
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter.ok) return failure(path, frontMatter.reason);
  const record = ArticleRecordSchema.safeParse(frontMatter.data);
  if (!record.success) return failure(path, describeZodError(record.error, frontMatter.data));
  const blocks = cleanMarkdown(frontMatter.content);
  const { title, rest } = takeTitle(blocks, record.data.title);
  return buildArticle({
    ...record.data,
    path,
    source: path,
    title,
    body: rest.map((block) => block.text).join("\n"),
  });
}

function takeTitle(
  blocks: MarkdownBlock[],
  declared: string | undefined,
): { title?: string; rest: MarkdownBlock[] } {
  const [first, ...rest] = blocks;
  const leadingH1 = first?.headingLevel === 1 ? first.text : undefined;
  if (leadingH1 === undefined) return { title: declared, rest: blocks };
  if (declared === undefined || declared.trim() === leadingH1) return { title: leadingH1, rest };
  return { title: declared, rest: blocks };
}
