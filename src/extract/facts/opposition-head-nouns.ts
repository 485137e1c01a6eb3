/**
 * The word classes a stance's target is read by (opposition-head-class.ts): common nouns, never
 * names. Each class says what opposing a phrase headed by such a noun is opposing.
 */

/**
 * Nouns for how a party acts or speaks, with no topic of their own: opposing "Ruritania's
 * hostile posture", "the aggressive moves of Ruritania" or "maximalist Ruritanian demands" is
 * opposing Ruritania; so is opposing where it sends its forces ("the deployment of Ruritanian
 * coast guard ships"). So is opposing what it publishes ("the Fund's report") or who speaks for it
 * ("the Union's ambassador").
 */
export const ATTITUDE = String.raw`presence|posture|stance|positions?|polic(?:y|ies)|behaviou?r|conduct|attitudes?|approach|moves?|decisions?|actions?|aggression|interference|meddling|provocations?|rhetoric|remarks|comments|statements|threats|hostility|intransigence|belligerence|pressure|coercion|bullying|tone|activities|man(?:oeu|eu)vres|maneuvers|tactics|deployments?|dispatch|build-?ups?|incursions?|intrusions?|unilateralism|obstruction|intimidation|blackmail|accusations|allegations|demands|warnings|lecturing|propaganda|foot-dragging|reports?|ambassador|envoy|embassy|diplomats|delegation`;

/**
 * The nouns of ATTITUDE for doings (not sayings, which have referents of their own): told bare
 * ("these activities", "such intimidation"), they point back to whoever did them.
 */
const DOINGS = String.raw`posture|stance|behaviou?r|conduct|actions|aggression|interference|meddling|provocations?|hostility|belligerence|pressure|coercion|bullying|activities|man(?:oeu|eu)vres|maneuvers|tactics|unilateralism|intimidation|blackmail`;

/** Nouns for those who rule a state: "the putschist authorities in Arcadia" are Arcadia. */
export const AUTHORITY = String.raw`authorities|government|regime|junta|administration|leadership|rulers|cabinet|military`;

/**
 * Nouns for those who fight, police, spy or sail for a state: "Ruritanian troops", "Ruritanian
 * military instructors", "Ruritanian intelligence", "the Ruritanian crews" are Ruritania.
 */
export const FORCES = String.raw`troops|forces|soldiers|mercenaries|instructors|fighters|militias?|army|navy|police|gunmen|units|intelligence|crews|ships|vessels|boats`;

/**
 * Nouns for firms a state's demonym tells the nationality of: sanctioning "a network of
 * Ruritanian companies" is a measure against Ruritania.
 */
export const FIRMS = String.raw`companies|firms|refineries|entities|traders|shipping\s+firms`;

/**
 * Nouns for a vote, which the body that held it owns: opposing "a vote in the Ruritanian
 * parliament" is opposing that parliament.
 */
export const VOTES = String.raw`votes?|ballot`;

/**
 * Light nouns: a ceremony, a note, an operation says that something happened or was said, not
 * what. Told bare, they need a referent; told with "by X" or "X's", they are X's.
 */
export const LIGHT = String.raw`ceremony|event|occasion|celebration|operations?|note|challenge|summit|statement`;

/**
 * Words of how or how often a doing was done, which leave whose it is to the story: "the
 * aggressive posture", "continued provocations". (Words of origin do not: "external meddling"
 * is outsiders', not the party named last.)
 */
const MANNER = String.raw`such|latest|recent|new|continued|continuing|repeated|renewed|persistent|ongoing|escalating|unilateral|aggressive|hostile|provocative|dangerous|reckless|irresponsible|unacceptable|illegal|unlawful|brazen|blatant|destabili[sz]ing|coercive|intimidating`;

/** A doing of DOINGS, bare or after up to two words of MANNER ("such intimidation"). */
export const BARE_DOINGS = new RegExp(String.raw`^(?:(?:${MANNER})\s+){0,2}(?:${DOINGS})$`, "i");
