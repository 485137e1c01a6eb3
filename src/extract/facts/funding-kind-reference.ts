import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { letterGate } from "../text/letter-gate.ts";
import { describedActor, insertByStart } from "./funding-described.ts";
import { bodyOfKind } from "../resolve/body-by-kind.ts";
import { bodyNamedAfterQuote } from "../resolve/quoted-kind.ts";
import { COMPANY_KINDS } from "../resolve/kind-nouns.ts";

/**
 * "the bank", "the Washington-based lender", "the EU lender's": a definite noun phrase whose head
 * is a kind of body that lends or gives, with at most three modifiers before it.
 */
const KIND_REFERENCE = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[\p{L}.’'-]+\s+){0,3}?)(bank|fund|lender|agency|corporation|facility|institution|financier|${COMPANY_KINDS})(?![\p{L}\d-])`,
  "giu",
);

/** Cheap gate: the sentence names one of the kinds at all (see letter-gate.ts). */
const mayReferToKind = letterGate(
  new RegExp(
    `(?:bank|fund|lender|agency|corporation|facility|institution|financier|${COMPANY_KINDS})`,
    "i",
  ),
);

/**
 * "Egypt's central bank", "the national fund": a state's own bank or fund in lowercase, no name,
 * that "the bank" or "the fund" after it may then mean rather than a lender named before.
 */
const STATE_KIND = /\b(?:central|national|state|reserve|commercial)\s+(bank|fund)(?![\p{L}\d-])/gu;

/** Lower-case words that leave a body's kind a description of the body named before. */
const MODIFIER =
  /^(?:regional|multilateral|international|global|development|investment|lending|climate|infrastructure|aid|relief|donor|main|new|same|oil|gas|mining|energy|tech|technology|telecoms?|shipping|steel|construction|engineering|chemicals?|arms|solar|logistics)$/;

