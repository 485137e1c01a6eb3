import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingMention } from "./find-funding.ts";
import { gatedTest, letterGate } from "../text/letter-gate.ts";

/**
 * The titles of a body's head or senior officer, who commits the body's money. A company's chief
 * executive is left out: what "Acme CEO X donated" gives is as often the CEO's own money.
 */
const HEAD =
  "(?:(?:new|outgoing|incoming|current|acting|interim)\\s+)?(?:(?:executive\\s+)?vice[\\s-]+)?(?:president|chief|head|boss|managing\\s+director|director[\\s-]+general|secretary[\\s-]+general|chair(?:man|woman|person)?|governor|executive\\s+director|administrator|commissioner|high\\s+(?:representative|commissioner))";

/** "IMF Managing Director Kristalina Georgieva", "the World Bank's president, Ajay Banga". */
const BODY_THEN_TITLE = new RegExp(`^(?:['’]s)?\\s+${HEAD}\\s*,?\\s+$`, "i");
/** "the President of the European Commission, Ursula von der Leyen": the title opens the phrase. */
const TITLE_OF = new RegExp(`\\b${HEAD}\\s+of\\s+(?:the\\s+)?$`, "i");
const NAME_AFTER_BODY = /^\s*,?\s+$/;
/** "Ursula von der Leyen, the president of the European Commission", "…, who heads the IMF". */
const NAME_THEN_TITLE = new RegExp(
  `^\\s*,\\s+(?:(?:the\\s+)?${HEAD}\\s+of\\s+(?:the\\s+)?|who\\s+(?:heads|leads|runs|chairs)\\s+(?:the\\s+)?)$`,
  "i",
);
/** "Masato Kanda, ADB president": the body, then the title, right after the name. */
const NAME_THEN_BODY = /^\s*,\s+(?:the\s+)?$/;
const TITLE_AFTER = new RegExp(`^(?:['’]s)?\\s+${HEAD}\\b`, "i");

/**
 * "EU Commissioner for Enlargement Marta Kos", "Dubravka Šuica, the European commissioner for the
 * Mediterranean": a member of the Union's executive, who commits its money, named by the title alone.
 */
const COMMISSIONER_BEFORE =
  /\b(?:EU|E\.U\.|European)\s+[Cc]ommissioner(?:\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,3})?\s*,?\s*$/u;
const COMMISSIONER_AFTER = /^\s*,\s+(?:the\s+)?(?:EU|E\.U\.|European)\s+commissioner\b/i;
/** Cheap test: both frames above need "commissioner" (asked for each person of the sentence). */
const mayNameCommissioner = letterGate(/commissioner/i);
const COMMISSION = { key: "org:european-commission", name: "European Commission" } as const;

function unionCommissioner(text: string, start: number, person: Actor): boolean {
  const before = text.slice(Math.max(0, person.start - start - 80), person.start - start);
  return (
    COMMISSIONER_BEFORE.test(before) || COMMISSIONER_AFTER.test(text.slice(person.end - start))
  );
}

/** Bodies whose head speaks for a party or a chamber, not for money the body gives. */
const NOT_A_PAYER = /part(?:y|ies)|parliament|senate|congress|assembly|committee|court|council/;

/** Cheap gate: a sentence can name a head only if it names a title word. */
const HEAD_WORD =
  /\b(?:[Pp]resident|PRESIDENT|[Cc]hief|CEO|[Hh]ead|heads|boss|[Dd]irector|[Ss]ecretary|[Cc]hair|[Gg]overnor|[Aa]dministrator|[Cc]ommissioner|[Rr]epresentative|leads|runs)/;

/** HEAD_WORD's test, answered without it where its letters are missing (most sentences). */
const hasHeadWord = gatedTest(HEAD_WORD);

/**
 * The bodies the article's people are introduced as heading: "IMF Managing Director Kristalina
 * Georgieva visited Lusaka. Georgieva said the Fund would disburse $180 million" — a head of a
 * lender, fund or bank with no state of their own announces, signs or approves the body's money,
 * so in a later sentence the body stands for them as the payer.
 */
export class HeadedBodies {
  private readonly heads = new Map<string, Actor>();
  /** Where this sentence names a body only to introduce its head: "X, the head of the IMF,". */
  private introducing: number[] = [];

  /** Remembers each person of no state this sentence introduces by a body's title. */
  note(sentence: AnalyzedSentence, actors: readonly Actor[]): void {
    if (this.introducing.length > 0) this.introducing = [];
    if (actors.length === 0 || !hasHeadWord(sentence.sentence.text)) return;
    const { text, start } = sentence.sentence;
    if (mayNameCommissioner(text))
      for (const a of actors)
        if (a.label === "Person" && a.via === "name" && unionCommissioner(text, start, a))
          this.remember(a, {
            ...a,
            key: COMMISSION.key,
            label: "Organization",
            name: COMMISSION.name,
          });
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i];
      const b = actors[i + 1];
      if (a === undefined || b === undefined) continue;
      if (a.label === "Organization" && b.label === "Person") {
        const between = text.slice(a.end - start, b.start - start);
        if (
          BODY_THEN_TITLE.test(between) ||
          (NAME_AFTER_BODY.test(between) && TITLE_OF.test(text.slice(0, a.start - start)))
        )
          this.remember(b, a);
      } else if (a.label === "Person" && b.label === "Organization") {
        const between = text.slice(a.end - start, b.start - start);
        if (
          NAME_THEN_TITLE.test(between) ||
          (NAME_THEN_BODY.test(between) && TITLE_AFTER.test(text.slice(b.end - start)))
        )
          this.remember(a, b);
      }
    }
  }

  private remember(person: Actor, body: Actor): void {
    if (person.country !== undefined || person.possessive || NOT_A_PAYER.test(body.key)) return;
    this.introducing.push(body.start);
    if (!this.heads.has(person.key)) this.heads.set(person.key, body);
  }

  /** The bodies standing for heads that pay in `found`: a body the title alone named has no entity yet. */
  usedIn(found: readonly FundingMention[]): { key: string; name: string }[] {
    const out: { key: string; name: string }[] = [];
    for (const body of this.heads.values())
      if (body.name !== undefined && found.some((f) => f.funder?.key === body.key))
        out.push({ key: body.key, name: body.name });
    return out;
  }

  /**
   * The sentence's parties, each head the body stands for unless the sentence names it too — other
   * than to introduce the head: "Kristalina Georgieva, the head of the IMF, announced…" is the IMF.
   */
  asPayers(actors: readonly Actor[]): readonly Actor[] {
    if (this.heads.size === 0) return actors;
    let out: Actor[] | undefined;
    actors.forEach((a, i) => {
      const body = a.label === "Person" ? this.heads.get(a.key) : undefined;
      const named = (o: Actor): boolean =>
        sameFamily(o, body as Actor) && !this.introducing.includes(o.start);
      if (body === undefined || actors.some(named)) return;
      out ??= [...actors];
      out[i] = {
        ...a,
        key: body.key,
        label: "Organization",
        country: body.country,
        ...(body.name === undefined ? {} : { name: body.name }),
      };
    });
    return out ?? actors;
  }
}

/**
 * The body itself, or one of its family named by the same first word: in "Von der Leyen announced
 * €1.8 billion of EU investment" the Union named on the money pays, and its Commission's head
 * stays the one who speaks.
 */
function sameFamily(other: Actor, body: Actor): boolean {
  if (other.label !== "Organization") return false;
  if (other.key === body.key) return true;
  const first = (key: string): string => key.slice("org:".length).split("-")[0] ?? "";
  return first(other.key) === first(body.key);
}
