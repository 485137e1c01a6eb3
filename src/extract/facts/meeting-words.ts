/**
 * The single words that tell a meeting, by what they tell of it: the one list the meeting rules'
 * gate (MEETING_HINT in find-meetings.ts) and the learned decision (met-features.ts, met-wide.ts)
 * both read. Each entry is the forms a lowercased token may take, as a pattern source.
 */
export const MEETING_WORDS = {
  /** "Ruto met Museveni." */
  meet: ["met", "meet", "meets", "meeting", "meetings"],
  /** "The two held talks." */
  talk: ["talks?", "talked", "talking"],
  /** "Ruto spoke to Museveni", "phoned", "rang", "dialled". */
  call: [
    "calls?",
    "called",
    "calling",
    "spoke",
    "spoken",
    "speaks?",
    "speaking",
    "phones?",
    "phoned",
    "phoning",
    "rang",
    "dials?",
    "diall?ed",
    "diall?ing",
  ],
  /** "Ruto hosted Museveni", "was the guest of", "granted an audience". */
  host: [
    "hosts?",
    "hosted",
    "hosting",
    "receiv(?:e|es|ed|ing)",
    "welcom(?:e|es|ed|ing)",
    "greet(?:s|ed|ings?)?",
    "guests?",
    "reception",
    "audience",
  ],
  /** "Ruto visited Museveni", "toured the plant with". */
  visit: ["visit(?:s|ed|ing)?", "toured"],
  /** "signed a joint statement with", "initialled", "inked". */
  sign: ["sign(?:s|ed|ing)?", "initial(?:s|l?ed|l?ing)?", "inked"],
  /** "witnessed the signing", "oversaw", "presided over": a signing attended. */
  witness: ["witness(?:es|ed|ing)?", "oversaw", "presided"],
  /** "at the summit", "a bilateral", "a closed-door session". */
  summit: ["summits?", "bilateral", "trilateral", "session"],
  /** "discussed the border with", "conferred", "negotiated", "consultations". */
  discuss: [
    "discuss(?:es|ed|ing|ions?)?",
    "confer(?:s|red|ring|ences?)?",
    "negotiat(?:e|es|ed|ing|ions?|ors?)",
    "consult(?:s|ed|ing|ations?)?",
    "conversations?",
  ],
  /** "an encounter", "chatted", "huddled", "a one-on-one": talk without its formal noun. */
  chat: ["encounter(?:s|ed)?", "chatted", "huddl(?:e|es|ed|ing)", "one-on-one"],
  /** "dined with", "over lunch", "a banquet". */
  meal: ["dined", "dining", "dinner", "lunch(?:es|ed|eon)?", "breakfast", "banquet"],
  /** "shook hands", "hugged", "alongside", "joined", "in the presence of": being there together. */
  copresence: [
    "shook",
    "shaking",
    "hug(?:s|ged|ging)?",
    "embrac(?:e|es|ed|ing)",
    "alongside",
    "beside",
    "joined",
    "joining",
    "presence",
  ],
  /** "briefed", "thanked", "congratulated", "assured": telling someone something. */
  tell: [
    "brief(?:s|ed|ings?)",
    "inform(?:s|ed|ing)?",
    "thank(?:s|ed|ing)?",
    "congratulat(?:e|es|ed|ing)",
    "assur(?:e|es|ed|ing)",
  ],
  /** "conveyed the objections to", "handed a letter to", "exchanged notes": a thing handed over. */
  handover: ["convey(?:s|ed|ing)?", "handed", "delivered", "presented", "exchanged"],
} as const satisfies Record<string, readonly string[]>;

export type MeetingWordKind = keyof typeof MEETING_WORDS;

const KINDS = Object.keys(MEETING_WORDS) as MeetingWordKind[];

/** Every form of every kind, as one pattern source (no anchors). */
export const MEETING_WORD_SOURCE = KINDS.flatMap((k) => MEETING_WORDS[k]).join("|");

/** A lowercased token that is a meeting word. */
export const MEETING_WORD = new RegExp(`^(?:${MEETING_WORD_SOURCE})$`);

const KIND_WORDS: readonly (readonly [MeetingWordKind, RegExp])[] = KINDS.map((k) => [
  k,
  new RegExp(`^(?:${MEETING_WORDS[k].join("|")})$`),
]);

/** The kind of a lowercased meeting word ("phoned": call), or undefined for any other word. */
export function meetingWordKind(lower: string): MeetingWordKind | undefined {
  if (!MEETING_WORD.test(lower)) return undefined;
  for (const [kind, re] of KIND_WORDS) if (re.test(lower)) return kind;
  return undefined;
}