/** Modifiers a body's own kind, or its place, may be read from: "Manila-based", "EU", "Kuwaiti". */
const PLACE_OR_ACRONYM = /^(?:\p{Lu}[\p{L}.’'-]*-(?:based|headquartered)|\p{Lu}{2,6})$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Bodies taken up by their kind. Finance reports name a lender once, then call it "the bank",
 * "the fund" or "the Manila-based lender", often paragraphs later and inside a quote: "The
 * Kuwait Fund sent a mission to Laos. … 'The fund has approved $90 million for the ring road,'
 * the minister said." Each such phrase is the latest body named before it whose name says that
 * kind (a lender, institution or financier: any lending body), so that every rule that reads a
 * payer or a lender ("from the fund", "approved by the lender", "the bank's contribution") reads
 * the body — and not a place or bloc that only qualifies the kind ("the Washington-based lender"
 * is no American money). Not when the article has since introduced a thing of that kind itself
 * ("a new fund for clinics … the fund will…").
 */
export class KindReferences {
  /** The sentence's parties, with each body taken up by its kind among them where it stands. */
  read(sentence: AnalyzedSentence, actors: readonly Actor[]): readonly Actor[] {
    const { text, start } = sentence.sentence;
    const kinds = mayReferToKind(text);
    return kinds ? this.withReferences(text, start, actors) : actors;
  }

  private withReferences(text: string, start: number, actors: readonly Actor[]): readonly Actor[] {
    let out: Actor[] | undefined;
    KIND_REFERENCE.lastIndex = 0;
    for (let m = KIND_REFERENCE.exec(text); m !== null; m = KIND_REFERENCE.exec(text)) {
      const modifiers = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
      const head = m[2] ?? "";
      if (!modifiersDescribe(modifiers, CAPITALISED.test(head))) {
        // "tell you that the fund has…": the phrase may start at a later article.
        KIND_REFERENCE.lastIndex = m.index + 1;
        continue;
      }
      // The phrase starts after its article, where a body's name would.
      const end = start + m.index + m[0].length;
      const headAt = end - head.length;
      const at = headAt - (m[1] ?? "").length;
      const list = out ?? actors;
      // A name some list knows ("the World Bank", "the West Bank") is that name.
      if (list.some((a) => a.start < end && a.end > headAt)) continue;
      // "the Bank of Korea", "the development bank CAF": a name follows.
      if (NAME_AFTER.test(text.slice(end - start, end - start + 40))) continue;
      // "$20 million to the fund", "to the bank's fund": money paid in goes to a pot more often
      // than to a lender (to an agency or a company, it goes to the body);
      // "the fund set up for flood victims" is a new one.
      const owns = /^['’]s\b/.test(text.slice(end - start));
      if ((POT.test(head) || owns) && PAID_INTO.test(text.slice(Math.max(0, m.index - 8), m.index)))
        continue;
      if (SET_UP_AFTER.test(text.slice(end - start, end - start + 30))) continue;
      // "the International Development Association (IDA), the bank's fund for the poorest": an
      // aside that describes the name before it names no party.
      if (describesNameBefore(text, start, m.index, list)) continue;
      // "Egypt's central bank said that the bank would receive…": the state's own bank.
      if (stateKindBefore(text, m.index, head.toLowerCase())) continue;
      const key =
        this.referent(head, modifiers, at, list) ??
        bodyNamedAfterQuote(text, start, m.index, head.toLowerCase(), modifiers)?.key;
      if (key === undefined) continue;
      const possessive = owns;
      const body = describedActor(key, "Organization", at, end, possessive);
      // The place or bloc that only qualifies the kind is no party of its own.
      const kept = list.filter((a) => a.end <= at || a.start >= end);
      insertByStart(kept, body);
      out = kept;
    }
    KIND_REFERENCE.lastIndex = 0;
    return out ?? actors;
  }

  /**
   * The body the kind stands for (body-by-kind.ts), none when the article has since introduced a
   * thing of that kind itself: "The Kuwait Fund … a new fund for clinics … the fund".
   */
  private referent(
    head: string,
    modifiers: readonly string[],
    at: number,
    actors: readonly Actor[],
  ): string | undefined {
    const kind = head.toLowerCase();
    const capital = CAPITALISED.test(head);
    return bodyOfKind(kind, at, { capital, modifiers, also: actors })?.key;
  }
}

/** Whether a state's own body of the kind stands in the text before `index`. */
function stateKindBefore(text: string, index: number, kind: string): boolean {
  STATE_KIND.lastIndex = 0;
  for (let m = STATE_KIND.exec(text); m !== null && m.index < index; m = STATE_KIND.exec(text))
    if ((m[1] ?? "").toLowerCase() === kind) {
      STATE_KIND.lastIndex = 0;
      return true;
    }
  STATE_KIND.lastIndex = 0;
  return false;
}

const PAID_INTO = /\b(?:to|into|towards?)\s+$/i;
/** Kinds that are pots money is paid into, not bodies it is given to ("to the UN agency"). */
const POT = /^(?:fund|facility)$/i;
const SET_UP_AFTER =
  /^\s+(?:(?:that|which)\s+\w+\s+)?(?:set up|created|established|launched|formed)\b/i;

/** A comma, perhaps after a bracketed short name, between a name and the phrase describing it. */
const APPOSITION = /^\s*(?:\([^()]{1,12}\)\s*)?,\s*$/;

/** Whether the phrase at `index` of the text stands in apposition to a name right before it. */
function describesNameBefore(
  text: string,
  start: number,
  index: number,
  actors: readonly Actor[],
): boolean {
  if (text.lastIndexOf(",", index) < index - 16) return false;
  return actors.some(
    (a) =>
      a.label !== "Country" &&
      a.end - start <= index &&
      APPOSITION.test(text.slice(a.end - start, index)),
  );
}

/** "of" and a capital, or a capitalised word, right after the kind: the kind opens a name. */
const NAME_AFTER = /^(?:\s+of\s+(?:the\s+)?\p{Lu}|\s+\p{Lu}[\p{L}\d&-]*(?![\p{L}]))/u;

/**
 * Whether the words before the kind leave it a description of a body named before: none, a place
 * it is based in, an acronym ("the EU lender"), a demonym before a lower-case kind ("the Kuwaiti
 * fund"), or a word of `MODIFIER` — not "central", "state", "national", "news", "food" (another
 * body), nor a capitalised word before a capitalised kind ("the Arab Bank" is a name).
 */
function modifiersDescribe(modifiers: readonly string[], capitalHead: boolean): boolean {
  return modifiers.every(
    (w) =>
      MODIFIER.test(w) ||
      PLACE_OR_ACRONYM.test(w) ||
      (!capitalHead && CAPITALISED.test(w) && !STATE_WORD.test(w)),
  );
}

/** Capitalised words that make the kind a state's own body: "the Central Bank", "the National Fund". */
const STATE_WORD = /^(?:Central|National|State|Federal|Reserve|Sovereign|Public|Commercial)$/;
