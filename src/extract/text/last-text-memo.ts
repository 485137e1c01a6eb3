/**
 * A yes/no question that callers ask several times in a row about the same text (a sentence,
 * then the sentence with its names blanked, then again for each date found): the last text and
 * its answer are kept, so a run of asks costs one search.
 *
 * @example const mayStateDate = lastTextMemo((text) => ANY_DATE_WORD.test(text));
 */
export function lastTextMemo(test: (text: string) => boolean): (text: string) => boolean {
  let lastText: string | undefined;
  let lastAnswer = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastAnswer = test(text);
    }
    return lastAnswer;
  };
}
