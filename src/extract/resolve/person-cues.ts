import type { Mention, NameMention, TitleMention } from "../mentions/mention.ts";
import { LEADING_ROLES } from "../gazetteer/titles.ts";
import type { Token } from "../text/tokenize.ts";
import {
  cannotBePerson,
  objectOfPreposition,
  occupationBefore,
  whoAfterAside,
  ownsTerritorialOffice,
  possessivePersonalName,
} from "./person-vetoes.ts";
import { remitBeforeName, remitTailBeforeName } from "./role-remit.ts";
import { roleApposition } from "./role-apposition.ts";
import { spokenTo } from "./spoken-to.ts";
import { titleAfterCopula } from "./title-after-copula.ts";
import { CAPITAL_FIRST, PARTICIPLE } from "../text/char-classes.ts";

/** Verbs that, right after a capitalised name, show it is a person acting or speaking. */
const PERSON_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "tells",
  "added",
  "asked",
  "stressed",
  "warned",
  "noted",
  "announced",
  "insisted",
  "argued",
  "wrote",
  "tweeted",
  "explained",
  "urged",
  "met",
  "meets",
  "spoke",
  "speaks",
  "visited",
  "visits",
  "arrived",
  "signed",
  "hosted",
  "welcomed",
  "received",
  "called",
  "phoned",
  "condemned",
  "criticised",
  "criticized",
  "pledged",
  "promised",
  "vowed",
  "declared",
  "emphasized",
  "emphasised",
  "stated",
  "replied",
  "responded",
  "acknowledged",
  "admitted",
  "denied",
  "agreed",
  "expressed",
  "thanked",
  "praised",
  "accused",
  "rejected",
  "held",
  "travelled",
  "traveled",
  "flew",
  "returned",
  "added",
  "recalled",
  "discussed",
  "slammed",
  "blasted",
  "denounced",
  "threatened",
  "attacked",
  "hailed",
  "hold",
  "meet",
  "say",
  "tell",
  "visit",
  "sign",
  "call",
  "host",
  "chaired",
  "chairs",
  "opened",
  "closed",
  "led",
  "leads",
  "confirmed",
  "reiterated",
  "underlined",
  "highlighted",
  "lamented",
]);

/**
 * "met Scholz", "was meeting Luis Vega", "after hosting Ana Lobo": the object of a meeting verb,
 * also of its participle after an auxiliary or a conjunction of time (the two words before).
 */
const MEETING_OBJECT =
  /(?:^|\s)(?:met|meets|meet|hosted|received|welcomed|telephoned|phoned|met with|talks with|spoke with|spoke to|call with|meeting with|(?:is|are|was|were|been|be|after|before|while|since|when) (?:meeting|hosting|receiving|welcoming))$/;
const LOCATIVE: ReadonlySet<string> = new Set([
  "in",
  "at",
  "from",
  "to",
  "near",
  "into",
  "across",
  "outside",
]);

export interface PersonCue {
  readonly title: TitleMention | undefined;
  /** A country stated next to the name without a title: "India's Modi". */
  readonly country: string | undefined;
  /**
   * The rank or style written between the office and the name ("Foreign Minister Prince Faisal":
   * "Prince"), by which the article may later call the person ("the prince").
   */
  readonly rank?: TitleMention;
  /** Only what follows the name says it is a person ("X said"): not enough for a lone word at a sentence start. */
  readonly weak?: boolean;
}

/**
 * What the neighbourhood of a name says about it being a person: a title in front
 * ("President Joe Biden"), a title in apposition ("the President of China, Xi Jinping," or
 * "Narendra Modi, India's prime minister,"), an honorific, or a speech or action verb after it.
 */
