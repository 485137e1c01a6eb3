/**
 * The verbs that report speech, in a leaf module that imports nothing: opposition-holder.ts reads
 * them while its module loads, and it sits in an import cycle (opposition-verbs → … →
 * opposition-holder), so a list kept in opposition-verbs.ts could still be uninitialised then.
 */

/**
 * The verbs that report what a party said, as one alternation: the reported-speech verdict
 * frames (opposition-verbs SAID) and the charges told in reported speech
 * (opposition-reported-charge.ts) read the same list. Not meeting-reporter.ts's REPORTING_VERBS,
 * which reads who reported a meeting ("…, the ministry announced") and so holds no "warned" or
 * "complained".
 */
export const REPORTED_SPEECH_VERBS = String.raw`said|says|saying|stated|declared|insisted|argued|added|warned|told|tells|wrote|writes|posted|stressed|complained`;

/**
 * The narrower verbs that open what a party said ("said", "stated", "added"), read where the
 * speaker of a pronoun or of an embedded clause is sought (opposition-speaker.ts,
 * opposition-reported-subject.ts); each frame adds the other verbs it takes.
 */
export const SPEECH_VERBS = "said|says|stated|declared|announced|insisted|stressed|added";
