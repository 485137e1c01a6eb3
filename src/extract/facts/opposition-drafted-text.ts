/**
 * "the U.S.-drafted text", "a revised draft", "the Western-sponsored text": words that tell who
 * wrote a text or which version it is, and nothing of what it is; what is left is the bare text
 * a later resolution stands for.
 */
const AUTHORSHIP =
  /^(?:(?:[\w.'’]+-(?:drafted|sponsored|backed|proposed|authored|written|penned|led)|revised|amended|final|latest|new|watered-down|compromise)\s+)+(?=(?:text|draft|document)$)/i;

/** "U.S.-drafted text" → "text"; any other words unchanged. */
export function bareText(issue: string): string {
  return issue.replace(AUTHORSHIP, "");
}
