/**
 * Words of the measures one party takes against another, shared by the frames that read them
 * (opposition-sanction-instruments.ts, opposition-bans.ts) and by the memory of who took a
 * measure (opposition-memory.ts). A module of its own with no imports, so that each may read it
 * whatever order the modules are loaded in.
 */

/** "froze the bank accounts of", "froze property belonging to": what someone holds, frozen. */
export const FROZE = String.raw`fr(?:eeze|eezes|oze|ozen|eezing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:assets|accounts|funds|property|properties|holdings|wealth|reserves)\s+(?:of|belonging\s+to|held\s+by|linked\s+to)`;

/**
 * Words that make a list one of those punished or shunned: "its list of restricted entities", "its
 * export control list".
 */
export const SHUNNED =
  /\b(?:sanction\w*|restrict\w*|(?:export\s+)?control\w*|entit(?:y|ies)|black\w*|terror\w*|denied|banned|watch|blocked|designated|grey|gray|prohibit\w*)\b/i;
