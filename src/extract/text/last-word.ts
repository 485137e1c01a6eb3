/**
 * The last space-separated word of a form.
 *
 * @example lastWord("the European Union") === "Union"
 */
export function lastWord(form: string): string {
  return form.slice(form.lastIndexOf(" ") + 1);
}
