export type MeetingType = "meeting" | "talks" | "call";

/** The kind of meeting a noun names: "phone call" a call, "talks" talks, "dinner" a meeting. */
export const nounType = (noun: string | undefined): MeetingType =>
  /call|phone|video|telephone/i.test(noun ?? "")
    ? "call"
    : /talk|discussion|negotiation|conversation|consultation/i.test(noun ?? "")
      ? "talks"
      : "meeting";
