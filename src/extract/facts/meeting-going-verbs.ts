/**
 * The past tenses of going somewhere: "flew", "travelled", "drove", "headed". One list for the
 * frames that read a subject going on after a meeting (meeting-participants.ts, meeting-date.ts).
 */
export const WENT = String.raw`flew|travell?ed|drove|headed`;
