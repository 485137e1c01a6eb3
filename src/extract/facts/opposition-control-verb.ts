/**
 * A verb of will or attempt whose subject is also the subject of the infinitive after it:
 * "Belgian union leader Marc Dubois vowed to block the reform", "the senators moved to overturn the
 * veto", "Ankara has threatened to veto". The one who vows is the one who blocks, so the stance's
 * holder is found as the subject of the control verb, not among the words before it.
 */
const CONTROL_VERB =
  /\b(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|sw(?:ear|ears|ore|earing)|decid(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|s(?:eek|eeks|ought|eeking)|mov(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|want(?:s|ed|ing)?)\s+(?:\w+ly\s+)?to\s+(?:\w+ly\s+)?$/i;

/** Where the control verb stands in `head` (the text before the infinitive), or -1. */
export function controlVerbAt(head: string): number {
  return CONTROL_VERB.exec(head)?.index ?? -1;
}
