import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { asState, ORGAN_VOICES, unownedState } from "./opposition-home.ts";

/**
 * A state's organ named by its kind alone: "the Foreign Office", "its foreign ministry", "the
 * health ministry".
 */
const GENERIC_ORGAN =
  /^(?:(?:federal[\s-]+)?foreign[\s-]+office|(?:ministry|department)[\s-]+of[\s-]+foreign[\s-]+affairs|\p{L}+[\s-]+ministry|presidency|government|cabinet)$/iu;

function isGenericOrgan(holder: Actor): boolean {
  const name = holder.name ?? holder.key.replace(/^org:/, "").replaceAll("-", " ");
  return holder.label === "Organization" && GENERIC_ORGAN.test(name.replace(/^the\s+/i, ""));
}

/** "In Islamabad, the ", "11:30 — In Islamabad, the ": a capital opening the clause, before the organ. */
const IN_CAPITAL =
  /(?:^(?:[\d:.]+\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[—¦–¬-]+\s*)?|[.;]\s+|,\s+(?:and|but|while)\s+)In\s+$/;

/** ", Tahir Andrabi,": the gap between an organ's spokesperson title and the name after it. */
const SPOKESPERSON_OF_ORGAN = /^\s+spokes(?:person|man|woman)\s*,?\s+$/;

/**
 * "In Islamabad, the Foreign Office condemned…": an organ named by its kind after the capital that
 * opens the clause is that capital's state's, whatever state the bare name is best known for; so
 * is its spokesperson named after it.
 */
export function organPlaced(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  // "In Islamabad, the Foreign Office spokesperson, Tahir Andrabi, accused…": the organ's voice.
  const organ = isGenericOrgan(holder)
    ? holder
    : holder.label === "Person"
      ? parties.find(
          (a) =>
            a.end <= holder.start &&
            isGenericOrgan(a) &&
            SPOKESPERSON_OF_ORGAN.test(text.slice(a.end - start, holder.start - start)),
        )
      : undefined;
  if (organ === undefined) return undefined;
  const capital = parties
    .filter((a) => a.label === "Country" && a.place && a.end <= organ.start)
    .at(-1);
  if (capital === undefined) return undefined;
  if (!/^\s*,\s+(?:the\s+)?$/i.test(text.slice(capital.end - start, organ.start - start)))
    return undefined;
  if (!IN_CAPITAL.test(text.slice(0, capital.start - start))) return undefined;
  return {
    ...holder,
    key: capital.key,
    label: "Country",
    country: capital.country,
    via: "country",
  };
}

/**
 * "Sudan's government reacted angrily. Its foreign ministry condemned…": an organ owned by "its"
 * at the start of a sentence is the organ of the state named last.
 */
export function organOfIts(
  text: string,
  start: number,
  holder: Actor,
  memory: OppositionMemory,
): Actor | undefined {
  if (!isGenericOrgan(holder) || holder.country !== undefined) return undefined;
  if (!/^\s*Its\s+$/.test(text.slice(0, holder.start - start))) return undefined;
  const state = memory.recentStates[0];
  if (state === undefined) return undefined;
  return { ...holder, key: state.key, label: "Country", country: state.country, via: "country" };
}

/** One who speaks for an organ, named right after it: " spokesperson", " official". */
const ORGAN_VOICE = new RegExp(String.raw`^\s+(?:${ORGAN_VOICES})\b`);

/**
 * "The foreign ministry summoned Chinese Ambassador Wang…": an organ named by its kind after "the"
 * ("its foreign ministry" is its owner's) speaks for the state of unownedState, as an organ that
 * is no party does ("The presidency condemned…").
 */
export function organOfThe(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (!isGenericOrgan(holder) || holder.country !== undefined) return undefined;
  // "A foreign ministry spokesperson rejected…": one speaking for the organ does too.
  if (
    !/\b[Tt]he\s+$/.test(text.slice(0, holder.start - start)) &&
    !(
      /\b[Aa]n?\s+$/.test(text.slice(0, holder.start - start)) &&
      ORGAN_VOICE.test(text.slice(holder.end - start))
    )
  )
    return undefined;
  const state = unownedState(parties);
  if (state === undefined) return undefined;
  return asState(holder, state);
}
