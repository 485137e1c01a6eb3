/**
 * Verdicts that international news passes on a policy or an act and that neither the hand list of
 * opposition-verbs.ts nor the valence lexicon (opposition-valence.ts) holds: figures of speech
 * ("a slap in the face", "a blow to regional trade", "a debt trap", "a step backwards") and words of
 * diplomacy the lexicon does not rate ("unwarranted", "disproportionate", "neocolonial",
 * "coercive"). Each is said of a thing to judge it: "called the new visa rules a slap in the face".
 */
export const MORE_VERDICTS = [
  String.raw`(?:debt\s+)?traps?`,
  // "a blow to the opposition" says whom a thing harms, not that the speaker opposes it.
  String.raw`(?:\w+\s+)?blows?\s+to(?!\s+(?:the\s+|its\s+|their\s+)?(?:opposition|government|ruling|regime|rebels|junta|militants|insurgents|incumbent|president|prime\s+minister|separatists)\b)`,
  // "had taken a nuclear plant hostage", "is holding the budget hostage": a thing seized to coerce.
  String.raw`(?:tak(?:e|es|en|ing)|took|h(?:o|e)ld(?:s|ing)?)\s+(?:[\w'’-]+\s+){1,4}?hostage`,
  String.raw`slaps?\s+in\s+the\s+face`,
  String.raw`stabs?\s+in\s+the\s+back`,
  String.raw`(?:steps?|moves?)\s+backwards?`,
  String.raw`backward\s+steps?`,
  String.raw`regressive`,
  String.raw`null\s+and\s+void`,
  String.raw`inflammatory`,
  String.raw`unwarranted`,
  String.raw`excessive`,
  String.raw`disproportionate`,
  String.raw`inhumane`,
  String.raw`heinous`,
  String.raw`affront\w*`,
  String.raw`neo-?colonial\w*`,
  String.raw`coerci(?:ve|on)`,
  String.raw`extortion`,
  String.raw`vindictive`,
  String.raw`divisive`,
  String.raw`draconian`,
  String.raw`(?:heavy|high)-handed`,
  String.raw`escalatory`,
  String.raw`belligerent`,
  String.raw`warmongering`,
  String.raw`expansionis\w*`,
  String.raw`bullying`,
  String.raw`intimidation`,
  String.raw`overreach`,
  String.raw`humiliat\w*`,
  String.raw`untenable`,
  // The strongest moral verdicts, which the valence lexicon does not rate: "called the shelling of
  // the camps unconscionable", "the banks' position is indefensible".
  String.raw`unconscionable`,
  String.raw`indefensible`,
  String.raw`intolerable`,
  String.raw`reprehensible`,
  String.raw`despicable`,
  String.raw`abominable`,
  String.raw`odious`,
  String.raw`egregious`,
  String.raw`unpardonable`,
  String.raw`unworkable`,
  // "a waste of taxpayers' money", "a train to nowhere", "a sell-out", "a giveaway to…".
  String.raw`waste\s+of`,
  String.raw`ruin(?:ous|ation)?`,
  String.raw`[\p{L}-]+\s+to\s+nowhere`,
  String.raw`sell-?outs?`,
  String.raw`giveaways?`,
  // "a tool designed to silence critics", "an attempt to muzzle the press": a thing said to be
  // made to silence, frighten or hound people (not "a tool to punish tax evaders").
  String.raw`(?:tools?|instruments?|weapons?|attempts?|bids?|ploys?)\s+(?:(?:designed|meant|intended|used|aimed)\s+)?to\s+(?:silence|strangle|muzzle|gag|intimidate|persecute|harass|criminali[sz]e|stifle|smother|throttle)`,
].join("|");
