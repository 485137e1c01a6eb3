export type MeetingType = "meeting" | "talks" | "call";

/** The kind of meeting a noun names: "phone call" a call, "talks" talks, "dinner" a meeting. */
export const nounType = (noun: string | undefined): MeetingType =>
  /call|phone|video|telephone/i.test(noun ?? "")
    ? "call"
    : /talk|discussion|negotiation|conversation|consultation/i.test(noun ?? "")
      ? "talks"
      : "meeting";

/** Cheap test for the triggers of a meeting noun with its other party: "talks with", "a call with". */
export const NOUN_WITH_HINT =
  /(?:meetings?|talks|call|conversation|discussions|tête-à-tête|dinner|lunch|breakfast|encounter|summit)\s+with\b/i;
