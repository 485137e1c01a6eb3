import { COMITATIVE_TRIGGERS, type Frame } from "./meeting-comitative.ts";
import { NOUN_WITH_HINT, nounType, type MeetingType } from "./meeting-noun-type.ts";
import { PARTICIPLE_TRIGGERS } from "./meeting-participle.ts";

export type { MeetingType } from "./meeting-noun-type.ts";

/**
 * How a trigger finds its participants: subject + object ("verb"), a list after it ("between",
 * "list"), the people before it ("group"; for a verb with no object, "A and B met", the
 * coordinated subject: "together"; "subjects" likewise for a joint signing), a possessor
 * ("possessive"), the subject after a fronted phrase ("fronted"), or the antecedent of an
 * object relative and the relative clause's subject ("relative": "Mahama, whom Ruto met").
 */
export type Shape =
  | "verb"
  | "between"
  | "group"
  | "together"
  | "subjects"
  | "possessive"
  | "fronted"
  | "list"
  | "relative"
  | "their"
  | "since"
  | "comitative";
export interface Trigger {
  readonly re: RegExp;
  /**
   * Words the pattern cannot match without, as a plain pattern: most sentences lack them, and
   * testing them costs far less than running the pattern (35 patterns, most with Unicode classes
   * and lazy word runs, were a tenth of all extraction time).
   */
  readonly hint: RegExp;
  /**
   * Where the hint's words are common and the pattern's opening is not ("with" is in most
   * sentences, "held … talks with" in few), the words the match itself opens with, tested after
   * the hint: a sentence without them cannot match either. Built by `lead`.
   */
  readonly lead?: RegExp;
  readonly shape: Shape;
  readonly type: (m: RegExpExecArray) => MeetingType;
  /** The object must follow the verb at once ("hosted Modi"), not anywhere in the clause. */
  readonly direct?: boolean;
  /** Fronted before a comma, its subject may be the people listed after the comma. */
  readonly fronted?: boolean;
  /** The whole coordinated subject of the clause, however far before the trigger. */
  readonly wholeSubject?: boolean;
  /** A noun phrase read like a verb ("his talks with X"): qualified as a noun is. */
  readonly nominal?: boolean;
  /** "his"/"her" owns the meeting: the clause's subject, not the object named last. */
  readonly owner?: boolean;
  /** Of a co-presence trigger ("comitative"): the frame its match is read by. */
  readonly frame?: Frame;
  /** The subject meets each object on its own: a go-between, not a round table. */
  readonly apart?: boolean;
}

/**
 * "talks in Rabat with", "meeting at the Elysee with", "a video call on Wednesday with": a
 * meeting noun's place or day, then "with".
 */
const PLACE_BEFORE_WITH = String.raw`(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?with\b`;

/** The documents whose signing together is a meeting ("programme" before its prefix "program"). */
const DOCUMENTS = String.raw`statement|document|agreement|deal|accord|memorandum|declaration|treaty|communiqu[eé]|pact|protocol|contract|programme|program|charter|roadmap|convention|framework|partnership|compact|arrangement|annex|MoU|letter of intent|exchange of (?:diplomatic\s+)?(?:notes|letters)`;

/** A loan or grant, whose signing with someone is a meeting. */
const MONEY = "loan|grant|credit|financing";

/** The day a signing is told on, before what was signed: "signed on Sunday a loan of…". */
const SIGNED_ON = String.raw`on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+`;

/** How many documents or loans were signed: "signed three loans", "signed two agreements". */
const COUNTS = String.raw`two|three|four|five|six|seven|eight|nine|ten|several|\d+`;

/**
 * A trigger's `lead`: `source` read case-insensitively without the "u" flag, which makes it several
 * times cheaper than the pattern's own opening. Only the "u" flag folds "ſ" into "s" and "K" (the
 * kelvin sign) into "k", so a text holding either passes whatever it says: for every other text the
 * two readings of the plain words, spaces and word boundaries of a lead agree.
 */
function lead(source: string): RegExp {
  return new RegExp(`${source}|[\u017F\u212A]`, "i");
}

export const PRESENT = /^(?:meets|hosts|receives|welcomes|holds|speaks|talks with|greets)\b/i;

