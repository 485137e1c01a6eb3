import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingMention } from "./find-funding.ts";
import { gatedTest } from "../text/letter-gate.ts";
import { unlistedKey, unlistedOrganization } from "./organization-names.ts";
import { insertByStart } from "./funding-described.ts";

/** The kinds of body that give, lend or invest money. */
const KIND =
  "(?:fund|bank|lender|agency|company|firm|corporation|investor|insurer|conglomerate|financier|institution|utility)";
/** A body's short name: an acronym ("ADQ", "BNDES") or a word with an inner capital ("KfW"). */
const SHORT_NAME = "(\\p{Lu}[\\p{Lu}\\d&]{1,7}|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*)";
/** "ADQ, the Abu Dhabi state fund,": the name, then its description in apposition. */
const NAME_THEN_KIND = new RegExp(
  `\\b${SHORT_NAME},\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,5}?${KIND}(?=\\s*(?:[,;.)]|$))`,
  "gu",
);
/** "Brazil's national development bank BNDES": the description, then the name. */
const KIND_THEN_NAME = new RegExp(
  `(?:\\b[Tt]he|['’]s)\\s+(?:[\\p{L}-]+\\s+){0,4}?${KIND}\\s+${SHORT_NAME}(?![\\p{L}\\d])`,
  "gu",
);
/**
 * Cheap gate: a sentence can introduce a body only if it names a kind of body. Asked of every
 * sentence, most of which have none of these words (see letter-gate.ts).
 */
const mayNameKind = gatedTest(new RegExp(`\\b${KIND}\\b`, "u"));

/**
 * The bodies no list knows that the article introduces by a description beside their short name —
 * "…to ADQ, the Abu Dhabi state fund, in return for $35 billion. ADQ will pay $24 billion in cash",
 * "Brazil's national development bank BNDES… BNDES will add R$5 billion" — so that, wherever the
 * short name comes again, it is that body, and may pay.
 */
export class IntroducedBodies {
  private readonly names = new Set<string>();

  /** Remembers each short name this sentence describes as a body. */
  note(sentence: AnalyzedSentence, actors: readonly Actor[]): void {
    const { text, start } = sentence.sentence;
    if (!mayNameKind(text)) return;
    for (const re of [NAME_THEN_KIND, KIND_THEN_NAME]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const name = m[1];
        // "WAM, the state news agency, reported": a source of news, not of money.
        if (name === undefined || NEWS.test(m[0])) continue;
        const at = start + m.index + (re === NAME_THEN_KIND ? 0 : m[0].length - name.length);
        // A name some list knows (a state, a listed body, a person) is left to it.
        if (actors.some((a) => a.start < at + name.length && a.end > at)) continue;
        this.names.add(name);
      }
      re.lastIndex = 0;
    }
  }

  /** The sentence's parties, with each described body's short name among them where it stands. */
  withBodies(sentence: AnalyzedSentence, actors: readonly Actor[]): readonly Actor[] {
    if (this.names.size === 0) return actors;
    const { text, start } = sentence.sentence;
    let out: Actor[] | undefined;
    for (const name of this.names) {
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
        if (WORD_CHAR.test(text[i - 1] ?? "") || WORD_CHAR.test(text[i + name.length] ?? ""))
          continue;
        const at = start + i;
        const end = at + name.length;
        const list: Actor[] = out ?? [...actors];
        if (list.some((a) => a.start < end && a.end > at)) continue;
        out = list;
        const body = unlistedOrganization(name, at, end);
        const possessive = /^['’]s\b/.test(text.slice(i + name.length));
        insertByStart(list, { ...body, possessive });
      }
    }
    return out ?? actors;
  }

  /** The described bodies that pay or receive the amounts found, as the graph's entities. */
  usedIn(found: readonly FundingMention[]): { key: string; name: string }[] {
    if (this.names.size === 0) return [];
    const out: { key: string; name: string }[] = [];
    for (const name of this.names) {
      const key = unlistedKey(name);
      if (
        found.some(
          (f) =>
            f.funder?.key === key ||
            (f.recipient !== undefined && "actor" in f.recipient && f.recipient.actor.key === key),
        )
      )
        out.push({ key, name });
    }
    return out;
  }
}

const WORD_CHAR = /[\p{L}\d]/u;
const NEWS = /\b(?:news|press|wire|rating|ratings|credit[\s-]+rating)\s+(?:agency|company|firm)\b/i;
