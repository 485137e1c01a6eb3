import { patternOrg } from "../gazetteer/organization-index.ts";
import { ORG_KEYWORDS, TRADE_WORDS } from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { spanOf } from "./span.ts";
import { type Mention, nameMention } from "./mention.ts";
import { attachTitleContext } from "./title-context.ts";
import {
  countryLedOrg,
  longerOf,
  matchPlace,
  matchForm,
  matchLowercaseMinistry,
  matchNationalBody,
} from "./match-forms.ts";
import { matchTitle } from "./match-title.ts";
import { matchRun } from "./match-run.ts";
import { countryCompound } from "./country-compound.ts";
import { placeAsGivenName } from "./place-given-name.ts";
import { americanRegion } from "./american-region.ts";
import { namesakePlace } from "./namesake-place.ts";
import { eponymousBody } from "./eponymous-body.ts";
import { abbreviatedTitle } from "./abbreviated-title.ts";
import { ALL_CAPITALS, ARTICLE_HYPHEN_NAME } from "../text/char-classes.ts";
import { definedOrgs } from "./defined-orgs.ts";
import { mayOpenLowercase } from "./lowercase-opener.ts";
import { membersBody } from "./members-body.ts";
import { membersNamedBody } from "./members-named-body.ts";
import { jointBody } from "./joint-bodies.ts";
import { stateOutlet } from "./state-outlets.ts";
import { shapedBodies } from "./shaped-bodies.ts";
import { portfolioLists } from "./portfolio-list.ts";

/** Finds countries, organisations, titles, names and places in one tokenized sentence. */
export function findMentions(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchAt(tokens, i, mentions);
    if (found === undefined) {
      i++;
      continue;
    }
    mentions.push(found);
    i = found.to;
  }
  return attachTitleContext(
    tokens,
    shapedBodies(tokens, portfolioLists(tokens, definedOrgs(tokens, mentions))),
  );
}

/**
 * "President Santiago Peña", "Defence Minister Israel Katz": right after a title, a country or
 * capital followed by another capitalised word is the person's given name.
 */
function givenNameAfterTitle(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const title = before.at(-1);
  // "Its spokesman, Sidi Yahya Tunis,": a name set off after its title ends the same way.
  if (title?.kind === "title" && title.to === i - 1 && tokens[i - 1]?.text === ",")
    return apposedSurname(tokens, i, before);
  if (title?.kind !== "title" || title.to !== i) return undefined;
  // "President Duma Boko": a body's short name may be a given name too.
  const country = matchForm(tokens, i, "country") ?? matchForm(tokens, i, "org");
  // "Mother Nature Cambodia": a kinship word is too weak a title to make the country a surname.
  if (country === undefined)
    return /^(?:mother|father|sister|brother|son|daughter|wife|husband|widow)$/i.test(title.role)
      ? undefined
      : surnameLikeCountry(tokens, i, before);
  const next = tokens[country.to];
  if (country.possessive || next?.capitalized !== true) return undefined;
  if (matchForm(tokens, country.to, "country") !== undefined) return undefined;
  const run = matchRun(tokens, i, before);
  return run?.kind === "name" && run.to > country.to ? run : undefined;
}

/** "Its spokesman, Sidi Yahya Tunis, accused…": a surname like a capital, closed by a comma. */
function apposedSurname(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const found = surnameLikeCountry(tokens, i, before, true);
  return found !== undefined && tokens[found.to]?.text === "," && found.to - i >= 3
    ? found
    : undefined;
}

/**
 * "Prime Minister Luís Montenegro and…": after a title, a country's one-word name that ends a run
 * of capitalised words is the person's surname.
 */
