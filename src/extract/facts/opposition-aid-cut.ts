/**
 * "halted new lending to Uganda over its new law", "suspended military aid to Niger after the
 * coup", "signed an order cutting off assistance to Cuba, citing…": aid stopped, told with its
 * cause, is a measure against the one it went to. Without a cause ("suspended $95 million in
 * assistance to the government in the summer") or with only a review pending, it is not read.
 * The match ends at "to"; the party after it is the one opposed.
 */
export const AID_CUT = String.raw`(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|fr(?:eeze|eezes|oze|ozen|eezing)|withh(?:old|olds|eld|olding)|cut(?:s|ting)?(?:\s+off)?|paus(?:e|es|ed|ing)|stop(?:s|ped|ping)?)\s+(?:[\w$€¤£.,'’-]+\s+){0,5}?(?:aid|assistance|lending|loans|budget\s+support|financing|funding|disbursements)\s+(?:to|for)(?=\s+(?:[\w'’.,-]+\s+){1,6}?(?:over|citing|because|in\s+protest|after|following|in\s+response\s+to)\b)`;

/**
 * The verbs of AID_CUT not already among the cheap hint's stems ("suspend", "cut", "freeze"), with
 * the aid they stop, so that a sentence that only says "stop" or "halt" skips the long pattern.
 */
export const AID_CUT_HINT = String.raw`(?:halt|withh|paus|stop)\w*\s(?:\S+\s){0,5}?(?:aid|assistance|lending|loans|budget|financing|funding|disbursements)\b`;
