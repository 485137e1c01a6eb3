import { ORG_KEYWORDS } from "../gazetteer/words.ts";
import type { Actor } from "./actor.ts";
import type { AnalyzedSentence } from "./analyzed-sentence.ts";
import type { BodiesByKind } from "./body-by-kind.ts";
import { unnamedKinds } from "./unnamed-kinds.ts";
import { describedKind, ownedBody } from "./described-kind.ts";

/**
 * Keywords a state has a body of its own for: "the Parliament", "the Government", "the Police"
 * may name the state's own body, not the last one named with that word; the national-body rules
 * read those.
 */
const STATE_WORDS: ReadonlySet<string> = new Set([
  "ministry",
  "ministries",
  "department",
  "office",
  "parliament",
  "government",
  "cabinet",
  "army",
  "navy",
  "police",
  "forces",
  "administration",
  "senate",
  "congress",
  "guard",
  "headquarters",
]);

/** Body keywords a capitalised kind noun may be ("the Movement", "the Court", "the Board"). */
const KINDS: ReadonlySet<string> = new Set([
  ...[...ORG_KEYWORDS].map((w) => w.toLowerCase()).filter((w) => !STATE_WORDS.has(w)),
  "facility",
  "board",
  "lender",
]);

const ONE_WORD_KEY = /^org:([a-z]+)$/;

/** The kind a body's key is when the text called it by its kind alone ("org:fund"). */
function kindOfKey(key: string): string | undefined {
  const kind = ONE_WORD_KEY.exec(key)?.[1];
  return kind !== undefined && KINDS.has(kind) ? kind : undefined;
}

/**
 * The sentence's actors, in text order, with each body called by its kind alone taken up, and
 * every body named noted in the article's index (body-by-kind.ts), which the fact finders ask
 * later: "The Movement for Democratic Renewal won 40 seats… the Movement denounced the count",
 * "the Fund", "the Board" stand for the latest body named in full whose name fits. So does a
 * one-word name the gazetteer gives to one body ("the Commission", the European one) when the
 * article has named another with that head ("the African Union Commission… the Commission
 * said"). Done before pronouns are read, so that "it" after "the Commission" is the same body.
 * Things of a kind told with no name ("a new fund") are noted too: "the fund" after one is that.
 */
export function takeUpKinds(s: AnalyzedSentence, actors: Actor[], bodies: BodiesByKind): Actor[] {
  for (const u of unnamedKinds(s.sentence.text, s.sentence.start, actors))
    bodies.addUnnamed(u.kind, u.at);
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.label !== "Organization" || a.via === "description" || a.via === "pronoun") continue;
    const kind = kindOfKey(a.key);
    const taken = takenUp(a, kind, s, bodies);
    if (kind === undefined || taken !== a) {
      const { text, start } = s.sentence;
      const host = ownedBody(text, start, lastBody(actors, i), a);
      bodies.add(taken, describedKind(text, start, a), host?.key);
    }
    actors[i] = taken;
  }
  return actors;
}

/** The last body among the actors before the `i`th. */
function lastBody(actors: readonly Actor[], i: number): Actor | undefined {
  for (let j = i - 1; j >= 0; j--) if (actors[j]!.label === "Organization") return actors[j];
  return undefined;
}

/** A one-word surface among the kinds: "Commission", "Council". */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

const AS_CAPITAL = { capital: true };

function takenUp(
  actor: Actor,
  kind: string | undefined,
  s: AnalyzedSentence,
  bodies: BodiesByKind,
): Actor {
  if (kind !== undefined) return asBody(actor, bodies.bodyOfKind(kind, actor.start, AS_CAPITAL));
  if (actor.via !== "org" || actor.end - actor.start > 14) return actor;
  const { text, start } = s.sentence;
  const surface = text.slice(actor.start - start, actor.end - start);
  const word = surface.toLowerCase();
  if (!ONE_WORD.test(surface) || !KINDS.has(word)) return actor;
  return asBody(
    actor,
    bodies.bodyOfKind(word, actor.start, { capital: true, accept: headed(word) }),
  );
}

/** Bodies whose name's last word, or the word before "of"/"for", is `word`. */
function headed(word: string): (a: Actor) => boolean {
  const test = new RegExp(`(?:^|\\s)${word}(?:$|\\s+(?:of|for)\\s)`, "i");
  return (a) => test.test(a.name ?? "");
}

function asBody(actor: Actor, body: Actor | undefined): Actor {
  if (body === undefined || body.key === actor.key) return actor;
  return { ...actor, key: body.key, name: body.name, country: body.country };
}
