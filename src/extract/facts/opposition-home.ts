import { COUNTRY_INFO, lookupCountryForm } from "../gazetteer/countries.ts";
import type { Actor } from "../resolve/actor.ts";
import { articleState } from "./opposition-memory.ts";

/**
 * The state an article is datelined in. "The government spokesman", "the Agriculture Ministry":
 * a state's organ named without its state is, in news prose, the dateline state's.
 */
let home: string | undefined;

/**
 * Each national capital that is no other state's: "Castries", "Victoria". In running text such a
 * name may be a person's or another city's, and the gazetteer leaves it out; as a dateline it
 * places the story.
 */
const CAPITALS: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string | undefined>();
  for (const c of COUNTRY_INFO.values())
    if (c.capital !== undefined) seen.set(c.capital, seen.has(c.capital) ? undefined : c.iso3);
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== undefined));
})();

/** A run of letters (global: used by replace only). */
const LETTERS = /\p{L}+/gu;

/** Notes the dateline of the article whose sentences come next ("Juba", "MEXICO CITY"). */
export function setHomeDateline(dateline: string | undefined): void {
  const place = dateline?.replace(LETTERS, (w) => w.charAt(0) + w.slice(1).toLowerCase());
  home = place === undefined ? undefined : stateOfPlace(place);
}

/** The state a place names, itself or by its capital ("Slovakia", "Santo Domingo"), if any. */
function stateOfPlace(place: string): string | undefined {
  return lookupCountryForm(place)?.iso3 ?? CAPITALS.get(place);
}

/** The dateline's state, as a country key. */
export function homeState(): string | undefined {
  return home === undefined ? undefined : `country:${home}`;
}

/** "the government spokesman, Michael Lee," or "Michael Lee, the government spokesman,". */
const BEFORE_NAME = /\bthe\s+(?:chief\s+)?government\s+spokes(?:man|woman|person)\s*,?\s*$/i;
/** "Government spokesman Michael Lee", "…, government spokesperson Ana Diaz": with no article. */
const BARE_BEFORE_NAME = /(?:^|[,;:]\s*)(?:chief\s+)?government\s+spokes(?:man|woman|person)\s+$/i;
const AFTER_NAME = /^\s*,\s+the\s+(?:chief\s+)?government\s+spokes(?:man|woman|person)\s*,/i;

/**
 * "Information Minister Michael Makuei Lueth, the government spokesman, accused…": a person told
 * to speak for a government that is not named speaks for the dateline state. "Government
 * spokesman Michael Lee accused…", of a person whose state the article does not tell: the
 * dateline's state, else the one the article names most of those the sentence does not
 * (unownedState).
 */
export function homeVoice(
  text: string,
  start: number,
  holder: Actor,
  parties: readonly Actor[],
): Actor | undefined {
  if (holder.label !== "Person") return undefined;
  const before = text.slice(Math.max(0, holder.start - start - 60), holder.start - start);
  const home = homeState();
  if (
    home !== undefined &&
    (BEFORE_NAME.test(before) ||
      AFTER_NAME.test(text.slice(holder.end - start, holder.end - start + 60)))
  )
    return asState(holder, home);
  const state =
    holder.country === undefined && BARE_BEFORE_NAME.test(before)
      ? unownedState(parties)
      : undefined;
  return state === undefined ? undefined : asState(holder, state);
}

/**
 * The state an organ named without its state speaks for ("The foreign ministry summoned Chinese
 * Ambassador Wang…", "The presidency condemned…"): the dateline's, else the state the article has
 * named most, other than those its sentence names (`parties`: the ambassador's).
 */
export function unownedState(parties: readonly Actor[]): string | undefined {
  return (
    homeState() ??
    articleState((key) => !parties.some((a) => a.label === "Country" && a.key === key))
  );
}

/** `holder` standing for the state whose country key is `key`. */
export function asState(holder: Actor, key: string): Actor {
  return { ...holder, key, label: "Country", country: key.slice(8), via: "country" };
}

/** "the ministry", "the foreign ministry": a ministry, its portfolio or none. */
const MINISTRY = String.raw`(?:(?:foreign|defence|defense|interior|justice|trade|economy|agriculture|finance)\s+)?ministry`;

/** Words for one who speaks for an organ: "spokesperson", "official". */
export const ORGAN_VOICES = String.raw`spokes(?:person|man|woman)|official`;

/**
 * "The presidency on Monday condemned…", "the foreign ministry said", "In a statement, the
 * presidency…" (after any comma): an organ with no state; or one who speaks for it, "a ministry
 * spokesperson", "a government official".
 */
const UNNAMED_ORGAN = new RegExp(
  String.raw`(?:^(?:[Oo]n\s+\w+day,?\s+)?|[,;]\s*|\b(?:and|but)\s+)(?:[Tt]he\s+(?:presidency|government|cabinet|${MINISTRY}|ministry\s+of\s+(?:foreign\s+affairs|defen[cs]e|the\s+interior))|(?:[Tt]he|[Aa]n?)\s+(?:senior\s+)?(?:presidency|presidential|government|${MINISTRY})\s+(?:${ORGAN_VOICES}))\s+(?:(?:on\s+\w+day|also|has|have|had|\w+ly)\s+)*$`,
);

/**
 * The state of unownedState standing for an organ named without its state just before `at`, when
 * no party is named there.
 */
export function unnamedOrgan(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor[] {
  const state = unownedState(parties);
  if (state === undefined || !UNNAMED_ORGAN.test(text.slice(0, at - start))) return [];
  return [
    {
      key: state,
      label: "Country",
      start: at,
      end: at,
      from: -1,
      to: -1,
      via: "description",
      possessive: false,
      place: false,
      country: state.slice(8),
      locationOnly: undefined,
      name: undefined,
    },
  ];
}
