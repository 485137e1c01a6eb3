/** Code-unit order, independent of the locale the planner runs in. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
