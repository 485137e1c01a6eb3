/**
 * Role nouns that head a title ("Foreign Minister", "Secretary of State", "spokesperson").
 * Matched case-insensitively; multi-word titles are built around them by pattern.
 */
export const ROLE_HEADS: readonly string[] = [
  "president", "vice president", "vice-president", "president-elect", "prime minister", "premier",
  "chancellor", "minister", "secretary of state", "secretary-general", "secretary general",
  "secretary", "king", "queen", "crown prince", "prince", "emir", "sheikh", "sultan", "monarch",
  "governor", "senator", "congressman", "congresswoman", "lawmaker", "ambassador", "envoy",
  "spokesperson", "spokesman", "spokeswoman", "general", "admiral", "chairman", "chairwoman",
  "chair", "director-general", "director general", "director", "commissioner", "mayor", "speaker",
  "leader", "chief executive", "ceo", "head", "commander", "pope", "supreme leader", "diplomat",
  "official", "politician", "counterpart", "chief", "deputy", "adviser", "advisor", "negotiator",
  "foreign minister", "defence minister", "defense minister", "finance minister", "minister of state",
  "foreign secretary", "home secretary", "treasury secretary", "defense secretary", "attorney general",
  "national security adviser", "high representative", "managing director", "head of state",
  "head of government", "executive", "member", "founder", "opposition leader", "junta leader", "vice premier",
];

/** Words that qualify a role head: "Foreign" Minister, "Deputy" Prime Minister. */
export const ROLE_MODIFIERS: readonly string[] = [
  "foreign", "defence", "defense", "finance", "interior", "home", "trade", "economy", "energy",
  "health", "justice", "deputy", "vice", "acting", "former", "interim", "chief", "senior", "top",
  "first", "special", "military", "security", "public security", "commerce", "agriculture",
  "education", "environment", "climate", "transport", "labour", "labor", "culture", "industry",
  "state", "treasury", "policy", "most", "security", "economic", "development", "european", "international", "presidential",
  "government", "cabinet", "assistant", "under", "prime", "crown", "supreme", "national",
];

/** Generic person nouns that a definite description may use: "the politician", "the leader". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "politician", "leader", "leaders", "diplomat", "official", "minister", "president", "premier",
  "chancellor", "envoy", "secretary", "king", "queen", "prince", "monarch", "emir", "statesman",
  "prime minister", "foreign minister", "top diplomat", "head of state", "counterpart",
]);
