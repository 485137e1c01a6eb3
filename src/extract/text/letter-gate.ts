import { requiredLetters, type Required } from "./required-letters.ts";

/**
 * A quick "no" for a pattern that cannot match a text, from letters every match needs
 * (required-letters.ts). A sentence is searched by dozens of hint patterns, most of which it
 * cannot match; each search reads the whole sentence with code of its own. Here the sentence is
 * read once for all of them, into a set of the pairs and triples of letters it holds, and a gate
 * says "no" when, of any one thing its pattern requires, none of the runs of letters is there
 * whole: a text holding a run holds every pair (of a run of two) or triple (of a longer run) of
 * its letters. Every requirement is checked, not only the rarest: `\b[Tt]he\s+(?:three|four)\s`
 * needs "the", which nearly every sentence holds, and one of "three" and "four", which few do.
 * A "yes" only means the pattern may match: the caller runs it.
 *
 * Letters are the ASCII ones read without case, and the two others a pattern with the i and u
 * flags matches an ASCII letter with (the long s for "s", the Kelvin sign for "k"); anything else
 * breaks a run of letters.
 */
export function letterGate(re: RegExp): (text: string) => boolean {
  let needs: Int32Array | undefined;
  let others: readonly Int32Array[] = [];
  return (text) => {
    if (needs === undefined) [needs = NOTHING, ...others] = eachAlternative(requiredLetters(re));
    if (needs.length === 0) return true;
    if (text !== lastText) lettersOf(text);
    if (allHeld(needs)) return true;
    for (const other of others) if (allHeld(other)) return true;
    return false;
  };
}

const NOTHING = new Int32Array(0);

/**
 * Most top-level alternatives whose requirements are checked each on its own. A pattern of a few
 * alternatives (`\b(?:two|both)\s+leaders\b|\bthe\s+two\s`) otherwise needs only one run of one
 * of them ("the"), which nearly every sentence holds; each alternative's every requirement
 * ("the" and "two") says "no" far more often. A long list of verbs is left as one requirement:
 * asking each of its alternatives costs more than it saves.
 */
const MOST_ALTERNATIVES = 6;

/**
 * The requirements of a pattern, packed: one set that all must hold, or, for a pattern of a few
 * top-level alternatives each requiring something, one set per alternative (any may hold).
 */
function eachAlternative(required: Required): Int32Array[] {
  if (required === true || !("any" in required) || required.any.length > MOST_ALTERNATIVES)
    return [packed(everyRequirement(required))];
  const each = required.any.map((r) => packed(everyRequirement(r)));
  return each.some((needs) => needs.length === 0) ? [NOTHING] : each;
}

/**
 * `re.test(text)`, answered "no" without running `re` where its letters are missing. Only for a
 * pattern without the g or y flag, whose test() carries nothing from one text to the next.
 */
export function gatedTest(re: RegExp): (text: string) => boolean {
  if (re.global || re.sticky)
    throw new TypeError(`gatedTest needs a pattern without g or y: ${re}`);
  const may = letterGate(re);
  return (text) => may(text) && re.test(text);
}

const GATES = new WeakMap<RegExp, (text: string) => boolean>();

/**
 * Whether `re` may match `text`, as letterGate says, the pattern's gate made at its first use:
 * for patterns handed to a search they share, as the verdict frames are to lexicalVerdicts.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let gate = GATES.get(re);
  if (gate === undefined) GATES.set(re, (gate = letterGate(re)));
  return gate(text);
}

/** Pairs of letters are numbered from 0, triples after them. */
const PAIRS = 26 * 26;
const WORDS = Math.ceil((PAIRS + 26 * 26 * 26) / 32);

/**
 * The letters of the texts gated last, read once each: every pass over an article (reading its
 * people and bodies, then oppositions, meetings, funding) asks its gates of each sentence again,
 * and on generated news each sentence was read about three times. Enough are kept for an
 * article's sentences in each pass; the oldest goes first.
 */
const KEPT = 64;
const READ = new Map<string, Uint32Array>();
let seen: Uint32Array = new Uint32Array(WORDS);
let lastText: string | undefined;

/**
 * What a pattern requires, as sets of runs of letters every match holds one of: each requirement
 * of those that all hold, the one of longest runs (then fewest) first, as the likeliest to fail.
 */