export function findPersonCue(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  name: NameMention,
): PersonCue | undefined {
  const prev = mentions[index - 1];
  const next = mentions[index + 1];
  if (cannotBePerson(tokens, name) || ownsTerritorialOffice(tokens, name)) return undefined;
  if (!name.possessive && spokenTo(tokens, name.from))
    return { title: undefined, country: undefined, weak: true };
  // "to Viktor Orbán's camp": a possessive name is no place, whatever the preposition.
  if (!name.possessive && LOCATIVE.has(tokens[name.from - 1]?.lower ?? ""))
    return appositionAfterPlaceWord(tokens, mentions, index, name);
  // "called on the president at President's House": a title that owns the name is no cue.
  if (prev?.kind === "title" && prev.to === name.from && !prev.possessive) {
    // "Saudi Foreign Minister Prince Faisal bin Farhan": the office, not the rank, is the title.
    const earlier = mentions[index - 2];
    // "The Emir of Qatar, Sheikh Tamim…": an office in apposition before a rank is the title.
    const apposed =
      tokens[prev.from - 1]?.text === "," && mentions[index - 2]?.to === prev.from - 1
        ? [mentions[index - 2], mentions[index - 3]].find(
            (m): m is TitleMention => m?.kind === "title",
          )
        : undefined;
    const title =
      earlier?.kind === "title" && earlier.to === prev.from ? earlier : (apposed ?? prev);
    return {
      title,
      country: title.country ?? prev.country ?? possessorBefore(mentions, index - 1),
      ...(title === prev ? {} : { rank: prev }),
    };
  }
  const appositionBefore = titleBeforeComma(tokens, mentions, index, name);
  if (appositionBefore !== undefined)
    return { title: appositionBefore, country: appositionBefore.country };
  const appositionAfter =
    titleAfterComma(tokens, mentions, index, name) ??
    titleAfterCopula(tokens, mentions, index, name);
  if (appositionAfter !== undefined)
    return { title: appositionAfter, country: appositionAfter.country };
  // "India's Modi" names a person; "Kosovo's Serbs" names a people.
  if (prev?.kind === "country" && prev.possessive && prev.to === name.from && name.words.length > 1)
    return { title: undefined, country: prev.iso3 };
  if (name.honorific) return { title: undefined, country: undefined };
  if (possessivePersonalName(tokens, name)) return { title: undefined, country: undefined };
  // "María Corina Machado, the opposition's most popular figure, who…": "who" after an aside.
  if (name.words.length > 1 && whoAfterAside(tokens, name.to))
    return { title: undefined, country: undefined };
  // "the former footballer Mikheil Kavelashvili": a full name after a noun for what one does.
  if (name.words.length > 1 && occupationBefore(tokens, name.from))
    return { title: undefined, country: undefined };
  // "Martin Griffiths, who warned", "Omar Saleh, whom it accused": only people are "who(m)".
  const relative = tokens[name.to]?.text === "," ? tokens[name.to + 1] : tokens[name.to];
  // "Friends who met him": a lone word with a restrictive "who" (no comma) may be a plain noun.
  if (relative?.text === "who" || relative?.text === "whom")
    return {
      title: undefined,
      country: undefined,
      weak: name.words.length === 1 && tokens[name.to]?.text !== ",",
    };
  // The two words before the name, lowercased.
  const before = tokens
    .slice(Math.max(0, name.from - 2), name.from)
    .map((t) => t.lower)
    .join(" ");
  // "met Scholz", "talks with Albanese": the other party of a meeting verb is a person.
  // "received Johor's chief minister": a possessive name owns the one met.
  if (MEETING_OBJECT.test(before) && !name.possessive)
    return { title: undefined, country: undefined, weak: true };
  if (/\b(headed by|led by|chaired by|according to|hosted by)$/.test(before))
    return { title: undefined, country: undefined };
  // "organisations funded by George Soros": a full name that founds, funds or owns.
  if (name.words.length > 1 && /\b(?:founded|funded|financed|owned) by$/.test(before))
    return { title: undefined, country: undefined };
  // "the House of Representatives, criticised…": one word after "of" ends a body's name.
  if (name.words.length === 1 && tokens[name.from - 1]?.text === "of") return undefined;
  if (verbFollows(tokens, name.to) && !objectOfPreposition(tokens, name))
    return { title: undefined, country: undefined, weak: true };
  // "Laura Sarabia of Colombia": a full name followed by its country.
  if (
    tokens[name.to]?.text === "of" &&
    next?.kind === "country" &&
    (next.from === name.to + 1 ||
      (next.from === name.to + 2 && tokens[name.to + 1]?.text === "the")) &&
    name.words.length > 1
  )
    return { title: undefined, country: next.iso3 };
  // "…, said Kaja Lindqvist": the speaker named after the verb.
  if (
    /^(said|says|added|according to|asked)$/i.test(tokens[name.from - 1]?.text ?? "") &&
    name.words.length > 1
  )
    return { title: undefined, country: undefined };
  // "Milan Radoičić, the suspected organiser of…": an apposition whose noun names a role.
  if (roleApposition(tokens, name.to, name.words.length === 1))
    return { title: undefined, country: undefined };
  // "André Ventura, leader of the far-right Chega party,": one who leads a body is a person.
  if (name.words.length > 1 && leaderApposition(tokens, name.to))
    return { title: undefined, country: undefined };
  if (next?.kind === "title" && next.from === name.to) return undefined;
  return undefined;
}

/**
 * "forces loyal to Ahmed Madobe, the leader of the Jubaland state,": after a preposition that
 * usually opens a place, only a full name with a person's apposition after it is a person.
 */
function appositionAfterPlaceWord(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  name: NameMention,
): PersonCue | undefined {
  if (name.words.length < 2) return undefined;
  const title = titleAfterComma(tokens, mentions, index, name);
  if (title !== undefined) return { title, country: title.country };
  return leaderApposition(tokens, name.to) || roleApposition(tokens, name.to, false)
    ? { title: undefined, country: undefined }
    : undefined;
}

const LEADS = new RegExp(`^(?:${[...LEADING_ROLES, "secretary-general"].join("|")})$`, "i");

/** ", leader of the Centre Party", ", the head of the Jubaland state": a leading role over a body. */
function leaderApposition(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.text !== ",") return false;
  const at = tokens[from + 1]?.text === "the" ? from + 2 : from + 1;
  return LEADS.test(tokens[at]?.text ?? "") && /^(?:of|for)$/.test(tokens[at + 1]?.text ?? "");
}

