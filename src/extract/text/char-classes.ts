// Tiny character-class regexes shared by many modules. They live at module
// level because esbuild/tsx rebuilds a `\p{…}` regex literal inside a function
// at every call. None has the g or y flag, so sharing one carries no lastIndex.

/** A capital letter first: "Kenya", "UN". */
export const CAPITAL_FIRST = /^\p{Lu}/u;

/** A lowercase letter first: "minister", "said". */
export const LOWERCASE_FIRST = /^\p{Ll}/u;

/** Lowercase letters only: "minister", not "vice-president" or "Kenya". */
export const LOWERCASE = /^\p{Ll}+$/u;

/** "NATO": capitals only. */
export const ALL_CAPITALS = /^\p{Lu}+$/u;

/** "signed", "visited": a lowercase word ending in -ed. */
export const PARTICIPLE = /^\p{Ll}+ed$/u;

/** "al-Sisi": an Arabic article joined to a name by a hyphen. */
export const ARTICLE_HYPHEN_NAME = /^(?:al|el|ad|as|ash|an|ar|at)-\p{Lu}/u;

/** An apostrophe on its own, as a plural's possessive is tokenized ("teachers", "'"). */
export const APOSTROPHE = /^['’]$/;
