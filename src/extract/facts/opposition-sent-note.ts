/** Cheap test: a word for a text one party sends another. */
const NOTE_HINT = /note|letter|statement|communiq|complaint|protest|message|memorandum/i;

/**
 * A text sent or issued, up to a participle right after it: "sent a protest note to Kampala ",
 * "wrote a letter to the Security Council on Monday ", "issued a statement ".
 */
const SENT_NOTE =
  /\b(?:sent|sends|wrote|writes|delivered|handed|addressed|issued|issues|lodged|submitted)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:note|letter|statement|communiqu[ée]|complaint|protest|message|memorandum)\s+(?:(?:to|with)\s+[^,;]{1,60}?\s+)?(?:(?:on|last|this|late\s+on)\s+\w+\s+)?$/i;

/**
 * "Kenya sent a protest note to Kampala protesting the arrest…", "wrote a letter to the Security
 * Council rejecting the claim": a participle right after a text sent to someone tells what the
 * text says, so its holder is the sender, not the addressee named just before it. Returns where
 * the sending verb stands in the sentence, or -1.
 */
export function sentNoteAt(before: string): number {
  if (!NOTE_HINT.test(before)) return -1;
  const m = SENT_NOTE.exec(before.slice(-160));
  return m === null ? -1 : before.length - Math.min(160, before.length) + m.index;
}
