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
    "call",
    "calls",
    "called",
    "calling",
    "spoke",
    "spoken",
    String.raw`speak\w*`,
    String.raw`phon\w+`,
    "rang",
    String.raw`dial\w*`,
  ],
  /** "Ruto hosted Museveni", "was the guest of", "granted an audience". */
  host: [
    String.raw`host\w*`,
    String.raw`receiv\w*`,
    String.raw`welcom\w*`,
    String.raw`greet\w*`,
    "guests?",
    "reception",
    "audience",
  ],
  /** "Ruto visited Museveni", "toured the plant with". */
  visit: [String.raw`visit\w*`, "toured"],
  /** "signed a joint statement with", "initialled", "inked". */
  sign: [String.raw`sign\w*`, String.raw`initial\w*`, "inked"],
  /** "witnessed the signing", "oversaw", "presided over": a signing attended. */
  witness: [String.raw`witness\w*`, "oversaw", "presided"],
  /** "at the summit", "a bilateral", "a closed-door session". */
  summit: [String.raw`summit\w*`, "bilateral", "trilateral", "session"],
  /** "discussed the border with", "conferred", "negotiated", "consultations". */
  discuss: [
    String.raw`discuss\w*`,
    String.raw`confer\w*`,
    String.raw`negotiat\w*`,
    String.raw`consult\w*`,
    "conversations?",
    "consultations?",
  ],
  /** "an encounter", "chatted", "huddled", "a one-on-one": talk without its formal noun. */
  chat: [String.raw`encounter\w*`, "chatted", String.raw`huddl\w*`, "one-on-one"],
  /** "dined with", "over lunch", "a banquet". */
  meal: ["dined", "dining", "dinner", String.raw`lunch\w*`, "breakfast", "banquet"],
  /** "shook hands", "hugged", "alongside", "joined", "in the presence of": being there together. */
  copresence: [
    "shook",
    "shaking",
    String.raw`hug\w*`,
    String.raw`embrac\w*`,
    "alongside",
    "beside",
    "joined",
    "joining",
    "presence",
  ],
  /** "briefed", "thanked", "congratulated", "assured": telling someone something. */
  tell: [
    String.raw`brief\w*`,
    String.raw`inform\w*`,
    String.raw`thank\w*`,
    String.raw`congratulat\w*`,
    String.raw`assur\w*`,
  ],
  /** "conveyed the objections to", "handed a letter to", "exchanged notes": a thing handed over. */
  handover: [String.raw`convey\w*`, "handed", "delivered", "presented", "exchanged"],
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
