/**
 * The letters a pattern cannot match without: `\b(?:alarm|anger)ed\b` matches only where a text
 * holds "alarmed" or "angered", `\bsaid\s+(?:that\s+)?the\b` only where it holds "said" and "the".
 * A rule's pattern read so lets a sentence that lacks those letters skip it (see letter-gate.ts).
 *
 * Read from the pattern's source, conservatively: a run of letters counts only where the pattern
 * must match exactly those letters, one after another (a letter, a class of letters like `[Tt]`,
 * or a group whose every alternative is such a run, like `(?:ee|o)`), not under a quantifier that
 * lets it be absent or repeated. Whatever else a pattern holds (`\w*`, `\s+`, classes, escapes,
 * lookarounds, optional groups) requires nothing. Letters are ASCII and compared without case,
 * which is safe for patterns with or without the i flag.
 */
export type Required =
  | true
  | { readonly all: readonly Required[] }
  | { readonly any: readonly Required[] }
  | { readonly runs: readonly string[] };

/** Most letter runs a group or a sequence is spelt out into before it is read as any text. */
const MOST_RUNS = 32;

/** A pattern element: the letter runs it matches exactly (if so), and what any match requires. */
interface Atom {
  readonly exact: readonly string[] | undefined;
  readonly required: Required;
}

const OTHER: Atom = { exact: undefined, required: true };

/** Stands for an alternative that is not a run of letters, among a group's runs. */
const NOT_EXACT = "?";

/** What every match of `re` requires; `true` when nothing can be told (a `v` flag, say). */
export function requiredLetters(re: RegExp): Required {
  if (re.flags.includes("v")) return true;
  try {
    const reader = new Reader(re.source, re.flags.includes("u"));
    const alternatives = reader.disjunction();
    if (reader.at < re.source.length) return true;
    return anyOf(alternatives.map((a) => a.required));
  } catch {
    return true;
  }
}

class Reader {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  /** Alternatives up to a closing bracket or the end: each one's exact runs and requirement. */
  disjunction(): Atom[] {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  /**
   * Elements one after another. Exact neighbours join into runs ("t" then "(?:ook|ake)" is "took",
   * "take"); every run and every required group is required of the whole.
   */
  private sequence(): Atom {
    const required: Required[] = [];
    let run: string[] | undefined = [""];
    let exact = true;
    const close = (): void => {
      if (run !== undefined && run.every((r) => r.length >= 2)) required.push({ runs: run });
      run = undefined;
    };
    while (this.at < this.source.length && this.source[this.at] !== "|") {
      if (this.source[this.at] === ")") break;
      const atom = this.quantified(this.atom());
      if (atom.exact === undefined) {
        exact = false;
        close();
        required.push(atom.required);
        continue;
      }
      const joined: string[] | undefined =
        run !== undefined && run.length * atom.exact.length <= MOST_RUNS
          ? run.flatMap((r) => atom.exact!.map((e) => r + e))
          : undefined;
      if (joined === undefined) {
        exact = false;
        close();
        run = [...atom.exact];
      } else run = joined;
    }
    const whole = exact && run !== undefined ? [...new Set<string>(run)] : undefined;
    close();
    return { exact: whole, required: allOf(required) };
  }

  /** An element and the quantifier after it, if any: one that may skip it requires nothing. */
  private quantified(atom: Atom): Atom {
    const c = this.source[this.at];
    let least: number;
    if (c === "*" || c === "?") least = 0;
    else if (c === "+") least = 1;
    else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (m === null) return atom;
      least = Number(m[1]);
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    if (this.source[this.at] === "?") this.at++;
    return { exact: undefined, required: least >= 1 ? atom.required : true };
  }

  private atom(): Atom {
    const c = this.source[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") {
      this.escape();
      return OTHER;
    }
    if (c === "*" || c === "+" || c === "?") throw new SyntaxError("nothing to repeat");
    this.at++;
    return /^[A-Za-z]$/.test(c) ? letters([c.toLowerCase()]) : OTHER;
  }

  private group(): Atom {
    const rest = this.source.slice(this.at, this.at + 4);
    const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(rest);
    let open: number;
    if (lookaround !== null) open = lookaround[0].length;
    else if (rest.startsWith("(?:")) open = 3;
    else if (rest.startsWith("(?<")) {
      const close = this.source.indexOf(">", this.at);
      if (close < 0) throw new SyntaxError("unterminated group name");
      open = close + 1 - this.at;
    } else if (rest.startsWith("(?")) throw new SyntaxError("unknown group");
    else open = 1;
    this.at += open;
    const alternatives = this.disjunction();
    if (this.source[this.at] !== ")") throw new SyntaxError("unterminated group");
    this.at++;
    // A lookaround matches no letters of its own; what it looks at need not be in the match.
    if (lookaround !== null) return OTHER;
    const runs = new Set<string>();
    for (const a of alternatives) for (const r of a.exact ?? [NOT_EXACT]) runs.add(r);
    const exact = runs.size <= MOST_RUNS && !runs.has(NOT_EXACT) ? [...runs] : undefined;
    return { exact, required: anyOf(alternatives.map((a) => a.required)) };
  }

  /** `[Tt]`: a class of plain letters is one of them; any other class requires nothing. */
  private characterClass(): Atom {
    let end = this.at + 1;
    while (end < this.source.length && this.source[end] !== "]") {
      end += this.source[end] === "\\" ? 2 : 1;
    }
    if (end >= this.source.length) throw new SyntaxError("unterminated class");
    const inside = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    return /^[A-Za-z]+$/.test(inside) ? letters([...new Set(inside.toLowerCase())]) : OTHER;
  }

  /** Steps over an escape, whole: `\p{Lu}`, `\u00e9`, `\x41`, `\k<name>`, `\12`. */
  private escape(): void {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new SyntaxError("\\ at end of pattern");
    this.at += 2;
    const rest = this.source.slice(this.at);
    let skip = 0;
    if ((c === "p" || c === "P" || c === "u") && this.unicode && rest.startsWith("{")) {
      skip = rest.indexOf("}") + 1;
      if (skip === 0) throw new SyntaxError("unterminated escape");
    } else if (c === "u") skip = /^[0-9A-Fa-f]{0,4}/.exec(rest)![0].length;
    else if (c === "x") skip = /^[0-9A-Fa-f]{0,2}/.exec(rest)![0].length;
    else if (c === "c") skip = /^[A-Za-z]?/.exec(rest)![0].length;
    else if (c === "k" && rest.startsWith("<")) skip = rest.indexOf(">") + 1;
    else if (/[0-9]/.test(c)) skip = /^[0-9]*/.exec(rest)![0].length;
    this.at += skip;
  }
}

function letters(exact: readonly string[]): Atom {
  return { exact, required: exact.every((r) => r.length >= 2) ? { runs: exact } : true };
}

function allOf(parts: readonly Required[]): Required {
  const kept = parts.filter((p) => p !== true);
  if (kept.length === 0) return true;
  return kept.length === 1 ? kept[0]! : { all: kept };
}

function anyOf(parts: readonly Required[]): Required {
  if (parts.some((p) => p === true)) return true;
  return parts.length === 1 ? parts[0]! : { any: parts };
}