function everyRequirement(required: Required): readonly (readonly string[])[] {
  if (required === true) return [];
  if (!("all" in required)) {
    const runs = oneRequirement(required);
    return runs === undefined ? [] : [runs];
  }
  return required.all
    .flatMap(everyRequirement)
    .sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/**
 * Runs of letters one of which every match holds, from what a pattern requires: of requirements
 * that all hold, the one of longest runs (then fewest); of alternatives, one from each.
 */
function oneRequirement(required: Required): readonly string[] | undefined {
  if (required === true) return undefined;
  if ("runs" in required) return required.runs;
  if ("any" in required) {
    const each = required.any.map(oneRequirement);
    return each.every((r) => r !== undefined) ? [...new Set(each.flat())] : undefined;
  }
  let best: readonly string[] | undefined;
  for (const r of required.all.map(oneRequirement))
    if (r !== undefined && (best === undefined || better(r, best))) best = r;
  return best;
}

function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (runs: readonly string[]): number => Math.min(...runs.map((r) => r.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);
}

/**
 * A gate's requirements in one array, read front to back: for each requirement, where it ends,
 * then each of its runs as the count of its grams and the grams. A sentence passes dozens of gates
 * and most fail on hundreds of runs; one array per gate is read without chasing a pointer per run.
 */
function packed(needs: readonly (readonly string[])[]): Int32Array {
  const out: number[] = [];
  for (const runs of needs) {
    const at = out.push(0) - 1;
    for (const run of runs) {
      const grams = gramsOf(run);
      out.push(grams.length, ...grams);
    }
    out[at] = out.length;
  }
  return Int32Array.from(out);
}

/** The numbers of a run's pair, or of its triples. */
function gramsOf(run: string): number[] {
  const codes = [...run].map((c) => c.charCodeAt(0) - 97);
  if (codes.length === 2) return [codes[0]! * 26 + codes[1]!];
  const grams: number[] = [];
  for (let i = 0; i + 2 < codes.length; i++)
    grams.push(PAIRS + (codes[i]! * 26 + codes[i + 1]!) * 26 + codes[i + 2]!);
  return grams;
}

/** Whether, of each requirement `packed` laid out, some run has all its grams in the sentence. */
function allHeld(needs: Int32Array): boolean {
  for (let i = 0; i < needs.length;) {
    const end = needs[i]!;
    i++;
    let held = false;
    while (i < end && !held) {
      const count = needs[i]!;
      held = true;
      for (let k = i + 1; k <= i + count; k++) {
        const g = needs[k]!;
        if ((seen[g >>> 5]! & (1 << (g & 31))) === 0) {
          held = false;
          break;
        }
      }
      i += count + 1;
    }
    if (!held) return false;
    i = end;
  }
  return true;
}

/** Makes `seen` hold the pairs and triples of letters in `text`. */
function lettersOf(text: string): void {
  lastText = text;
  const known = READ.get(text);
  if (known !== undefined) {
    seen = known;
    return;
  }
  const oldest = READ.size < KEPT ? undefined : READ.keys().next().value;
  if (oldest === undefined) seen = new Uint32Array(WORDS);
  else {
    seen = READ.get(oldest)!;
    READ.delete(oldest);
    seen.fill(0);
  }
  readLetters(text, seen);
  READ.set(text, seen);
}

/** Marks the pairs and triples of letters in `text`. */
function readLetters(text: string, into: Uint32Array): void {
  let a = -1;
  let b = -1;
  for (let i = 0; i < text.length; i++) {
    const c = letterOf(text.charCodeAt(i));
    if (c < 0) {
      a = b = -1;
      continue;
    }
    if (b >= 0) {
      const pair = b * 26 + c;
      into[pair >>> 5] = into[pair >>> 5]! | (1 << (pair & 31));
      if (a >= 0) {
        const triple = PAIRS + a * PAIRS + pair;
        into[triple >>> 5] = into[triple >>> 5]! | (1 << (triple & 31));
      }
    }
    a = b;
    b = c;
  }
}

/** 0 to 25 for a letter a pattern's ASCII letter may match, else -1. */
function letterOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code === 0x17f) return 18; // ſ, matched by "s" under the i and u flags
  if (code === 0x212a) return 10; // K (Kelvin sign), matched by "k" likewise
  return -1;
}
