import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { type TitleMention, titleMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** Titles that news style abbreviates before a name, with the role each stands for. */
const ABBREVIATED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Gen: "General",
    Lt: "Lieutenant",
    Col: "Colonel",
    Maj: "Major",
    Capt: "Captain",
    Cmdr: "Commander",
    Cdr: "Commander",
    Adm: "Admiral",
    Brig: "Brigadier",
    Sgt: "Sergeant",
    Cpl: "Corporal",
    Sen: "Senator",
    Rep: "Representative",
    Gov: "Governor",
    Amb: "Ambassador",
    Pres: "President",
    Prof: "Professor",
    Supt: "Superintendent",
    Insp: "Inspector",
  }),
);

/**
 * "Lt. Gen. Ola Dahl", "Sen. Ann Lee", "Gov. Tim Roe": abbreviated titles, each closed by its
 * stop, right before a capitalised name, are the role of that name.
 */
export function abbreviatedTitle(tokens: readonly Token[], i: number): TitleMention | undefined {
  if (!ABBREVIATED.has(tokens[i]?.text ?? "")) return undefined;
  const roles: string[] = [];
  let at = i;
  for (;;) {
    const role = ABBREVIATED.get(tokens[at]?.text ?? "");
    const stop = tokens[at + 1];
    if (role === undefined || stop?.text !== "." || stop.start !== tokens[at]?.end) break;
    roles.push(role);
    at += 2;
  }
  const next = tokens[at];
  if (
    roles.length === 0 ||
    next?.capitalized !== true ||
    next.punct ||
    FUNCTION_WORDS.has(next.lower)
  )
    return undefined;
  return titleMention(
    {
      role: roles.join(" "),
      country: undefined,
      org: undefined,
      definite: false,
      plural: false,
      count: undefined,
    },
    spanOf(tokens, i, at, joinTokens(tokens, i, at)),
  );
}