export const TRIGGERS: readonly Trigger[] = [
  {
    // "The ministers' meeting followed a call between C and D": after a possessive, "meeting" is
    // a noun, not the verb of those it belongs to ("Ruto's meeting with B" is read below).
    re: /\b(?:met|meets|meet|(?<!['’]s?\s+)meeting)\b(?=\s+(?:\p{L}|with|the|his|her|their|on|this|last|in|separately|privately|briefly)|\s*[,.]|$)(?:\s+with)?/giu,
    hint: /\bme[et]/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    re: /\b(?:holds?|held|holding|hold)\s+(?:[\p{L}\p{N}_"“”'’-]+\s+){0,5}?(talks|discussions|negotiations|consultations)(?:\s+[\p{L}\p{N}_-]+){0,7}?\s+with\b/giu,
    hint: /talks|discussions|negotiations|consultations/i,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    // "Fidan opened the session with A and B", "Modi chaired a meeting with the chief ministers",
    // "presided over a working session with the ministers": the one who opens, chairs or presides
    // over it meets those with whom it is held; so does one who "joined a video call with" them.
    // The body whose meeting it is may come first: "chaired a meeting of the security council in
    // Nairobi with A and B".
    re: /\b(?:had|has|have|having|hold|held|holds|holding|chaired|chairs|opened|opens|convened|convenes|hosted|hosts|presided\s+over|presides\s+over|presiding\s+over|(?:come|came|coming)\s+out\s+of|emerged\s+from|joined|joins|joining)\s+(?:a\s+|an\s+)?(?:[\p{L}\p{N}_"“”'’-]+\s+){0,5}?(session|phone calls|phone call|calls|call|video calls|video call|telephone calls|telephone call|video conference|videoconference|video-conference|conversation|conversations|talks|meetings|meeting|discussions|dinner|lunch|breakfast|working dinner|working lunch|joint news conference|joint press conference|summit|bilateral|audience|tête-à-tête|one-on-one|exchange of views|encounter)(?:\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}_'’-]+\s+){0,3}?[\p{L}\p{N}_-]+)?(?:\s+[\p{L}\p{N}_-]+){0,4}?\s+with\b/giu,
    hint: /\bwith\b/i,
    lead: lead(
      String.raw`\b(?:had|has|have|having|hold|held|holds|holding|chaired|chairs|opened|opens|convened|convenes|hosted|hosts|presided\s+over|presides\s+over|presiding\s+over|(?:come|came|coming)\s+out\s+of|emerged\s+from|joined|joins|joining)\s`,
    ),
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    // Also "was on the phone with X".
    re: /\b(?:spoke|speaks|speak|talked|talk|spoken|speaking)\s+(by (?:tele)?phone\s+|on the (?:tele)?phone\s+|by video(?: link)?\s+|via video\s+)?(?:with|to)\b|\b(?:was|were|been)\s+(on\s+the\s+(?:tele)?phone)\s+(?:with|to)\b/giu,
    hint: /\b(?:spok|speak|talk|phone)/i,
    shape: "verb",
    type: (m) => (m[1] || m[2] ? "call" : "talks"),
  },
  {
    // "had gone through the data with Son", "reviewed the plans with X": a matter gone over together.
    re: /\b(?:discussed|talked|talking|spoke|spoken|speak|speaks|speaking|conferred|exchanged (?:views|ideas|opinions|greetings|pleasantries)|(?:went|gone|going)\s+(?:over|through)|reviewed)\b(?:\s+[\p{L}\p{N}_'’-]+){0,11}?\s+with\b/giu,
    hint: /\b(?:discussed|talk|spok|speak|conferred|exchanged|reviewed)|\b(?:went|gone|going)\s+(?:over|through)\b/i,
    shape: "verb",
    type: (m) => (/call|phone|video/i.test(m[0]) ? "call" : "talks"),
  },
  {
    re: /\b(?:phoned|telephoned|rang|called|dialled|dialed)\b/giu,
    hint: /phoned|rang|called|dial/i,
    shape: "verb",
    type: () => "call",
    direct: true,
  },
  {
    // Not a participle before "by": "are welcomed by King Abdullah" is the passive's (below).
    // "Foreign Minister A summoned the envoy, B, and handed him a protest": a summons is met in
    // person.
    re: /\b(?:hosted|received|welcomed|greeted|visited|hosts|receives|welcomes|greets|summoned|summons|sat down(?:\s+[\p{L}\p{N}_-]+){0,3}?\s+with|dined with|joined|hugged|embraced)\b(?!\s+by\b)/giu,
    hint: /host|receiv|welcom|greet|visited|summon|sat down|dined|joined|hugged|embraced/i,
    shape: "verb",
    type: () => "meeting",
    direct: true,
  },
  {
    // "Blinken's talks with Wang": the possessor is the other party.
    re: /(?<=['’]s\s+(?:[\p{L}\p{N}_-]+\s+){0,2}?)(meeting|meetings|talks|call|phone call|video call|conversation|discussions|tête-à-tête|dinner|lunch|breakfast|encounter|summit)\s+with\b/giu,
    hint: NOUN_WITH_HINT,
    shape: "possessive",
    type: (m) => nounType(m[1]),
  },
  {
    // "a meeting on Saturday between A and B": a time or place may come before "between", or
    // both ("a meeting in Asunción on Tuesday between A and B", "consultations in Dhaka between").
    re: /\b(meeting|meetings|talks|call|phone call|video call|conversation|summit|discussions|negotiations|consultations|tête-à-tête|dinner|lunch|breakfast|encounter|bilateral|first|latest)\s+(?:(?:on|in|at|last|this)\s+(?:[\p{L}\p{N}_-]+\s+){1,2}?){0,2}between\b/giu,
    hint: /\bbetween\b/i,
    shape: "between",
    type: (m) => nounType(m[1]),
  },
  {
    // "Erdogan was later received by Pope Francis", "was welcomed at the airport by X": the
    // passive keeps both parties.
    re: /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?(?:received|hosted|welcomed|greeted|visited|met|joined|summoned)\s+(?:(?!by\b)[\p{L}\p{N}_'’-]+\s+){0,8}?by\b/giu,
    hint: /\bby\b/i,
    lead: lead(
      String.raw`\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?(?:received|hosted|welcomed|greeted|visited|met|joined|summoned)\s`,
    ),
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Both prime ministers were guests at a dinner hosted by Anwar": the host meets the guests;
    // so does one who "was the guest of" another.
    re: /\b(?:dinner|lunch|luncheon|banquet|reception|breakfast)\s+(?:hosted|given)\s+by\b|\b(?:was|were)\s+(?:the\s+)?guests?\s+of\b(?!\s+honou?r\b)/giu,
    hint: /\b(?:hosted|given)\s+by\b|\bguests?\s+of\b/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Ruto briefed Museveni on a call he had held with Hassan": the pronoun is the subject.
    re: /(?<=\b(call|calls|meeting|meetings|talks|conversation|discussions)\s+(?:that\s+)?(?:he|she|they)\s+)(?:had\s+|has\s+)?(?:held|had)(?:\s+(?:on|in|last|this|earlier)(?:\s+[\p{L}\p{N}_-]+){1,2}?)?\s+with\b/giu,
    hint: /\s(?:he|she|they)\s+(?:had|has|held)\b/i,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    // "Trump placed a call to Putin", "Ruto reached out to Museveni by phone": a call made.
    re: /\b(?:plac(?:ed|es)|made|makes)\s+(?:a\s+)?(?:[\p{L}\p{N}_-]+\s+){0,2}?(call|phone call|telephone call|video call)\s+to\b|\breached\s+out\s+to\b(?=[^.;]{0,60}?\bby\s+(?:tele)?phone\b)/giu,
    hint: /\b(?:placed|places|made|makes|reached)\b/i,
    shape: "verb",
    type: () => "call",
  },
  {
    // "Mahama described his talks with Ruto as productive": the owner is the clause's subject.
    re: /\b(?:his|her)\s+(?:[\p{L}\p{N}_-]+\s+){0,2}?(meeting|meetings|talks|call|phone call|telephone call|video call|conversation|discussions|tête-à-tête|dinner|lunch|breakfast|encounter|summit)\s+with\b/giu,
    hint: NOUN_WITH_HINT,
    shape: "verb",
    type: (m) => nounType(m[1]),
    nominal: true,
    owner: true,
  },
  {
    // "Ruto praised Mahama, whom he met in Accra last year".
    re: /\b(?:whom|who)\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:had\s+)?(?:met|hosted|received|welcomed|called|phoned)\b/giu,
    hint: /\bwho/i,
    shape: "relative",
    type: () => "meeting",
  },
  {
    // "During talks with Ruto in Nairobi on Monday, Mahama called for…", "After a meeting in Paris
    // with Merz, Macron said…", "Speaking to reporters after his call with X, Y said…", "At a joint
    // news conference with X, Y said…": the main clause's subject met them.
    re: new RegExp(
      String.raw`^\s*(?:\p{L}+ing\s+(?:(?:to|with)\s+(?:reporters|journalists|the\s+press)\s+)?)?(?:during|after|following|in|at)\s+(?:[\p{L}\p{N}_'’-]+\s+){0,3}?(talks|meetings?|discussions|consultations|negotiations|(?:phone\s+|telephone\s+|video\s+)?calls?|conversations?|dinner|lunch|breakfast|tête-à-tête|encounter|summit|(?:news|press)\s+conference|video\s*conference)\s+${PLACE_BEFORE_WITH}|^\s*(?:addressing|holding|giving)\s+a\s+joint\s+(?:news|press)\s+conference\s+with\b`,
      "giu",
    ),
    hint: /(?:talks|meetings?|discussions|consultations|negotiations|calls?|conversations?|dinner|lunch|breakfast|tête-à-tête|encounter|summit|conference)\s+(?:with|in|at|on)\b/i,
    shape: "fronted",
    type: (m) => nounType(m[1]),
  },
  {
    // "Wong hosted a dinner for Anwar", "held a working lunch for X", "gave a banquet in honour of Y".
    re: /\b(?:host(?:ed|s|ing)?|gave|gives|held|holds|threw)\s+(?:a|an)\s+(?:[\p{L}\p{N}_-]+\s+){0,2}?(?:dinner|lunch|luncheon|banquet|reception|breakfast)\s+(?:for|in honou?r of)\b/giu,
    hint: /dinner|lunch|banquet|reception|breakfast/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Al Thani hosted talks between Barnea and al-Hayya", "…brought together A and B": the host
    // or convener meets those brought together.
    re: /\b(?:host(?:ed|s|ing)?\s+(?:[\p{L}\p{N}_-]+\s+){0,3}?(?:talks|meeting|meetings|summit|negotiations|rounds?|sessions?)\s+between|brought together|bringing together|brings together)\b/giu,
    hint: /host|together/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Qatar's premier shuttled between A and B", "carried messages between A and B", "mediated
    // between A and B": a go-between meets each side; the sides meet only where told so.
    re: /\b(?:shuttl(?:ed|es|ing|e)(?:\s+back\s+and\s+forth)?|(?:carried|carrying|carries|relayed|relaying|relays|passed|passing|ferried|ferrying)\s+(?:[\p{L}-]+\s+){0,2}?(?:messages|proposals|notes|offers|drafts|texts)(?:\s+back\s+and\s+forth)?|mediated|mediating|mediates)\s+between\b/giu,
    hint: /between/i,
    shape: "verb",
    apart: true,
    type: () => "meeting",
  },
  {
    // "A and B agreed at talks in Tokyo", "…after two days of talks", "Meeting in Tokyo, A and B…".
    re: /\b(?:at|after|following)\s+(?:(?:[\p{L}\p{N}_-]+\s+){0,3}?(?:hours?|days?|rounds?|sessions?|morning|afternoon|evening|night)\s+of\s+)?(?:[\p{L}\p{N}_-]+\s+)?(?:talks|discussions|negotiations)\b(?!\s+(?:with|between|of)\b)|(?:^|,\s*|\bafter\s+)meeting\s+(?=(?:in|at|on)\b)/giu,
    hint: /talks|discussions|negotiations|meeting/i,
    shape: "group",
    type: () => "meeting",
    fronted: true,
  },
  {
    // "Macron and Merz told a joint news conference…": those who give it together met.
    re: /\b(?:told|addressed|gave|held|at|in)\s+a\s+joint\s+(?:news|press)\s+conference\b(?!\s+with\b)/giu,
    hint: /\bjoint\s+(?:news|press)\b/i,
    shape: "group",
    type: () => "meeting",
    fronted: true,
  },
  {
    // "A and his Slovak counterpart, B, toured the plant / walked through the old town / sat
    // down at a hotel / laid a wreath / spent two hours together": verbs of presence together,
    // taking a place, a path or a time rather than a person, make a coordinated subject meet.
    re: /\b(?:sat\s+down\s+(?:together|at|in|on|over|for|to|across)|spent\s+(?:[\p{L}\p{N}-]+\s+){1,5}?together|(?:walked|strolled|wandered)\s+(?:together|side\s+by\s+side|through|along|around|across|the\s+length\s+of)|toured|inspected|laid\s+(?:a\s+|their\s+)?wreaths?|posed\s+for\s+(?:a\s+)?(?:(?:family|group|joint)\s+)?(?:photographs?|photos?|pictures?|cameras))\b/giu,
    hint: /sat\s+down|spent|walked|strolled|wandered|toured|inspected|wreath|posed/i,
    shape: "together",
    type: () => "meeting",
  },
  {
    // "A, B and C attended the talks in Geneva": those at a meeting of a few met — not at a
    // summit or a conference, which many attend without meeting.
    re: /\battend(?:ed|s|ing)?\s+(?:the|a|an|their|these|those)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(talks|meeting|dinner|lunch|luncheon|breakfast|session)\b(?!\s+(?:of|between|with|on)\b)/giu,
    hint: /\battend/i,
    shape: "together",
    type: (m) => nounType(m[1]),
  },
  {
    // "Rashad and Al Thani co-chaired the meeting".
    re: /\bco-(?:chaired|hosted|chair|host|chairs|hosts)\b/giu,
    hint: /\bco-/i,
    shape: "together",
    type: () => "meeting",
  },
  {
    // "A and his counterpart, B, spent most of their talks on cocoa", "A and B used their meeting
    // to…": the subjects of a verb spending "their" meeting held it together.
    re: /\b(?:spent|used|devoted|dedicated|focused|began|opened|started|ended|concluded)\s+(?:(?:most|much|part|all|some|the\s+(?:bulk|rest|start|end))\s+of\s+)?their\s+(?:[\p{L}\p{N}_-]+\s+){0,2}?(talks|meeting|call|phone call|video call|conversation|discussions)\b/giu,
    hint: /\btheir\b/i,
    lead: lead(
      String.raw`\b(?:spent|used|devoted|dedicated|focused|began|opened|started|ended|concluded)\s`,
    ),
    shape: "group",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\bover\s+(?:a\s+)?(?:working\s+|private\s+|state\s+)?(?:lunch|dinner|breakfast|coffee)\b/giu,
    hint: /\bover\b/i,
    shape: "group",
    type: () => "meeting",
  },
  {
    // "In a phone call with Ramaphosa on Monday, Lula said…": the main clause's subject calls.
    // "He had gone over the review in a video call on Monday with Okamura": a day or a place may
    // stand between the noun and "with".
    re: /\b(?:in|during|over)\s+(?:a|an|their|his|her)\s+(?:[\p{L}\p{N}_-]+\s+){0,2}?(call|phone call|telephone call|video call|meeting|talks|conversation)(?:\s+[\p{L}\p{N}_-]+){0,4}?\s+with\b/giu,
    hint: /call|meeting|talks|conversation/i,
    lead: lead(String.raw`\b(?:in|during|over)\s+(?:a|an|their|his|her)\s`),
    shape: "fronted",
    type: (m) => nounType(m[1]),
  },
  {
    // "Prabowo signed a joint statement with Xi", "flew to Hanoi to sign the accord with To Lam",
    // "signed the deal alongside A and B", "Brown signed the pact in the presence of Han",
    // "signed the loan agreement in Lusaka on Wednesday with Quaynor", "signed a $3.5 million
    // grant with the foreign minister" (an amount may stand before the money's noun), "signed the
    // documents at the ministry with B".
    re: new RegExp(
      String.raw`\b(?:sign(?:ed|s|ing)?|countersign(?:ed|s|ing)?|initial(?:l)?ed|inked)\s+(?:[\p{L}\p{N}_-]+\s+){0,4}?(?:${DOCUMENTS})s?(?:\s+[\p{L}\p{N}_-]+){0,5}?\s+(?:with|alongside)\b|\bsigned\s+on\s+behalf\s+of\s+(?:[\p{L}\p{N}_'’-]+\s+){1,4}?with\b|\bsigned\s+(?:a|an|the|${COUNTS})\s+(?:[^\s;,]+\s+){0,5}?(?:${MONEY})s?(?:\s+[^\s;,]+){0,10}?\s+with\b`,
      "giu",
    ),
    hint: /sign|initial|inked/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "A and B signed a deal to restore ties in the presence of C": all of the subject, and C.
    // "A and B shook hands in front of C": before C's eyes, as in C's presence.
    re: /\bin (?:the presence|front) of\b/giu,
    hint: /presence|front/i,
    shape: "verb",
    type: () => "meeting",
    wholeSubject: true,
  },
  {
    // "A and B signed the accord at the ministry, followed by a working lunch with C and D": the
    // meal or talks that followed what the subjects did together are theirs, with those named
    // after "with" — not what followed their separate acts ("A and B criticised the budget").
    re: /,\s+(?:followed|preceded)\s+by(?<=\b(?:signed|sealed|initial(?:l)?ed|inked|held|met|opened|inaugurated|launched|toured|visited|attended|laid|reviewed|inspected|unveiled|chaired|co-chaired|hosted|received|welcomed|concluded|watched)\b[^;]*)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:lunch|luncheon|dinner|breakfast|banquet|meeting|talks|session|discussions)\s+with\b/giu,
    hint: /\b(?:followed|preceded)\s+by\b/i,
    shape: "verb",
    type: () => "meeting",
    wholeSubject: true,
  },
  {
    // "a trilateral meeting of the foreign ministers — A of X, B of Y and C of Z —".
    re: /\b(?:meeting|talks|summit)\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}_-]+\s+){0,3}?(?:ministers|leaders|presidents|heads|envoys|officials)\b/giu,
    hint: /(?:meeting|talks|summit)\s+of\b/i,
    shape: "list",
    type: () => "meeting",
  },
  {
    // "travelled to Pristina for talks with Kurti", "after talks in Rabat with X": a meeting named
    // by a noun, its place between. "after a video call with X" ("in a video call with": fronted).
    // Not a clause of its own: "a day after B held talks with C" is read at "held".
    re: new RegExp(
      String.raw`\b(?:for|in|during|after|following)\s+(?:(?!(?:held|had|hold|holds|holding)\s)[\p{L}\p{N}_-]+\s+){0,2}?(talks|meeting|meetings|a call|discussions|consultations)\s+${PLACE_BEFORE_WITH}|\b(?:after|following)\s+(?:a|an|his|her|their)\s+(?:[\p{L}\p{N}_-]+\s+)?((?:phone|telephone|video)\s+calls?)\s+with\b`,
      "giu",
    ),
    hint: /(?:talks|meetings?|calls?|discussions|consultations)\s+(?:on\s+[a-z]+day\s+)?(?:with|in|at)\b/i,
    shape: "verb",
    type: (m) => nounType(m[1] ?? m[2]),
  },
  {
    // "A and B prepared the ground in a separate session": a session of a few, not a summit's
    // plenary ("the opening session").
    re: /\b(?:at|in|into|during)\s+(?:a|an|their|the)\s+(?:[\p{L}\p{N}_'’-]+\s+){0,2}?(meeting|talks|bilateral|call|summit|(?:separate|closed-door|private|bilateral|trilateral|one-on-one|restricted|tête-à-tête)\s+session)\b(?!\s+(?:of|with|between))/giu,
    hint: /meeting|talks|bilateral|call|summit|session/i,
    lead: lead(String.raw`\b(?:at|in|into|during)\s+(?:a|an|their|the)\s`),
    shape: "group",
    type: (m) => nounType(m[1]),
  },
  {
    // "Saidov and Dar called on the prime minister at his office": a visit, unless "to" follows.
    re: /\b(?:called|calls|call|calling)\s+on\b|\bpa(?:id|ying)\s+(?:a\s+|an\s+)?(?:[\p{L}\p{N}_-]+\s+){0,2}?(?:call|visit)\s+(?:on|to)\b/giu,
    hint: /call|pa(?:id|ying)/i,
    lead: lead(String.raw`\b(?:called|calls|call|calling)\s+on\b|\bpa(?:id|ying)\s`),
    shape: "verb",
    type: () => "meeting",
    direct: true,
  },
  {
    // "Kos saw Foreign Minister Mucunski on Wednesday morning": "saw" a person, then only a day,
    // a place or the clause's end (see isOtherSenseAfterObject: not "saw him as a rival").
    re: /\bsaw\b/giu,
    hint: /\bsaw\b/i,
    shape: "verb",
    type: () => "meeting",
    direct: true,
  },
  {
    // "Al Zayani briefed Jordan's foreign minister by phone": a verb of telling done by phone.
    re: /\b(?:briefed|consulted|updated|congratulated|thanked|informed|assured|reassured|told)\b(?=[^.;]{0,90}?\b(?:by|over the|on the)\s+(?:tele)?phone\b)/giu,
    hint: /phone/i,
    shape: "verb",
    type: () => "call",
    direct: true,
  },
  {
    // "spent almost an hour at the White House with Vance and Rubio", "left after about 90
    // minutes with Aoun".
    re: /\bspen(?:t|ds?|ding)\b(?:\s+[\p{L}\p{N}_'’-]+){1,12}?\s+with\b|\bafter\s+(?:(?:about|nearly|almost|some|over|more\s+than|less\s+than)\s+)?(?:an?|one|two|three|four|five|six|several|\d+)\s+(?:(?:and\s+a\s+half\s+)?hours?|minutes)\s+with\b/giu,
    hint: /\bspen[dt]|\b(?:hours?|minutes)\s+with\b/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Hichilema raised it with Georgieva on a video call last week": "with" someone in a call.
    re: /\bwith\b(?=[^.;]{0,80}?\b(?:on|in|during|over)\s+(?:a|an|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:phone|telephone|video)\s+call|videoconference|video\s+conference)\b(?!\s+(?:for|to)\b))/giu,
    hint: /\b(?:call|conference)\b/i,
    lead: lead(String.raw`(?:phone|telephone|video)\s+call\b|video\s*conference\b`),
    shape: "verb",
    type: () => "call",
    direct: true,
  },
  {
    // "Chapman toured Black River with Holness", "Lula flew over the flooded city with Leite":
    // a visit made together, in the past (a present "tours… with" is planned).
    re: /\b(?:toured|inspected|surveyed|visited|flew\s+over|walked\s+(?:through|around|along|across))\b(?:\s+[\p{L}\p{N}_'’-]+){0,6}?\s+with\b/giu,
    hint: /toured|inspected|surveyed|visited|flew\s+over|walked/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Talks in Geneva on Monday brought together A and B", "A working dinner brought together
    // A, B and C": a meeting noun as the subject of "brought together" (a few words of place or
    // time between) — those it brought together met; a person's "brought together" is the
    // host's trigger above.
    re: /\b(?:meeting|meetings|talks|summit|session|dinner|lunch|breakfast|call|negotiations|consultations)\b(?:\s+(?!(?:brought|brings|bringing)\b)[\p{L}\p{N}_'’-]+){0,6}?\s+(?:brought|brings|has\s+brought|had\s+brought)\s+together\b/giu,
    hint: /\btogether\b/i,
    shape: "between",
    type: () => "meeting",
  },
  {
    // "The agreement was signed in Kabul by A, B and C": the signatories met. Also after the
    // document's noun with no verb: "under an exchange of notes signed on Thursday by A and B";
    // past an adverb of time or manner: "was then signed by A and B".
    re: /\b(?:(?:was|were|been|being)(?:\s+(?:then|later|also|formally|jointly|finally|officially))?|(?:agreement|deal|accord|memorandum|notes|letters|treaty|pact|protocol|contract|convention|loan|grant|communiqu[eé]|declaration)s?)\s+signed\b(?:\s+[\p{L}\p{N}_'’.-]+){0,10}?\s+by\b/giu,
    hint: /\bsigned\b/i,
    shape: "between",
    type: () => "meeting",
  },
  {
    // "Reina and his Chinese counterpart, Qin Gang, signed a joint communiqué", "A and B signed a
    // $46 million concessional loan", "A and B witnessed the signing of five agreements".
    re: new RegExp(
      String.raw`\b(?:signed|countersigned|initial(?:l)?ed|inked)\s+(?:${SIGNED_ON})?(?:a|an|the|${COUNTS})\s+(?:[\p{L}\p{N}_"“”'’-]+\s+){0,3}?(?:${DOCUMENTS})s?(?![\p{L}\p{N}])|\bsigned\s+(?:${SIGNED_ON})?(?:a|an|the|${COUNTS})\s+(?:[^.;,]|\.(?=\d)){0,50}?\b(?:${MONEY})s?(?:\s+agreements?)?\b|\bsigned\s+(?:on\s+behalf\s+of|for)\s+(?:their|both|the\s+two)\b|\b(?:witnessed|oversaw|presided over)\s+the\s+(?:signing|exchange)\b|\bput\s+(?:their|his|her)\s+(?:names|signatures?)\s+to\b|\bexchanged\s+(?:the\s+)?(?:diplomatic\s+)?(?:notes|documents|instruments|letters)\b`,
      "giu",
    ),
    hint: /signed|initial|inked|exchanged|witnessed|oversaw|presided|put\s+(?:their|his|her)/i,
    shape: "subjects",
    type: () => "meeting",
  },
  {
    // "At their meeting in Paris, Macron told Merz…": the main clause's subject and the person it
    // addresses.
    re: /^\s*(?:at|during|in|after|following)\s+their\s+(?:[\p{L}-]+\s+){0,2}?(meeting|talks|call|phone call|telephone call|video call|conversation|discussions)\b/giu,
    hint: /\btheir\b/i,
    shape: "their",
    type: (m) => nounType(m[1]),
  },
  {
    // "Ruto has not spoken to Museveni since their meeting in March": that meeting took place,
    // between the two people the clause names.
    re: /\bsince\s+their\s+(?:last\s+)?(?:[\p{L}-]+\s+)?(meeting|talks|call|phone call|telephone call|video call|conversation|summit)\b/giu,
    hint: /\bsince\s+their\b/i,
    shape: "since",
    type: (m) => nounType(m[1]),
  },
  {
    // "A and B have not met since July 23", "A has not spoken to B since March": the last
    // meeting, on the day named after "since" (not "since he took office": no meeting then).
    // "A and B have not held talks since A's visit to Kyiv in July", "…since the Paris summit":
    // they met then, at that visit or summit.
    re: /\b(?:have|has|had)\s+not\s+(met|spoken|talked|held\s+talks)\b(?:\s+(?:to|with)\b)?[^.;,]{0,60}?\bsince\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)\b|\d|(?:the|their|his|her|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|summit|meeting|talks|trip)\b)/gu,
    hint: /\bnot\s+(?:met|spoken|talked|held\s+talks)\b/,
    shape: "since",
    type: (m) => (m[1] === "met" ? "meeting" : "talks"),
  },
  {
    // "King Charles granted an audience to Carney", "Wang Ke presented his credentials to Ruto".
    re: /\bgrant(?:ed|s|ing)?\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?audience\s+to\b|\bpresent(?:ed|s|ing)?\s+(?:his|her|their)\s+(?:letters\s+of\s+)?credentials\s+to\b/giu,
    hint: /audience|credentials/i,
    shape: "verb",
    type: () => "meeting",
  },
  {
    // "Lula received a call from Ramaphosa", "returned a call from".
    re: /\b(?:received|took|got|returned)\s+(?:a\s+)?(?:[\p{L}\p{N}_-]+\s+){0,2}?(call|phone call|telephone call|visit)\s+from\b/giu,
    hint: /\bfrom\b/i,
    shape: "verb",
    type: (m) => nounType(m[1]),
  },
  {
    // "He and Rutte shake hands at the entrance": a live blog tells what happens as it happens.
    re: /\b(?:sat down|sitting down|during their|shook hands|shaking hands|before their|after their|before holding|after holding|began|opened|concluded|wrapped up|held|(?:come|came|coming)\s+out\s+of|emerged\s+from)\s+(?:[\p{L}\p{N}_-]+\s+){0,3}?(talks|meeting|call|phone call|telephone call|video call|video conference|videoconference|conversation|discussions|negotiations|summit|trilateral|bilateral)\b|\b(?:shook|shake|shakes) hands\b/giu,
    hint: /talks|meeting|call|conferen|conversation|discussion|negotiation|summit|lateral|shook|shakes?\s/i,
    lead: lead(
      String.raw`\b(?:sat down|sitting down|during their|shook hands|shaking hands|before their|after their|before holding|after holding|began|opened|concluded|wrapped up|held|(?:come|came|coming)\s+out\s+of|emerged\s+from)\s|\b(?:shook|shake|shakes) hands\b`,
    ),
    shape: "group",
    type: (m) => nounType(m[1]),
  },
  {
    re: /\b(?:(?<!\b(?:is|are|was|were|be|been|being)\s+)discussed|met|did\s+(?:indeed\s+|actually\s+|briefly\s+)?(?:meet|speak(?: by (?:tele)?phone| on the (?:tele)?phone| by video(?: link)?)?|talk|hold talks)|held talks|exchanged views|spoke(?: by (?:tele)?phone| on the (?:tele)?phone| by video(?: link)?)?(?!\s+at\s+(?!length\b))|(?:have|has|had) spoken(?: by (?:tele)?phone| on the (?:tele)?phone| by video(?: link)?)?|talked|conferred|huddled|chatted|negotiated|dined|lunched|breakfasted|(?:had|held|holding)\s+(?:[^\s]+\s+){0,6}?(talks|conversations|conversation|discussions|consultations|meeting|call|phone call|lunch|dinner|breakfast|tête-à-tête|(?:separate|working|closed-door|private|bilateral|one-on-one|restricted)\s+session))\b/giu,
    hint: /discussed|\bmet\b|\bdid\s|held talks|exchanged views|spok|talked|conferred|huddled|chatted|negotiated|dined|lunched|breakfasted|\bh(?:a|el)d\b|\bholding\b/i,
    shape: "together",
    type: (m) => (/spoken? by|phone/i.test(m[0]) ? "call" : nounType(m[1])),
  },
  ...COMITATIVE_TRIGGERS,
  ...PARTICIPLE_TRIGGERS,
];