/** "Modi said", "Modi, who…", "Modi also met", "Modi had earlier told": a person's verb follows. */
function verbFollows(tokens: readonly Token[], from: number): boolean {
  let at = tokens[from]?.text === "," ? from + 1 : from;
  for (let skipped = 0; skipped < 2 && ADVERBS.test(tokens[at]?.text ?? ""); skipped++) at++;
  return PERSON_VERBS.has(tokens[at]?.lower ?? "");
}

const ADVERBS =
  /^(also|later|then|earlier|again|had|has|have|was|were|already|separately|did|does|do|will|would|could|can|may|might|must|should|\w+ly)$/i;

/** "Qatar's emir, Sheikh Tamim": a possessive country a few words before the title. */
function possessorBefore(mentions: readonly Mention[], titleIndex: number): string | undefined {
  for (let k = titleIndex - 1; k >= Math.max(0, titleIndex - 2); k--) {
    const m = mentions[k];
    if (m?.kind === "country" && m.possessive) return m.iso3;
    if (m?.kind === "name") return undefined;
  }
  return undefined;
}

/** "the President of China, Xi Jinping": a title (with its "of" country) then a comma. */
function titleBeforeComma(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  name: NameMention,
): TitleMention | undefined {
  if (tokens[name.from - 1]?.text !== ",") return undefined;
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const m = mentions[k];
    if (m === undefined) break;
    if (m.kind === "title" && lastMentionEnd(mentions, k, index) === name.from - 1) return m;
  }
  // "the Speaker of the U.S. House of Representatives, Mike Johnson": a longer "of" phrase.
  for (let k = index - 1; k >= 0 && k >= index - 5; k--) {
    const m = mentions[k];
    if (m?.kind === "title")
      return isOfPhrase(tokens, m.to, name.from - 1) ||
        remitBeforeName(tokens, m.to, name.from - 1, name) ||
        remitTailBeforeName(tokens, m.role, m.to, name.from - 1, name)
        ? m
        : undefined;
  }
  return undefined;
}

/**
 * Tokens [from, to) read "of the U.S. House of Representatives": capitalised words after "of",
 * perhaps with the body's abbreviation in brackets ("of the Japan International Cooperation
 * Agency (JICA)").
 */
export function isOfPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  // "the IMF's mission chief for Pakistan, Nathan Porter", "ambassador to Nepal, X": any such preposition.
  if (to - from < 2 || !/^(?:of|for|to|in)$/.test(tokens[from]?.text ?? "")) return false;
  return tokens
    .slice(from + 1, to)
    .every(
      (t) =>
        t.capitalized || /^(?:of|the|and|\.|\(|\))$/.test(t.text) || CAPITAL_FIRST.test(t.text),
    );
}

function lastMentionEnd(mentions: readonly Mention[], from: number, before: number): number {
  return mentions[before - 1]?.to ?? mentions[from]?.to ?? -1;
}

/** "Narendra Modi, the Indian prime minister," or "Modi, India's prime minister". */
function titleAfterComma(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  name: NameMention,
): TitleMention | undefined {
  if (tokens[name.to]?.text !== ",") return undefined;
  // "…to meet Zelensky, and the four leaders then…": a new clause, not an apposition.
  if (/^(?:and|but|or|while)$/i.test(tokens[name.to + 1]?.text ?? "")) return undefined;
  for (let k = index + 1; k < mentions.length && k <= index + 3; k++) {
    const m = mentions[k];
    if (m === undefined || m.from > name.to + 4) break;
    // "Denis Bećirović, the Bosniak member of…": one capitalised word before the role qualifies it.
    const next = mentions[k + 1];
    if (m.kind === "name" && m.words.length === 1 && next?.kind === "title" && next.from === m.to)
      continue;
    if (m.kind === "name") break;
    // "Separately, Chinese Premier Li Qiang": a title in front of another name is not an apposition.
    // "Rio Grande do Sul, the state's governor, Eduardo Leite,": a role set off before another
    // name is that name's.
    if (m.kind === "title")
      return mentions[k + 1]?.from === m.to ||
        (tokens[m.to]?.text === "," &&
          mentions[k + 1]?.kind === "name" &&
          mentions[k + 1]?.from === m.to + 1) ||
        verbBefore(tokens, name.to + 1, m.from)
        ? undefined
        : m;
  }
  return undefined;
}

/** "Anutin, accused the prime minister": a verb after the comma makes the title its object. */
function verbBefore(tokens: readonly Token[], from: number, to: number): boolean {
  // "the exiled Belarusian opposition leader": a participle after an article is an adjective.
  return tokens
    .slice(from, to)
    .some(
      (t, i) =>
        PERSON_VERBS.has(t.lower) ||
        (PARTICIPLE.test(t.text) && !/^(?:the|a|an)$/i.test(tokens[from + i - 1]?.text ?? "")),
    );
}
