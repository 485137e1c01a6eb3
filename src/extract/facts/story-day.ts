import { dayInView, lastDayStated, occasionDayStated } from "./meeting-date.ts";

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
   * The first day stated next to an occasion noun ("gather on Thursday for the summit"), which
   * names the occasion's day better than the first day the story gave.
   */
  private occasion: string | undefined = undefined;
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
      this.day = dayInView(text, this.publishedAt, this.day, this.occasion ?? this.lead);
      if (this.lead === undefined && this.day?.length === 10) this.lead = this.day;
      this.occasion ??= occasionDayStated(text, this.publishedAt);
      this.stated = lastDayStated(text, this.publishedAt);
    }
    this.unread.length = 0;
    return this.day;
  }

  /** The day stated with the occasion, else the first day the story gave, else the day in view. */
  leadDay(): string | undefined {
    this.read();
    return this.occasion ?? this.lead ?? this.day;
  }

  /** The last day the sentence just passed stated, else the day in view. */
  lastStated(): string | undefined {
    this.read();
    return this.stated ?? this.day;
  }
}