function surnameLikeCountry(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
  capitalToo = false,
): Mention | undefined {
  const run = matchRun(tokens, i, before);
  if (run?.kind !== "name" || run.possessive) return undefined;
  const country = matchForm(tokens, run.to, "country");
  const form = country?.kind === "country" ? country.form : undefined;
  if (
    country === undefined ||
    (form !== "name" && !(capitalToo && form === "capital")) ||
    country.to !== run.to + 1
  )
    return undefined;
  if (tokens[country.to]?.capitalized === true) return undefined;
  const text = joinTokens(tokens, i, country.to);
  const words = [...run.words, tokens[run.to]?.text ?? ""];
  return nameMention(words, run.honorific, spanOf(tokens, i, country.to, text));
}

/**
 * "the OPEC Fund for International Development": a known body's name opening a longer name of
 * capitalised words that ends like a body's is that other body.
 */
function namedAfterBody(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const known = matchForm(tokens, i, "org");
  if (known === undefined || tokens[known.to]?.capitalized !== true) return undefined;
  const run = matchRun(tokens, known.to, before);
  if (
    run?.kind !== "org" ||
    run.from !== known.to ||
    // "Cosco Shipping" after the known Cosco: a trade word names no other body.
    !run.text.split(/\s+/).some((w) => ORG_KEYWORDS.has(w) && !TRADE_WORDS.has(w))
  )
    return undefined;
  const text = joinTokens(tokens, i, run.to);
  return { ...run, org: patternOrg(text, run.org.country), ...spanOf(tokens, i, run.to, text) };
}

/** What may follow a branch's name: a stop, or the verb it is the subject of. */
const AFTER_BRANCH = /^(?:said|says|has|have|had|also|is|was|urged|called|warned|\p{Ll}+ed)$/u;

/**
 * "Greenpeace Canada", "Amnesty International Ukraine": a body named in full (not by an
 * abbreviation) followed by a state's name, then a stop or a verb, is the body's national branch.
 */
function nationalBranch(tokens: readonly Token[], i: number): Mention | undefined {
  const known = matchForm(tokens, i, "org");
  if (known?.kind !== "org" || known.possessive || ALL_CAPITALS.test(known.text)) return undefined;
  const state = matchForm(tokens, known.to, "country");
  if (state?.kind !== "country" || state.form !== "name" || state.possessive) return undefined;
  const next = tokens[state.to];
  if (next !== undefined && !next.punct && !AFTER_BRANCH.test(next.text)) return undefined;
  const text = joinTokens(tokens, i, state.to);
  return {
    ...known,
    org: { ...patternOrg(text, state.iso3), country: state.iso3 },
    ...spanOf(tokens, i, state.to, text),
  };
}

function matchAt(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const t = tokens[i];
  if (t === undefined || t.punct) return undefined;
  if (!t.capitalized && !mayOpenLowercase(tokens, i, before)) return undefined;
  // "the NGO Sea Rescue Aid": the kind, written in capitals, is not part of the name it introduces.
  if (t.lower === "ngo" && tokens[i + 1]?.capitalized === true) return undefined;
  return (
    membersBody(tokens, i, before) ??
    membersNamedBody(tokens, i) ??
    jointBody(tokens, i) ??
    americanRegion(tokens, i) ??
    namesakePlace(tokens, i) ??
    countryCompound(tokens, i) ??
    countryLedOrg(tokens, i) ??
    givenNameAfterTitle(tokens, i, before) ??
    placeAsGivenName(tokens, i, before) ??
    longerOf(matchForm(tokens, i, "country"), matchPlace(tokens, i)) ??
    namedAfterBody(tokens, i, before) ??
    nationalBranch(tokens, i) ??
    matchForm(tokens, i, "org") ??
    matchLowercaseMinistry(tokens, i) ??
    stateOutlet(tokens, i, before) ??
    matchNationalBody(tokens, i, before) ??
    eponymousBody(tokens, i) ??
    abbreviatedTitle(tokens, i) ??
    matchTitle(tokens, i, before) ??
    // "spoke with al-Alimi": a surname with a lowercase Arabic article is still a name.
    (t.capitalized || ARTICLE_HYPHEN_NAME.test(t.text) ? matchRun(tokens, i, before) : undefined)
  );
}
