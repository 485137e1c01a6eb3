import { mayStartTitle } from "../gazetteer/title-index.ts";

/** "Bosnian Serb leader", "Prime Minister": words that may stand before a person's name. */
export function isTitlePrefix(words: string): boolean {
  const list = words.trim().split(/\s+/);
  return (
    list.length <= 6 &&
    list.every(
      (w) => /^\p{Lu}/u.test(w) || /^(?:the|his|her|its|their)$/i.test(w) || mayStartTitle(w),
    )
  );
}
