import { dayInView, lastDayStated, occasionDaysStated } from "./meeting-date.ts";

/**
 * The day in view as an article's sentences go by ("The visit began on Saturday…" then "The two
 * men held talks…" is Saturday), worked out only when a meeting asks for it.
 *
 * Reading a sentence's dates is most of what a sentence without a meeting costs, and most days in
 * view are never read: not in an article without meetings, nor after its last meeting, nor for a
 * meeting whose own sentence dates it. So each sentence is kept as it is passed, and the days are
 * worked out in order, from the last one known, on the first ask after it: `dayInView` is pure, so
 * each gives what it gave when run sentence by sentence.
 */
export class StoryDay {
  private day: string | undefined = undefined;
  /** The last day the sentence just passed stated (see lastDayStated). */
  private stated: string | undefined = undefined;
  /** The first day the story gave: the day of its occasion ("the day before the summit"). */
  private lead: string | undefined = undefined;
  /**
   * The first day stated next to each occasion noun ("gather on Thursday for the summit"), which
   * names that occasion's day better than the first day the story gave — for that noun only:
   * "arrives on Tuesday for a visit" does not date "the eve of the summit".
   */
  private readonly occasions = new Map<string, string>();
  /**
   * The sentences passed since the day was last read: their texts as namesBlanked gives them,
   * worked out on reading (and kept for the sentence's own dates, if it read them before).
   */
  private readonly unread: (() => string)[] = [];

  constructor(private readonly publishedAt: Date) {}

  /** Notes that the story has gone past a sentence. */
  pass(dated: () => string): void {
    this.unread.push(dated);
  }

  /** The day in view after the sentences passed so far. */
  read(): string | undefined {
    for (const dated of this.unread) {
      const text = dated();
      this.day = dayInView(text, this.publishedAt, this.day, (noun) => this.occasionDay(noun));
      if (this.lead === undefined && this.day?.length === 10) this.lead = this.day;
      for (const [noun, day] of occasionDaysStated(text, this.publishedAt)) {
        if (!this.occasions.has(noun)) this.occasions.set(noun, day);
      }
      this.stated = lastDayStated(text, this.publishedAt);
    }
    this.unread.length = 0;
    return this.day;
  }

  /** The day stated with the occasion `noun` names, else the first day the story gave. */
  private occasionDay(noun: string | undefined): string | undefined {
    return (noun === undefined ? undefined : this.occasions.get(noun)) ?? this.lead;
  }

  /** The day of the occasion `noun` names (see occasionDay), else the day in view. */
  leadDay(noun?: string): string | undefined {
    this.read();
    return this.occasionDay(noun) ?? this.day;
  }

  /** The last day the sentence just passed stated, else the day in view. */
  lastStated(): string | undefined {
    this.read();
    return this.stated ?? this.day;
  }
}
