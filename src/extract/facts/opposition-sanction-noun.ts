import type { Actor } from "../resolve/actor.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import type { ByPattern } from "./opposition-more-frames.ts";
import { targetOf, type OppositionTarget } from "./opposition-target.ts";
import { stances } from "./opposition-stances.ts";
import { execAll } from "../text/exec-all.ts";
import { lastPlainPartyBefore } from "./clause.ts";
import { NOT_A_DATE } from "../gazetteer/words.ts";
import { opposedList } from "./opposition-target-list.ts";

/**
 * Sanctions told by the noun, with who holds them in front: "as U.S. sanctions on the Russian
 * oil company threatened…", "EU sanctions against the junta took effect", "Rosneft, which has been
 * under EU sanctions since 2014", and the verb "put/placed X under sanctions". The sanctioning party
 * opposes the one sanctioned.
 */
export const SANCTION_NOUN_HINT = /\bsanctions\b/;

/** "sanctions on", "sanctions imposed against": the sanctioned follows. */
export const SANCTIONS_ON = new RegExp(
  String.raw`\bsanctions\s+(?:(?:imposed|slapped|placed)\s+)?(?:on|against)\s+${NOT_A_DATE}`,
  "gi",
);

/** "under U.S. sanctions", "under EU and British sanctions": the holders stand between. */
export const UNDER_SANCTIONS =
  /\bunder\s+((?:[\p{Lu}][\p{L}.'’-]*\s+(?:and\s+)?){1,4})sanctions\b/gu;

/** One word of PUT_UNDER's object; no comma, which may end its clause. */
const OBJECT_WORD = String.raw`[\p{L}\d'’.-]+`;

/**
 * PUT_UNDER's object: plain words, or a list whose items a comma parts and "and"/"or" closes
 * ("put Rosneft, Lukoil and two traders under sanctions"); a comma ending a clause ("which put
 * forward a plan in May, said firms were under sanctions") parts no list.
 */
const PUT_OBJECT = String.raw`(?:${OBJECT_WORD}\s+){1,12}?|(?:(?:${OBJECT_WORD}\s+){0,4}${OBJECT_WORD},\s+(?!(?:said|says|which|who|that|and|or)\b)){1,5}(?:${OBJECT_WORD}\s+){0,5}?(?:and|or)\s+(?:${OBJECT_WORD}\s+){1,5}?`;

/**
 * "put Norebo under sanctions", "the group that Britain and the EU placed under sanctions",
 * "placed the minister and his wife under Global Magnitsky sanctions": the subject holds them; the
 * sanctioned is the object between (each of a list), or the noun the relative clause is on. The
 * group is the object, if any.
 */
export const PUT_UNDER = new RegExp(
  String.raw`\b(?:put|puts|putting|plac(?:e|es|ed|ing))\s+(?:(${PUT_OBJECT}))?under\s+(?:(?:new|fresh|[\p{Lu}][\p{L}'’-]*)\s+){0,2}sanctions\b`,
  "gu",
);

/** Sanctions lifted, eased, evaded or only possible are none in force: "the lifting of U.S.…". */
const NOT_IN_FORCE =
  /\b(?:lift\w*|eas(?:e|es|ed|ing)|remov\w*|end(?:s|ed|ing)?|suspen\w*|relief|waiv\w*|scrap\w*|evad\w*|circumvent\w*|dodg\w*|possible|potential|threat\w*|risk|exempt\w*|avoid\w*|without|no)\s+(?:of\s+|from\s+|to\s+)?(?:the\s+|any\s+)?(?:new\s+)?$/i;

/**
 * "U.S. sanctions on Syria would be lifted", "sanctions on Belarus were eased on Monday": the
 * sanctions' own predicate ends them, so none are in force.
 */
const LIFTED_AFTER =
  /^\s*(?:would|will|could|should|were|was|are|is|had|have|has|to)\s+(?:(?:soon|now|finally|also|then|to|be|been|being)\s+){0,3}(?:lifted|eased|removed|ended|scrapped|suspended|dropped|waived|relaxed|rolled\s+back|phased\s+out)\b/i;

/**
 * "who has been", "which is", "that remains", "who was placed": a relative clause whose
 * antecedent is sanctioned.
 */
const RELATIVE_BEING =
  /\b(?:who|which|that)\s+(?:(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+)?been|is|are|was|were|remains?|remained)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:(?:placed|put)\s+)?$/i;

/** "X is under U.S. sanctions", "has been under…", "was placed under…": the subject is sanctioned. */
const BEING =
  /\b(?:is|are|was|were|(?:has|have|had)\s+been|remains?|remained)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:(?:placed|put)\s+)?$/i;

/** Words that may stand between a holder and "sanctions": what kind of sanctions, or how many. */
const SANCTION_MODIFIERS = [
  "new",
  "fresh",
  "further",
  "more",
  "additional",
  "latest",
  "existing",
  "economic",
  "financial",
  "trade",
  "oil",
  "energy",
  "sweeping",
  "tough",
  "tougher",
  "harsh",
  "punitive",
  "targeted",
  "sectoral",
  "Western",
  "unilateral",
  "secondary",
];

/**
 * Up to two words between a holder and "sanctions": "U.S. economic sanctions", "EU's new
 * sanctions"; only words that say what kind, not a verb ("Hungary rejects sanctions on Russia",
 * "Russia says sanctions on Iran are illegal": the holder does not hold them).
 */
const HOLDER_GAP = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?:${SANCTION_MODIFIERS.join("|")})\s+){0,2}$`,
);

/** A party among the first words after "on": "sanctions on the Russian oil company" (Russia). */
const LEADING = /^(?:[\p{L}\d'’.-]+\s+){0,4}$/u;

export function sanctionNouns(
  text: string,
  start: number,
  parties: readonly Actor[],
  byPattern: ByPattern,
): OppositionMention[] {
  // "under" is in two of the three frames: most sentences about sanctions have none.
  const under = text.includes("under ");
  return [
    ...sanctionsOn(text, start, parties),
    ...(under ? underSanctions(text, start, parties) : []),
    ...(under
      ? byPattern(text, start, parties, PUT_UNDER, (m) => putUnder(text, start, m, parties))
      : []),
  ];
}

/** "U.S. sanctions on the Russian oil company": the party right before "sanctions" holds them. */
function sanctionsOn(text: string, start: number, parties: readonly Actor[]): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(SANCTIONS_ON, text)) {
    const at = start + m.index;
    const holder = parties
      .filter((a) => a.end <= at && HOLDER_GAP.test(text.slice(a.end - start, m.index)))
      .at(-1);
    if (holder === undefined || holder.place) continue;
    if (
      NOT_IN_FORCE.test(text.slice(0, holder.start - start)) ||
      NOT_IN_FORCE.test(text.slice(0, m.index))
    )
      continue;
    const objectAt = at + m[0].length;
    const leading = parties.find(
      (a) => a.start >= objectAt && LEADING.test(text.slice(objectAt - start, a.start - start)),
    );
    // Only a party named: "sanctions on nine officials" says too little of whom.
    if (leading === undefined) continue;
    if (LIFTED_AFTER.test(text.slice(leading.end - start, leading.end - start + 60))) continue;
    out.push(...stances([{ ...holder, possessive: false }], { actor: leading }, m[0], at));
  }
  return out;
}

/** "Rosneft, which has been under EU sanctions since 2014": the sanctioned is the antecedent. */
function underSanctions(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(UNDER_SANCTIONS, text)) {
    const at = start + m.index;
    const holders = parties.filter((a) => a.start > at && a.end <= at + m[0].length && !a.place);
    if (holders.length === 0) continue;
    const before = text.slice(0, m.index);
    const relative = RELATIVE_BEING.exec(before);
    const end = relative === null ? (BEING.test(before) ? at : -1) : start + relative.index;
    const sanctioned = beforeAside(text, start, lastPlainPartyBefore(parties, end), end, parties);
    if (sanctioned === undefined) continue;
    // "Peru, which is under U.S. sanctions": only the party right before the clause, or the
    // subject of "is", not one named further back.
    if (/[.;:]/.test(text.slice(sanctioned.end - start, end - start))) continue;
    const target: OppositionTarget = { actor: sanctioned };
    out.push(
      ...stances(
        holders.map((h) => ({ ...h, possessive: false })),
        target,
        m[0],
        at,
      ),
    );
  }
  return out;
}

/** "that Britain and the EU": a relative clause open up to the verb, with no comma between. */
const RELATIVE_BEFORE = /\b(?:that|which|whom)\s+[^,;]*$/i;

/** The object of "put … under sanctions", or the noun a relative clause before the verb is on. */
function putUnder(
  text: string,
  start: number,
  m: RegExpExecArray,
  parties: readonly Actor[],
): OppositionTarget | readonly OppositionTarget[] | undefined {
  const at = start + m.index;
  if (m[1] !== undefined) {
    const objectAt = at + m[0].indexOf(m[1]);
    const named = parties.find(
      (a) => a.start >= objectAt && a.end <= objectAt + m[1]!.length && !a.possessive,
    );
    // "placed Ruiz, his wife Ana Ruiz and two aides under sanctions": each party of the list.
    if (named !== undefined) return opposedList(text, start, { actor: named }, parties);
    return targetOf(text.slice(0, objectAt - start + m[1].length), start, objectAt, parties);
  }
  // "Norebo, the trawler group that Britain … put under sanctions": the noun before "that".
  const relative = RELATIVE_BEFORE.exec(text.slice(0, m.index));
  if (relative === null) return undefined;
  const antecedent = lastPlainPartyBefore(parties, start + relative.index);
  return antecedent === undefined ? undefined : { actor: antecedent };
}

/** ", brother of its leader": an aside opened in lowercase, up to the party it ends with. */
const ASIDE_BEFORE = /,\s+\p{Ll}[^,;]*$/u;

/** ", has been": the aside closed right before the verb of the clause. */
const CLOSED_BEFORE_VERB = /^\s*,\s+(?:has|have|had|is|are|was|were|remains?|remained)\b/;

/**
 * "Abdel Dagalo, brother of its leader Mohamed Dagalo, has been under U.S. sanctions": a party
 * named inside an aside describes the subject; the subject is the party before the aside.
 */
function beforeAside(
  text: string,
  start: number,
  party: Actor | undefined,
  end: number,
  parties: readonly Actor[],
): Actor | undefined {
  if (party === undefined || !CLOSED_BEFORE_VERB.test(text.slice(party.end - start, end - start)))
    return party;
  const aside = ASIDE_BEFORE.exec(text.slice(0, party.start - start));
  if (aside === null) return party;
  return lastPlainPartyBefore(parties, start + aside.index) ?? party;
}
