import { COUNTRY_INFO } from "../gazetteer/countries.ts";
import type { Actor } from "../resolve/actor.ts";
import { latestOrg } from "./opposition-memory.ts";

/**
 * A text a meeting of a body issues, as the subject of a stance: "the final declaration", "the
 * closing communiqué", "their joint statement", "the summit's communiqué", "the Bishkek
 * declaration", up to three words before the head.
 */
const DOCUMENT_SUBJECT =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:declaration|communiqu[eé]|(?:joint|final|closing|summit)\s+statement)\s+(?:(?:on\s+\w+day|also|\w+ly)\s+)*$/u;

/**
 * A body whose members meet and speak together, by the words of its key: "org:group-of-seven",
 * "org:shanghai-cooperation-organisation", "org:african-union", "org:nordic-baltic-eight".
 */
const MEMBERS_BODY =
  /^org:.*\b(?:group|organi[sz]ation|union|community|alliance|league|council|forum|cooperation|association|commonwealth|bloc|partnership|conference|summit|eight|seven|twenty)\b/;

/**
 * "Leaders of the Shanghai Cooperation Organisation met in Bishkek… The Bishkek declaration
 * condemned unilateral sanctions", "Group of Seven ministers met in Paris… The closing communiqué
 * condemned Russia's attacks": a summit's text names no party of its own, and its stance is the
 * body's whose members met, the latest such body the article named. The capital where the
 * summit met ("Bishkek") is no author; a state, a person or a body named in the phrase is
 * ("the U.S. statement", "the G7 communiqué"), and is left to the other readings. `at` is where the
 * stance's verb starts.
 */
export function documentIssuer(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  const m = DOCUMENT_SUBJECT.exec(text.slice(0, at - start));
  if (m === null) return undefined;
  const from = start + m.index;
  const named = parties.filter((a) => a.start >= from && a.end <= at);
  if (named.some((a) => !isCapital(text.slice(a.start - start, a.end - start), a)))
    return undefined;
  const body = latestOrg((o) => MEMBERS_BODY.test(o.key));
  if (body === undefined) return undefined;
  return {
    ...body,
    start: from,
    end: from,
    from: -1,
    to: -1,
    via: "description",
    possessive: false,
  };
}

/** Whether `written` names `a`'s state by its capital: "Bishkek" for Kyrgyzstan. */
function isCapital(written: string, a: Actor): boolean {
  return a.label === "Country" && COUNTRY_INFO.get(a.key.slice(8))?.capital === written;
}
