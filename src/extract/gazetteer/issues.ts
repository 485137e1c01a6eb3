/** Standing topics of international dispute and policy, found by their usual wording. */
export const ISSUE_TOPICS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: "human rights", pattern: /\bhuman rights\b/i },
  { name: "trade", pattern: /\btrade(?! minister| ministry)\b|\btariffs?\b/i },
  {
    name: "climate change",
    pattern: /\bclimate (?:change|crisis|finance|action)\b|\bglobal warming\b/i,
  },
  { name: "migration", pattern: /\bmigration\b|\bmigrants?\b|\brefugees?\b|\basylum\b/i },
  {
    name: "nuclear programme",
    pattern: /\bnuclear (?:programme|program|weapons?|deal|talks)\b|\buranium enrichment\b/i,
  },
  {
    name: "territorial disputes",
    pattern: /\bterritorial (?:and maritime )?disputes?\b|\bmaritime disputes?\b/i,
  },
  { name: "energy security", pattern: /\benergy (?:security|supplies|crisis)\b/i },
  { name: "food security", pattern: /\bfood (?:security|crisis|insecurity)\b|\bfamine\b/i },
  { name: "cybersecurity", pattern: /\bcyber ?(?:security|attacks?)\b|\bhacking\b/i },
  { name: "sanctions", pattern: /\bsanctions\b/i },
  { name: "opioid precursors", pattern: /\bopioid precursors?\b|\bfentanyl\b/i },
  { name: "ceasefire", pattern: /\bcease-?fire\b|\btruce\b/i },
  { name: "humanitarian aid", pattern: /\bhumanitarian (?:aid|assistance|relief|access)\b/i },
  { name: "debt relief", pattern: /\bdebt (?:relief|restructuring)\b/i },
  { name: "arms control", pattern: /\barms control\b|\bnon-?proliferation\b/i },
  { name: "terrorism", pattern: /\bterroris[mt]s?\b|\bcounter-?terrorism\b/i },
  { name: "elections", pattern: /\belections?\b|\bvote rigging\b/i },
  { name: "press freedom", pattern: /\bpress freedom\b|\bfreedom of the press\b/i },
  {
    name: "technology export controls",
    pattern: /\bexport controls?\b|\bsemiconductors?\b|\bchips? (?:exports?|ban)\b/i,
  },
];
