import { mayStartTitle } from "../gazetteer/title-index.ts";
import { WEEKDAYS } from "../gazetteer/words.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { execAll } from "../text/exec-all.ts";
import { packedMap, packedConcat, packedFilter } from "../text/packed-map.ts";
import { gatedTest, letterGate } from "../text/letter-gate.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd, uniqueByKey } from "./clause.ts";
import { findMeetings, type MeetingMention } from "./find-meetings.ts";
import { bareNumberGroup } from "./meeting-bare-number.ts";
import { afterLastMeeting } from "./meeting-later.ts";
import { sameMeetingAgain, toldAsAnother } from "./meeting-same-pair.ts";
import { isListGap } from "./meeting-list-gap.ts";
import { nounType } from "./meeting-noun-type.ts";
import { meetingPairMeant, PAIR_REACH, unresolvedPair } from "./meeting-pair-reference.ts";
import { openingNounMeeting, openingPerson } from "./meeting-opening-noun.ts";
import { namesOtherOccasion } from "./meeting-copresence.ts";
import { FirstPerson } from "./meeting-first-person.ts";
import { sidesMeant } from "./meeting-go-between.ts";
import type { MeetingType } from "./meeting-noun-type.ts";
import { BARE_JOINED, heldOfKind, LISTED_JOINED } from "./meeting-joined-kind.ts";
import { meetingWithGroup } from "./meeting-with-group.ts";
import { seatedAt } from "./meeting-seated.ts";
import { demonymGroup } from "./meeting-demonym-group.ts";
import { namedAfterBy } from "./meeting-hosted-by.ts";
import { alongAside } from "./meeting-along-aside.ts";

/** A meeting held, which later sentences may refer back to ("the talks", "the visitor"). */
export interface Held {
  readonly participants: readonly Actor[];
  readonly date: string | undefined;
  readonly sentence: number;
  readonly type: MeetingType;
}

/** The count words of GUEST_COUNT, from two. */
const COUNTS = ["two", "three", "four"];

/** How many sentences back "the talks" may still mean the last meeting reported. */
const REACH = 6;

/**
 * A sentence opening on the meeting told: "The call was held…", "The talks lasted…"; not on
 * another one ("The next meeting is planned for June") nor on a demand ("The call for a truce…").
 */
const ABOUT_IT =
  /^\W*(?:The|That|This)\s+(?:(?!(?:next|upcoming|planned|proposed|previous|last|earlier|future|new)\b)[\p{Ll}-]+\s+){0,2}?(?:call(?!\s+(?:for|to)\b)|talks|meeting|conversation|discussions?|encounter)\b/u;

/** A sentence that tells a signing. */
const SIGNING = /\b(?:signed|signing|signs|inked)\b/i;

