import { slugify } from "../text/slug.ts";
import type { FundingMention } from "./find-funding.ts";

/**
 * A named facility, window or hub is a body when the text treats it as one: "A$50 million for the
 * Coral Sea Facility, the region's own climate fund", "…to the Andes Water Window, which lends to
 * towns", "…to the Nile Basin Hub, whose board meets in May". Money paid into it goes to that
 * body, not to a purpose of that name. Told of as a programme or a plan ("the Green Jobs Facility,
 * a programme that trains…"), or with nothing said of it, it stays what the money is for.
 */
export function namedFunds(found: FundingMention[], text: string): FundingMention[] {
  if (!FUND_HEAD_HINT.test(text)) return found;
  let out: FundingMention[] | undefined;
  found.forEach((f, i) => {
    const name =
      f.recipient === undefined
        ? undefined
        : "issue" in f.recipient
          ? PROPER_FUND.test(f.recipient.issue) && treatedAsBody(text, f.recipient.issue)
            ? f.recipient.issue
            : undefined
          : longerBody(text, f.recipient.actor.key);
    if (name === undefined) return;
    out ??= [...found];
    out[i] = {
      ...f,
      recipient: { actor: { key: `org:${slugify(name)}`, label: "Organization" } },
      recipientName: name,
    };
  });
  return out ?? found;
}

/** Cheap test: a sentence with no such head noun names no such body. */
const FUND_HEAD_HINT = /Facility|Fund|Window|Hub|Trust|Vehicle|Account|Platform|Pool/;

/** "Pacific Resilience Facility": capitalised words ending in a head of a pot of money. */
const PROPER_FUND =
  /^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:for|of|and|the|on)\s+)*){1,6}(?:Facility|Fund|Window|Hub|Trust|Vehicle|Account|Platform|Pool)$/u;

/**
 * What the text says right after the name: an apposition of a body's kind (", the region's own
 * climate fund", ", a trust fund run by…", ", the investment fund Brazil launched"), a clause of
 * what it does (", which lends…", ", which helps small states…") or of what it has (", whose
 * board…").
 */
const AS_BODY =
  /^\s*,\s+(?:(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:fund|body|agency|institution|lender|bank|vehicle|trust|organi[sz]ation|secretariat|pool|financier|investor)\b|(?:which|that)\s+(?:also\s+|now\s+|already\s+)?(?:lends|helps|funds|finances|invests|pays|grants|gives|manages|pools|channels|supports|disburses|backs|makes|awards|is\s+(?:based|run|managed|hosted|headquartered|administered))\b|whose\s+(?:\w+\s+)?(?:board|secretariat|members|staff|managers|trustees|governors|chief|head|director)\b)/iu;

/**
 * "£5 million goes to the Commonwealth Climate Finance Access Hub, which helps small states": a
 * listed body's name ("Commonwealth") that goes on to a fund's head names that other body.
 */
function longerBody(text: string, key: string): string | undefined {
  if (!key.startsWith("org:")) return undefined;
  const stem = `${key.slice("org:".length)}-`;
  PROPER_FUND_IN.lastIndex = 0;
  for (let m = PROPER_FUND_IN.exec(text); m !== null; m = PROPER_FUND_IN.exec(text)) {
    const name = m[0].replace(/^(?:The|the)\s+/, "");
    if (slugify(name).startsWith(stem) && treatedAsBody(text, name)) return name;
  }
  return undefined;
}

/** PROPER_FUND within a sentence. */
const PROPER_FUND_IN =
  /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:for|of|and|the|on)\s+)*){1,6}(?:Facility|Fund|Window|Hub|Trust|Vehicle|Account|Platform|Pool)\b/gu;

function treatedAsBody(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && AS_BODY.test(text.slice(at + name.length, at + name.length + 120));
}
