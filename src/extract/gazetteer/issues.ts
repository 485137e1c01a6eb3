/** A standing topic, with words its pattern cannot match without (in lowercase). */
export interface IssueTopic {
  readonly name: string;
  readonly pattern: RegExp;
  readonly words: readonly string[];
}

/** Standing topics of international dispute and policy, found by their usual wording. */
export const ISSUE_TOPICS: readonly IssueTopic[] = [
  { name: "human rights", pattern: /\bhuman rights\b/i, words: ["human rights"] },
  {
    name: "trade",
    pattern: /\btrade(?! minister| ministry)\b|\btariffs?\b/i,
    words: ["trade", "tariff"],
  },
  {
    name: "climate change",
    pattern: /\bclimate (?:change|crisis|finance|action)\b|\bglobal warming\b/i,
    words: ["climate", "global warming"],
  },
  {
    name: "migration",
    pattern: /\bmigration\b|\bmigrants?\b|\brefugees?\b|\basylum\b/i,
    words: ["migration", "migrant", "refugee", "asylum"],
  },
  {
    name: "nuclear programme",
    pattern: /\bnuclear (?:programme|program|weapons?|deal|talks)\b|\buranium enrichment\b/i,
    words: ["nuclear", "uranium enrichment"],
  },
  {
    name: "territorial disputes",
    pattern: /\bterritorial (?:and maritime )?disputes?\b|\bmaritime disputes?\b/i,
    words: ["dispute"],
  },
  {
    name: "energy security",
    pattern: /\benergy (?:security|supplies|crisis)\b/i,
    words: ["energy"],
  },
  {
    name: "food security",
    pattern: /\bfood (?:security|crisis|insecurity)\b|\bfamine\b/i,
    words: ["food", "famine"],
  },
  {
    name: "cybersecurity",
    pattern: /\bcyber ?(?:security|attacks?)\b|\bhacking\b/i,
    words: ["cyber", "hacking"],
  },
  { name: "sanctions", pattern: /\bsanctions\b/i, words: ["sanctions"] },
  {
    name: "opioid precursors",
    pattern: /\bopioid precursors?\b|\bfentanyl\b/i,
    words: ["opioid", "fentanyl"],
  },
  { name: "ceasefire", pattern: /\bcease-?fire\b|\btruce\b/i, words: ["cease", "truce"] },
  {
    name: "humanitarian aid",
    pattern: /\bhumanitarian (?:aid|assistance|relief|access)\b/i,
    words: ["humanitarian"],
  },
  { name: "debt relief", pattern: /\bdebt (?:relief|restructuring)\b/i, words: ["debt"] },
  {
    name: "arms control",
    pattern: /\barms control\b|\bnon-?proliferation\b/i,
    words: ["arms control", "proliferation"],
  },
  {
    name: "terrorism",
    pattern: /\bterroris[mt]s?\b|\bcounter-?terrorism\b/i,
    words: ["terroris"],
  },
  {
    name: "elections",
    pattern: /\belections?\b|\bvote rigging\b/i,
    words: ["election", "vote rigging"],
  },
  {
    name: "press freedom",
    pattern: /\bpress freedom\b|\bfreedom of the press\b/i,
    words: ["freedom"],
  },
  {
    name: "technology export controls",
    pattern: /\bexport controls?\b|\bsemiconductors?\b|\bchips? (?:exports?|ban)\b/i,
    words: ["export control", "semiconductor", "chip"],
  },
];

/** The words of every topic, each once ("freedom" serves two). */
const TOPIC_WORDS: readonly string[] = [...new Set(ISSUE_TOPICS.flatMap((t) => t.words))];

/**
 * Any topic word (plain lowercase letters, so each matches as written): one search finds them
 * all, where a search per word scanned a whole body once for each.
 */
const ANY_TOPIC_WORD = new RegExp(TOPIC_WORDS.join("|"), "g");

/**
 * The topic words by their first letter: a word can start where a match starts only if it
 * begins with the letter there, so only those few are tried at each match, not all of them.
 */
const WORDS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const w of TOPIC_WORDS) {
    const first = w.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
  }
  return byFirst;
})();

/**
 * The topic words a lowercase text holds: "talks on the ceasefire" holds "cease". The search
 * resumes one character after each match, and every word starting there is taken, so a word
 * that overlaps or begins another is found too.
 */
function topicWordsIn(lower: string): Set<string> {
  const found = new Set<string>();
  ANY_TOPIC_WORD.lastIndex = 0;
  for (let m = ANY_TOPIC_WORD.exec(lower); m !== null; m = ANY_TOPIC_WORD.exec(lower)) {
    for (const w of WORDS_BY_FIRST.get(lower.charAt(m.index)) ?? [])
      if (lower.startsWith(w, m.index)) found.add(w);
    ANY_TOPIC_WORD.lastIndex = m.index + 1;
  }
  ANY_TOPIC_WORD.lastIndex = 0;
  return found;
}

/**
 * The standing topics a text names, in the order of ISSUE_TOPICS: "…talks on the ceasefire and
 * on refugees" names ceasefire and migration. A topic none of whose words the text holds is not
 * searched, so a long body is scanned for a pattern only when it may match.
 */
export function topicsIn(text: string): IssueTopic[] {
  const held = topicWordsIn(text.toLowerCase());
  const found: IssueTopic[] = [];
  for (const topic of ISSUE_TOPICS)
    if (topic.words.some((w) => held.has(w)) && topic.pattern.test(text)) found.push(topic);
  return found;
}
