export interface MarkdownBlock {
  text: string;
  /** 1–6 for a heading, 0 for a paragraph or list item. */
  headingLevel: number;
}

/**
 * Markdown to plain paragraphs, lightly: headings, list items and paragraphs become one block
 * each (soft-wrapped lines joined), and inline markup gives way to its text. Not a full
 * CommonMark parser; news articles use little more than this.
 */
export function cleanMarkdown(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0)
      blocks.push({ text: cleanInline(paragraph.join(" ")), headingLevel: 0 });
    paragraph = [];
  };
  for (const raw of markdown.split("\n")) {
    const line = raw.trim().replace(/^(?:>\s?)+/, "");
    if (line === "" || isDecoration(line)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(line);
    const item = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (heading || item) flush();
    if (heading)
      blocks.push({ text: cleanInline(heading[2] ?? ""), headingLevel: heading[1]?.length ?? 1 });
    else paragraph.push(item ? (item[1] ?? "") : line);
    if (item) flush();
  }
  flush();
  return blocks.filter((block) => block.text !== "");
}

/** Lines that carry no text: rules, code fences, link reference definitions, HTML comments. */
function isDecoration(line: string): boolean {
  return /^(?:[-*_]\s*){3,}$|^(?:```|~~~)|^\[[^\]]+\]:\s|^<!--.*-->$/.test(line);
}

function cleanInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*{1,3}|~~)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}])(_{1,3})(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
