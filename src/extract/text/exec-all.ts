/**
 * Every match of a global regular expression in `text`, as `text.matchAll(re)` gives them.
 *
 * `matchAll` copies `re` on every call, and V8 compiles the copy again: for the long
 * alternations of the extraction rules (currency names, verb lists) that costs about as much as
 * the match itself, thousands of times per article. This runs `re` itself, from the start, and
 * leaves its `lastIndex` at 0. The matches are collected before returning, so the caller may use
 * `re` again while it goes through them.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global regular expression: ${re}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step over one character.
    if (m[0] === "")
      re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  re.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
