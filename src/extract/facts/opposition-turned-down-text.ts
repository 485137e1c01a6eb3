/**
 * "The United States vetoed a resolution that condemned Israel", "Hungary blocked a statement
 * which criticised Beijing": the stance is the text's, which the subject turned down; it is not
 * the subject's. `before` is the sentence up to "that" or "which".
 */
const TURNED_DOWN_TEXT =
  /\b(?:veto(?:es|ed|ing)?|reject(?:s|ed|ing)?|block(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|voted\s+against|vote\s+against|torpedo(?:es|ed)|sank|scuttled?)\s+(?:a|an|the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:resolution|draft|text|motion|statement|declaration|communiqu[eé]|bill)\s*,?\s*$/i;

export function turnedDownText(before: string): boolean {
  return TURNED_DOWN_TEXT.test(before);
}