/** "the Russian visitor", "the guest": someone received or visiting, named earlier. */
const GUEST =
  /\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:two|three|four)\s+)?(?:(\p{Lu}[\p{L}'’-]*)\s+)?(?:visitor|guest)s?\b(?!['’]|\s+(?:house|houses|list|lists|book|room|rooms|quarters|speaker|appearance|worker|workers|lecture|centre|center|numbers)\b)/gu;

/**
 * "the visiting president", "the visiting foreign minister": the guest, even where the title
 * alone was read as someone else — often the host himself ("Ruto met the visiting president").
 * The word after "visiting" must start a title: "the visiting team", "the visiting hours" are no one.
 */
const VISITING =
  /\b[Tt]he\s+(?:(?:two|three|four)\s+)?visiting\s+(?:(\p{Lu}[\p{L}'’-]*)\s+)?(\p{Ll}[\p{L}-]*)(?:\s+ministers?)?\b/gu;

/** "the two visiting ministers", "the three visitors", "his guests": how many guests are meant. */
const GUEST_COUNT = /^\S+\s+(two|three|four)\b|[^su]s$/i;

/**
 * "Simporé also took part in the talks", "…joined the meeting", "Mahat, who attended the
 * signing,", "Skerrit also sat at the table", "Faye was also part of the delegation": a
 * participant added.
 */
const JOINED =
  /\b(?:took|takes|taking|take)\s+part\s+in\s+|\b(?:was|were)\s+(?:also\s+)?(?:part\s+of|among|(?:a\s+)?members?\s+of)\s+|\b(?:participated|participates|sat)\s+in\s+(?:on\s+)?|\b(?:joined|attended)\s+|\balso\s+(?:sat|was|were)\s+(?=at\s+the\s+(?:negotiating\s+)?table\b|present\b)|\b(?:was|were)\s+(?:also\s+|both\s+)?on\s+(?=the\s+call\b)/giu;
/**
 * The meeting joined: "the talks", "Tuesday's meeting" (the one held that weekday), "the two for
 * the second half of the meeting".
 */
const JOINED_NOUN =
  /^(?:(?:(?:them|him|her|the\s+(?:two|three|four)(?:\s+[\p{L}-]+)?)\s+(?:for|at|in|during)\s+(?:(?:the|a)\s+)?(?:(?:[\p{L}-]+\s+){0,3}?of\s+)?)?(?:the|their|those|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(talks|meeting|meetings|discussions|negotiations|call|dinner|lunch|luncheon|breakfast|banquet|signing|ceremony|delegation|entourage|session)\b(?!\s+of\b)|at\s+the\s+(?:negotiating\s+)?table\b|present\b)/iu;

/**
 * "The meeting in the Oval Office… was also attended by Sullivan", "The ceremony at the State
 * Department was overseen by Boulos", "The talks were chaired by X": participants added after "by" —
 * one who attends, chairs, hosts or oversees a meeting meets those in it.
 */
export const ATTENDED_BY =
  /\b(talks|meeting|meetings|discussions|negotiations|call|dinner|lunch|luncheon|breakfast|banquet|ceremony|signing|session)\b[^.;]{0,100}?\b(?:was|were|had been|has been|have been)\s+(?:(?:also|later|then)\s+)?(?:attended|overseen|chaired|co-chaired|hosted|presided\s+over|witnessed|mediated|moderated|joined)\s+(?:(?:on|for)\s+the\s+[\p{L}-]+\s+side\s+)?by\b/giu;

/**
 * Searched only in sentences mayJoin lets through that name people (joined()). mayJoin's verbs
 * alone pass many where ATTENDED_BY cannot match ("joined the bloc", "hosted a dinner"): this
 * gate also needs a meeting's noun, a passive's auxiliary and "by", and answers "no" without
 * the search where their letters are missing.
 */
const mayBeAttendedBy = letterGate(ATTENDED_BY);

/**
 * Asked of every sentence, and most have none of their words: letter-gate.ts answers "no" without
 * the search where a word's letters are missing.
 */
const mayBeVisiting = gatedTest(/\bvisiting\b/);
const mayNameGuest = gatedTest(/\b(?:visitor|guest)s?\b/);
const mayJoin = gatedTest(
  /\b(?:part|participat|sat|joined|attended|accompanied|flanked|present|overseen|chaired|hosted|presided|witnessed|mediated|moderated|on the call|table)/i,
);

/**
 * What the sentences read so far leave for later ones to refer to: the last meeting held, and
 * the people received or visiting, for "the talks" and "the visitor".
 */
export class MeetingMemory {
  private last: Held | undefined;
  /** The last meeting one person held with people left unnamed ("a call with the premiers"). */
  private withGroup: Held | undefined;
  /** The meetings held so far with a day, the latest last: "Tuesday's meeting" is one of them. */
  private dated: Held[] = [];
  /** Every meeting held so far, the latest last: "the talks" after a call are the talks told. */
  private told: Held[] = [];
  /** People received, hosted or visiting, the latest first. */
  private guests: Actor[] = [];
  /** People of the sentences read, the latest first. */
  private recent: Actor[] = [];
  /** People of each of the last PAIR_REACH sentences read, the latest first. */
  private lately: Actor[][] = [];
  private index = -1;
  /** The sentence that last named one of a meeting's unnamed people (namedMember). */
  private memberAt = -1;
  /** The person the sentence just read opened on as its subject. */
  private opener: Actor | undefined;
  /** Who "I" and "we" are in the quotes and answers read. */
  private readonly firstPerson = new FirstPerson();
  /** The last sentence that named the last meeting by its noun and no one ("The call was…"). */
  private lastTold = -1;
  /** The last sentence that told a signing and no meeting of people ("The bank signed a grant with Tonga"). */
  private signedAt = -1;

  /** The meetings a sentence reports, with those it adds people to and the guests it describes. */
  find(s: AnalyzedSentence, actors: readonly Actor[]): MeetingMention[] {
    this.index++;
    // "The two were later joined by Rubio": the people of the meeting told just before.
    const told =
      this.last !== undefined && this.index - Math.max(this.last.sentence, this.lastTold) <= 2
        ? this.last.participants
        : [];
    // "the Kazakh and Uzbek ministers": one person of each country, named before.
    const described = packedConcat(
      this.describedGuests(s, actors),
      demonymGroup(s, actors, this.recent),
    );
    // "the two visiting ministers" stands for the guests, not for whom the resolver read it as.
    const read =
      described.length === 0
        ? actors
        : packedFilter(
            actors,
            (a) =>
              a.via !== "description" || !described.some((g) => g.start < a.end && g.end > a.start),
          );
    // Arrays handed on here are built by push loops (packed-map.ts): V8 then keeps one
    // optimised version of this method instead of compiling it again for each kind of array.
    const guests = packedConcat(
      packedConcat(
        packedConcat(described, bareNumberGroup(s, actors, told)),
        unresolvedPair(s, actors, told, this.lately),
      ),
      packedConcat(this.firstPerson.find(s, actors), sidesMeant(s, actors, told)),
    );
    // "…, carrying a message from C. The two men discussed…": the pair of that meeting.
    const found = packedMap(
      findMeetings(
        s,
        guests.length === 0 ? read : packedConcat(read, guests).sort((a, b) => a.start - b.start),
      ),
      (f) => meetingPairMeant(f, told),
    );
    // "He later held talks with C": on the day of the meeting told just before.
    const recent = this.last !== undefined && this.index - this.last.sentence <= REACH;
    const lastDate = recent ? this.last?.date : undefined;
    const toldDate = told.length > 0 ? this.last?.date : undefined;
    const sequenced = withJoinedLater(
      packedMap(
        found,
        (f) =>
          this.toldBefore(f) ?? sameMeetingAgain(afterLastMeeting(f, lastDate), told, toldDate),
      ),
    );
    // "The delegation, which also included A and B, was received by C": the meeting told before.
    const again = this.delegationAgain(s, actors, sequenced);
    if (again !== undefined) sequenced.splice(0, sequenced.length, ...again);
    // "Ruto visited Kampala. Talks with Museveni focused on…": the visitor the sentence before opened on.
    const opening = found.length === 0 ? openingNounMeeting(s, actors, this.opener) : undefined;
    if (opening !== undefined) sequenced.push(opening);
    // "Carney held a call with the premiers": remembered only, for those a later sentence adds.
    const alone = sequenced.length === 0 ? meetingWithGroup(s, actors) : undefined;
    if (alone !== undefined) sequenced.push(alone);
    this.opener = openingPerson(s, actors);
    const joined = this.joined(s, actors) ?? broughtTogether(s, sequenced);
    const people = packedFilter(actors, (a) => a.label === "Person" && !a.possessive).reverse();
    // The people kept are unique and at most twelve: a sentence naming none leaves them so.
    if (people.length > 0)
      this.recent = uniqueByKey(packedConcat(people, this.recent)).slice(0, 12);
    this.lately = [people, ...this.lately].slice(0, PAIR_REACH);
    if (sequenced.length === 0 && joined === undefined && SIGNING.test(s.sentence.text))
      this.signedAt = this.index;
    if (joined !== undefined) sequenced.push(joined);
    // "The call was held at the Japanese side's request": a sentence about the meeting, naming
    // no one, keeps it the one told just before.
    if (
      people.length === 0 &&
      sequenced.length === 0 &&
      told.length > 0 &&
      ABOUT_IT.test(s.sentence.text)
    )
      this.lastTold = this.index;
    return sequenced;
  }

  /** Keeps a meeting as the one later sentences refer to, and whom it received. */
  remember(m: MeetingMention, date: string | undefined): void {
    if (m.modality !== "asserted") return;
    if (m.participants.length < 2) {
      this.withGroup = { participants: m.participants, date, sentence: this.index, type: m.type };
      return;
    }
    // "A and B met… for talks chaired by C": of one sentence's meetings, the one with everyone.
    // "A and B each met C. The two envoys…": those who each met C are the pair told.
    const participants = m.each ?? m.participants;
    const last = this.last;
    const within =
      last?.sentence === this.index &&
      participants.every((p) => last.participants.some((q) => q.key === p.key));
    if (!within) {
      this.last = { participants, date, sentence: this.index, type: m.type };
      this.told.push(this.last);
      if (date !== undefined) this.dated.push(this.last);
    }
    const { text, start } = m.sentence.sentence;
    const trigger = text.slice(m.at - start);
    // "Yevkurov was received by Traoré": the subject is the guest; "Traoré received Yevkurov":
    // the objects are.
    const guests =
      /^(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:received|hosted|welcomed|greeted)\b/i.test(trigger)
        ? m.participants.slice(0, 1)
        : /^(?:received|hosted|welcomed|greeted|receives|hosts|welcomes|greets)\b/i.test(trigger)
          ? m.participants.slice(1)
          : [];
    this.guests = uniqueByKey([...guests, ...this.guests]);
  }

  /** "Yevkurov arrived in Ouagadougou": a visitor is a guest there. */
  visited(visitor: Actor): void {
    this.guests = uniqueByKey([visitor, ...this.guests]);
  }

  /**
   * "Earlier in the day, the Russian visitor was received by X", "the visiting minister": the
   * guest received or visiting last, of that country if a demonym says so; "the Afghan visitor" with no one received yet is
   * the latest person of that country, or of no known country.
   */
  private describedGuests(s: AnalyzedSentence, actors: readonly Actor[]): Actor[] {
    const { text, start } = s.sentence;
    const visiting = mayBeVisiting(text);
    if (!visiting && !mayNameGuest(text)) return [];
    const here = new Set(actors.filter((a) => a.label === "Person").map((a) => a.key));
    const out: Actor[] = [];
    const matches = visiting
      ? [...execAll(GUEST, text), ...execAll(VISITING, text)]
      : execAll(GUEST, text);
    for (const m of matches) {
      const from = start + m.index;
      const to = from + m[0].length;
      // "the visiting president" is the guest whoever its title was read as — unless a guest.
      // "Tebboune, the visiting president,": in apposition, it is the one just named.
      const read = actors.find((a) => a.label === "Person" && a.start < to && a.end > from);
      const visitingOne = /visiting/.test(m[0]);
      if (visitingOne && isAppositive(text, start, actors, from)) continue;
      if (visitingOne && (m[2] === undefined || !mayStartTitle(m[2]))) continue;
      if (read !== undefined && (!visitingOne || this.guests.some((g) => g.key === read.key)))
        continue;
      const country = actors.find((a) => a.label === "Country" && a.start >= from && a.end <= to);
      // "the State guest": a capitalised word that is no demonym is not read.
      if (m[1] !== undefined && country === undefined) continue;
      const counted = GUEST_COUNT.exec(m[0]);
      // "The visitors were received by C, who briefed A and B": those the relative clause names
      // after the guests are still the guests.
      const relative = text.indexOf(", who ", m.index + m[0].length);
      const named =
        relative < 0
          ? here
          : new Set(
              actors
                .filter((a) => a.label === "Person" && a.start < start + relative)
                .map((a) => a.key),
            );
      const found =
        counted === null
          ? [this.guestOf(country?.country, here)].filter((g) => g !== undefined)
          : this.guestsOf(
              Math.max(2, COUNTS.indexOf(counted[1]?.toLowerCase() ?? "") + 2),
              named,
              counted[1] === undefined,
            );
      if (found.length === 0) continue;
      const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to);
      for (const guest of found)
        out.push({
          ...guest,
          start: from,
          end: to,
          from: s.tokens.indexOf(tokens[0] ?? s.tokens[0]!),
          to: s.tokens.indexOf(tokens.at(-1) ?? s.tokens[0]!) + 1,
          via: "description",
          possessive: false,
          place: false,
        });
    }
    return out;
  }

  /**
   * "the three visiting ministers", "his guests": as many guests as the words count (two where
   * they only say "guests"), received or visiting latest — or, with fewer such guests, the people
   * the last meeting's first party met ("A met the Baltic ministers, B, C and D"), if as many
   * (or, where no number is said, "the visitors", if at least as many).
   */
  private guestsOf(count: number, here: ReadonlySet<string>, uncounted = false): Actor[] {
    const free = this.guests.filter((p) => !here.has(p.key));
    if (free.length >= count) return free.slice(0, count);
    const met = (this.last?.participants.slice(1) ?? []).filter((p) => !here.has(p.key));
    // "A held talks with B, C and D. The visitors were then received by E": all of them.
    return met.length === count || (uncounted && met.length > count) ? met : [];
  }

  private guestOf(country: string | undefined, here: ReadonlySet<string>): Actor | undefined {
    const free = (p: Actor): boolean => !here.has(p.key);
    const fits = (p: Actor): boolean => p.country === undefined || p.country === country;
    if (country === undefined) return this.guests.find(free);
    return (
      this.guests.find((p) => free(p) && p.country === country) ??
      this.guests.find((p) => free(p) && fits(p)) ??
      this.recent.find((p) => free(p) && p.country === country) ??
      this.recent.find((p) => free(p) && fits(p))
    );
  }

  /**
   * "Defence Minister Simporé also took part in the talks", "The meeting… was also attended by
   * Sullivan": the people added to the last meeting held, if it is recent. With none told yet,
   * "The talks in Nairobi were attended by A and B": those who attended met.
   */
  private joined(s: AnalyzedSentence, actors: readonly Actor[]): MeetingMention | undefined {
    // A meeting with unnamed people told after the last one of named people is the one joined.
    const latest =
      this.withGroup !== undefined && this.withGroup.sentence > (this.last?.sentence ?? -1)
        ? this.withGroup
        : this.last;
    const recent =
      latest === undefined || this.index - latest.sentence > REACH ? undefined : latest;
    const { text, start } = s.sentence;
    const member = this.namedMember(s, actors, latest) ?? this.ledBy(s, actors, latest);
    if (member !== undefined) return member;
    if (!mayJoin(text)) return undefined;
    const people = actors.filter((a) => a.label === "Person" && !a.possessive);
    // Everything below adds people of this sentence to a meeting: a sentence naming none adds none.
    if (people.length === 0) return undefined;
    for (const m of recent === undefined && this.dated.length === 0 ? [] : execAll(JOINED, text)) {
      const noun = JOINED_NOUN.exec(text.slice(m.index + m[0].length));
      if (noun === null) continue;
      // "…, who attended Tuesday's meeting": the meeting held that weekday, however far back.
      const last =
        noun[1] === undefined ? heldOfKind(recent, this.told, noun[2]) : this.heldOn(noun[1]);
      if (last === undefined || this.signingSince(last, noun[2])) continue;
      const at = start + m.index;
      const joiners = listedBefore(text, start, people, at);
      if (joiners.length > 0) return this.joinedMention(s, last, joiners, at, noun[2]);
    }
    // "Around the table sat A, B and C": those listed after took part in the meeting told.
    const seated = recent === undefined ? undefined : seatedAt(text, start, people);
    if (recent !== undefined && seated !== undefined) {
      const mention = this.joinedMention(s, recent, seated.people, seated.at, undefined);
      if (mention !== undefined) return mention;
    }
    // "Montero, who also attended, said…": the meeting told just before, joined by the one
    // named last. "Tsahkna and Valtonen attended in person": by all those listed.
    if (recent !== undefined && this.index - recent.sentence <= 2) {
      const last = (at: number) =>
        actorsBetween(people, leftClauseStart(text, start, at), at).slice(-1);
      const listed = (at: number) => listedBefore(text, start, people, at);
      for (const [pattern, joinersAt] of [
        [BARE_JOINED, last],
        [LISTED_JOINED, listed],
      ] as const) {
        const found = pattern.exec(text);
        if (found === null) continue;
        const at = start + found.index;
        const mention = this.joinedMention(s, recent, joinersAt(at), at, undefined);
        if (mention !== undefined) return mention;
      }
    }
    // "Misri was accompanied at the talks by Verma": who came along to the meeting told.
    const along = recent === undefined ? null : ACCOMPANIED_AT.exec(text);
    if (recent !== undefined && along !== null) {
      const from = start + along.index + along[0].length;
      const mention = this.joinedMention(
        s,
        heldOfKind(recent, this.told, along[1]) ?? recent,
        namedAfterBy(text, start, from, people),
        start + along.index,
        along[1],
      );
      if (mention !== undefined) return mention;
    }
    // "Dien, who was accompanied by Deputy Minister Tan, told reporters…": one who came along with
    // a participant of the meeting told in the sentence just before.
    const aside =
      recent === undefined || this.index - recent.sentence > 1 ? null : alongAside(text);
    const antecedent =
      aside === null ? undefined : people.findLast((a) => a.end <= start + aside.index);
    if (
      recent !== undefined &&
      aside !== null &&
      antecedent?.end === start + aside.index &&
      recent.participants.some((p) => p.key === antecedent.key)
    ) {
      const from = start + aside.index + aside[0].length;
      const mention = this.joinedMention(
        s,
        recent,
        namedAfterBy(text, start, from, people),
        start + aside.index,
        undefined,
      );
      // The meeting recalled keeps its own day.
      if (mention !== undefined) return { ...mention, again: true };
    }
    const last = recent ?? {
      participants: [],
      date: undefined,
      sentence: this.index,
      type: "meeting" as const,
    };
    for (const m of mayBeAttendedBy(text) ? execAll(ATTENDED_BY, text) : []) {
      const end = start + m.index + m[0].length;
      const joiners = actorsBetween(people, end, rightClauseEnd(text, start, end));
      // A ceremony or session many attend is no meeting of its own: only talks, a meal, a call.
      // Nor is one named by its own occasion the last meeting's ("the swearing-in ceremony").
      const crowd =
        (recent === undefined ||
          namesOtherOccasion(text.slice(Math.max(0, m.index - 40), m.index), m[0])) &&
        !/^(?:talks|meetings?|discussions|negotiations|call|dinner|lunch|luncheon|breakfast)$/i.test(
          m[1] ?? "",
        );
      if (!crowd && joiners.length > (recent === undefined ? 1 : 0))
        return this.joinedMention(s, last, joiners, start + m.index, m[1]);
    }
    return undefined;
  }

  /**
   * "The bank signed a grant with Tonga. Eke, who attended the signing, said…": the signing
   * joined is the one told since the last meeting, which had no people of its own to meet.
   */
  private signingSince(last: Held, noun: string | undefined): boolean {
    return /^signing$/i.test(noun ?? "") && this.signedAt > last.sentence;
  }

  /**
   * "Anand told reporters after the meeting with Jaishankar": a meeting named with "the" or
   * "their" is one told before, of the same people — on its day.
   */
  private toldBefore(f: MeetingMention): MeetingMention | undefined {
    if (f.date !== undefined || this.dated.length === 0) return undefined;
    const { text, start } = f.sentence.sentence;
    // "after his talks with": a trigger at "his talks with" keeps the preposition before it.
    const before = /\b(?:after|following|during)\s+$/i.exec(
      text.slice(Math.max(0, f.at - start - 12), f.at - start),
    );
    const words = (before?.[0] ?? "") + text.slice(f.at - start, f.at - start + 60);
    if (!TOLD_BEFORE.test(words) || toldAsAnother(f)) return undefined;
    const same = this.dated.findLast((h) =>
      f.participants.every((p) => h.participants.some((q) => q.key === p.key)),
    );
    return same === undefined ? undefined : { ...f, date: same.date };
  }

  /** The latest meeting held on the weekday named ("Tuesday's meeting"). */
  private heldOn(weekday: string): Held | undefined {
    const day = WEEKDAYS.indexOf(weekday.toLowerCase());
    return this.dated.findLast(
      (h) => h.date !== undefined && new Date(`${h.date}T00:00:00Z`).getUTCDay() === day,
    );
  }

  /**
   * "Modi received a delegation led by Wong. The delegation, which also included A and B, was
   * received by Modi…": a delegation named again with more of its members, in a meeting of one of
   * the last meeting's people, is that meeting told again: its members join it, on its day.
   */
  private delegationAgain(
    s: AnalyzedSentence,
    actors: readonly Actor[],
    found: readonly MeetingMention[],
  ): MeetingMention[] | undefined {
    const last = this.last;
    if (last === undefined || this.index - last.sentence > 2 || found.length === 0)
      return undefined;
    const { text, start } = s.sentence;
    const m = DELEGATION_AGAIN.exec(text);
    if (m === null) return undefined;
    const from = start + m.index + m[0].length;
    const listed = actors.filter((a) => a.label === "Person" && !a.possessive && a.start >= from);
    const members: Actor[] = [];
    for (const a of listed) {
      const before = members.at(-1);
      const gap = text.slice((before?.end ?? from) - start, a.start - start);
      if (
        before === undefined
          ? !/^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,6}$/u.test(gap)
          : !isListGap(gap)
      )
        break;
      members.push(a);
    }
    if (members.length === 0) return undefined;
    const keys = new Set(members.map((a) => a.key));
    const told = new Set(last.participants.map((a) => a.key));
    let changed = false;
    const out = found.map((f) => {
      const again =
        f.modality === "asserted" &&
        f.participants.some((p) => keys.has(p.key)) &&
        f.participants.some((p) => told.has(p.key) && !keys.has(p.key));
      if (!again) return f;
      changed = true;
      return {
        ...f,
        participants: uniqueByKey([...last.participants, ...f.participants]),
        date: last.date,
        again: last.date !== undefined,
      };
    });
    return changed ? out : undefined;
  }

  /**
   * "Rohingya leaders met Guterres. One of them, Zubair, said… Another leader, Ullah, said…": a
   * sentence opening on one of the people a meeting left unnamed, by name right after, adds them
   * to it — the meeting with people unnamed told in the sentence just before, or the one the
   * sentence before added someone to so.
   */
  private namedMember(
    s: AnalyzedSentence,
    actors: readonly Actor[],
    latest: Held | undefined,
  ): MeetingMention | undefined {
    if (latest === undefined || this.index - latest.sentence !== 1) return undefined;
    const open = latest === this.withGroup || this.memberAt === latest.sentence;
    const { text, start } = s.sentence;
    const m = open ? MEMBER_OPENING.exec(text) : null;
    if (m === null) return undefined;
    const named = actors.find(
      (a) => a.label === "Person" && a.via === "name" && a.start - start === m[0].length,
    );
    if (named === undefined) return undefined;
    const mention = this.joinedMention(s, latest, [named], named.start, undefined);
    if (mention !== undefined) this.memberAt = this.index;
    return mention;
  }

  /**
   * "Museveni received the heads of the AU and EAC observer missions. The AU mission is led by
   * A; the EAC team by B": the sentence right after a meeting with people left unnamed names
   * them as the leaders of their groups, after "led by", "headed by" (and a "by" that goes on
   * with the verb left out); they join that meeting.
   */
  private ledBy(
    s: AnalyzedSentence,
    actors: readonly Actor[],
    latest: Held | undefined,
  ): MeetingMention | undefined {
    if (latest === undefined || latest !== this.withGroup || this.index - latest.sentence !== 1)
      return undefined;
    const { text, start } = s.sentence;
    const led = LED_BY.exec(text);
    if (led === null) return undefined;
    const people = actors.filter((a) => a.label === "Person" && !a.possessive);
    const leaders = uniqueByKey(
      execAll(BY, text.slice(led.index)).flatMap((m) =>
        namedAfterBy(text, start, start + led.index + m.index + m[0].length, people),
      ),
    );
    return leaders.length === 0
      ? undefined
      : this.joinedMention(s, latest, leaders, start + led.index, undefined);
  }

  private joinedMention(
    s: AnalyzedSentence,
    last: Held,
    joiners: readonly Actor[],
    at: number,
    noun: string | undefined,
  ): MeetingMention | undefined {
    const participants = uniqueByKey([...last.participants, ...joiners]);
    if (participants.length <= last.participants.length) return undefined;
    return {
      type: nounType(noun),
      participants,
      modality: "asserted",
      sentence: s,
      at,
      dateFrom: at,
      date: last.date,
    };
  }
}

/**
 * "was accompanied at the talks by", "were joined for the dinner by": one who came along to the
 * meeting the noun names (told before), named after "by".
 */
const ACCOMPANIED_AT =
  /\b(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:accompanied|joined|flanked)\s+(?:at|in|for|during|to)\s+(?:the|their|his|her|those)\s+(?:[\p{L}-]+\s+)?(talks|meeting|meetings|discussions|negotiations|consultations|call|dinner|lunch|session)\s+by\s+/iu;

/** "is led by", "was headed by": a group's leader named next. */
const LED_BY = /\b(?:is|are|was|were|has\s+been|had\s+been)\s+(?:led|headed|chaired)\s+by\s/i;

/** Each "by" of a sentence naming leaders: "…led by A; the EAC team by B". */
const BY = /\bby\s+/g;

/** "was later joined … by": the passive of one who joins the subject's meeting. */
const JOINED_LATER = /^(?:was|were)\s+(?:(?:\w+ly|later|then|also)\s+)?joined\b/i;

/**
 * "A met B for two hours and was later joined at lunch by C": the one who joins the subject
 * joins the meeting the sentence told of that subject before, and meets B too.
 */
function withJoinedLater(found: readonly MeetingMention[]): MeetingMention[] {
  if (found.length < 2) return packedConcat(found, []);
  return packedMap(found, (f) => {
    const { text, start } = f.sentence.sentence;
    const subject = f.participants[0];
    if (subject === undefined || !JOINED_LATER.test(text.slice(f.at - start))) return f;
    const before = found.find(
      (g) => g.at < f.at && g.participants.some((p) => p.key === subject.key),
    );
    return before === undefined
      ? f
      : { ...f, participants: uniqueByKey([...before.participants, ...f.participants]) };
  });
}

/** "The delegation, which also included ": a group told before, named again with more members. */
const DELEGATION_AGAIN =
  /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|entourage|visitors|team),\s+(?:which|who)\s+(?:also\s+)?(?:included|includes|comprised|was\s+made\s+up\s+of)\s+/u;

/**
 * "One of them, ", "Another leader, ", "Two of the delegates, ": a sentence opening on some of
 * a group, named next.
 */
const MEMBER_OPENING =
  /^(?:(?:One|Two|Some|Several)\s+of\s+(?:them|the\s+(?:[\p{L}-]+\s+)?\p{Ll}+s)|Another(?:\s+[\p{L}-]+)?\s+(?:leader|member|participant|delegate|minister|official|representative|envoy|executive|elder)),\s+/u;

/**
 * "after the meeting with", "during their talks with", "after his talks with", "told reporters
 * after meeting B": a meeting the story has told.
 */
const TOLD_BEFORE =
  /^(?:after|following|during|at|since|in)\s+(?:the|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:meeting|talks|call|phone\s+call|conversation|discussions)\s+with\b|^(?:after|following)\s+meeting\s/iu;

/** "…before bringing them together for a three-way session": those met apart then meet. */
const TOGETHER = /\b(?:bringing|brought|brings|bring)\s+them\s+together\b/i;
const mayBringTogether = letterGate(TOGETHER);

/**
 * "Erdoğan held separate meetings with A and B before bringing them together": one meeting of
 * all those the trigger before it met apart.
 */
function broughtTogether(
  s: AnalyzedSentence,
  found: readonly MeetingMention[],
): MeetingMention | undefined {
  const m = mayBringTogether(s.sentence.text) ? TOGETHER.exec(s.sentence.text) : null;
  if (m === null) return undefined;
  const at = s.sentence.start + m.index;
  const first = found.find((f) => f.at < at);
  const apart = found.filter((f) => f.at === first?.at);
  if (first === undefined || apart.length < 2) return undefined;
  return { ...first, participants: uniqueByKey(apart.flatMap((f) => f.participants)), at };
}

/** "Tebboune, the visiting president,": a description set off by a comma right after a person. */
function isAppositive(text: string, start: number, actors: readonly Actor[], at: number): boolean {
  return actors.some(
    (a) =>
      a.label === "Person" &&
      a.end <= at &&
      /^\s*,\s*$/.test(text.slice(a.end - start, at - start)),
  );
}

/** "The army commander, General X": a lowercase word and a comma before capitalised words. */
const LOWER_COMMA_NAME = /\p{Ll},\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/**
 * The subject right before a verb: the nearest person and those listed with it ("A and B also
 * joined…"), not the object of an earlier verb ("Traoré thanked Putin and joined the talks").
 */
function subjectList(text: string, start: number, left: readonly Actor[], at: number): Actor[] {
  const last = left.at(-1);
  const tail = last === undefined ? "" : text.slice(last.end - start, at - start);
  // "The army commander, General X, joined…": the name is an appositive, its comma closes it,
  // perhaps before an adverb ("Turkey's intelligence chief, Ibrahim Kalın, also took part…").
  const appositive =
    last !== undefined &&
    /^\s*,\s*(?:(?:\w+ly|then|also|later|too|had|has|have)\s+)*$/.test(tail) &&
    LOWER_COMMA_NAME.test(text.slice(0, last.start - start));
  if (
    !appositive &&
    // "Mahat, who attended the signing,": the relative's antecedent; "A and B, both of whom
    // took part in the talks": the antecedents of a counted relative, listed.
    !/^\s*(?:,[^,]*,|,\s*who|,\s*(?:both|all|each|two|three|four)\s+of\s+whom)?\s*(?:\w+ly\s+|then\s+|also\s+|later\s+|too\s+|had\s+|has\s+|have\s+)*$/.test(
      tail,
    )
  )
    return [];
  const out: Actor[] = [];
  for (let i = left.length - 1; i >= 0; i--) {
    const a = left[i] as Actor;
    const next = out.at(-1);
    if (next !== undefined && !isListGap(text.slice(a.end - start, next.start - start))) break;
    out.push(a);
  }
  return uniqueByKey(out.reverse());
}

/** The people listed as the subject of the verb at `at`: "A and B attended", "A, B and C took part". */
function listedBefore(
  text: string,
  start: number,
  people: readonly Actor[],
  at: number,
): readonly Actor[] {
  return subjectList(text, start, actorsBetween(people, leftClauseStart(text, start, at), at), at);
}
