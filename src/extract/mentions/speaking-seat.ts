import type { Token } from "../text/tokenize.ts";

/** Last words of a seat of government's name: "State House", "Miraflores Palace". */
const SEAT_WORDS: ReadonlySet<string> = new Set(["House", "Palace", "Mansion"]);

/** Verbs of a statement a seat of government is said to make. */
const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "announced",
  "confirmed",
  "denied",
  "stated",
  "added",
  "insisted",
  "noted",
  "wrote",
  "declared",
]);

/** Words that make the seat where someone is: "Officials at State House said…". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "in", "inside", "outside", "near"]);

/**
 * "State House said on Monday…", "…according to Miraflores Palace": a building that houses a
 * head of state and is told as speaking (the subject of a statement verb, or after "according
 * to") stands for the office there, a body; the same name as the place of a meeting ("received
 * at State House") or of the speakers ("Officials at State House said…") stays a place.
 */
export function seatSpeaks(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || !SEAT_WORDS.has(tokens[to - 1]?.text ?? "")) return false;
  if (STATEMENT_VERBS.has(tokens[to]?.lower ?? ""))
    return !PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? "");
  return tokens[from - 1]?.lower === "to" && tokens[from - 2]?.lower === "according";
}
