/**
 * What the world-countries package does not carry but English news writes: short names in
 * common use, seats of power used as metonyms, and demonyms it lacks. Data, not rules.
 */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  TUR: ["Turkey"],
  GBR: ["Britain"],
  NLD: ["Holland"],
  CZE: ["Czech Republic"],
  USA: ["America", "United States of America"],
  COD: ["Democratic Republic of Congo", "Congo", "Congo-Kinshasa"],
  MKD: ["Macedonia"],
  SWZ: ["Swaziland"],
  CPV: ["Cape Verde"],
  TLS: ["East Timor"],
  VAT: ["Holy See", "the Vatican"],
  KOR: ["Korea"],
  IRN: ["Islamic Republic"],
  // Short forms news uses for a country of two or more names.
  BIH: ["Bosnia"],
  TTO: ["Trinidad"],
  ATG: ["Antigua"],
  KNA: ["St Kitts", "Saint Kitts"],
  VCT: ["St Vincent", "Saint Vincent"],
  STP: ["Sao Tome", "São Tomé"],
  GNB: ["Guinea Bissau"],
  COG: ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
};

export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GBR: ["Briton", "Britons", "UK"],
  SAU: ["Saudi", "Saudis"],
  USA: ["U.S.", "US"],
  NLD: ["Dutch"],
  PHL: ["Philippine"],
  ISR: ["Israeli"],
  COD: ["Congolese"],
  CPV: ["Cape Verdean", "Cape Verdeans"],
  // Also the demonym of Dominica, but in news nearly always the Dominican Republic's.
  DOM: ["Dominican", "Dominicans"],
  TUR: ["Turkish", "Turks"],
  // The forms English news uses where the data gives "Uzbekistani", "Kirghiz", "Tadzhik"…
  UZB: ["Uzbek", "Uzbeks"],
  KGZ: ["Kyrgyz"],
  TJK: ["Tajik", "Tajiks"],
  KAZ: ["Kazakh", "Kazakhs"],
  AZE: ["Azeri", "Azeris"],
  XKX: ["Kosovan", "Kosovans"],
  NPL: ["Nepali", "Nepalis"],
  ARG: ["Argentinian", "Argentinians"],
  ISL: ["Icelandic"],
  SVN: ["Slovenian", "Slovenians"],
  ECU: ["Ecuadorian", "Ecuadorians"],
  VCT: ["Vincentian", "Vincentians"],
  // The adjectives English news uses where the data gives "Surinamer", "Maldivan", "Comoran"…
  SUR: ["Surinamese"],
  MDV: ["Maldivian", "Maldivians"],
  COM: ["Comorian", "Comorians"],
  DJI: ["Djiboutian", "Djiboutians"],
  GNB: ["Bissau-Guinean", "Bissau-Guineans"],
  TLS: ["Timorese"],
};

/**
 * Capitals the package gives no state, for their country is not listed as independent (Taiwan;
 * the Cook Islands and Niue, which conduct their own foreign relations), and seats
 * of government other than the capital it lists, which news names for the state ("accused Abidjan
 * of sheltering plotters"; the package gives Yamoussoukro, Sucre, Kuala Lumpur, Porto-Novo, Gitega).
 */
export const EXTRA_CAPITALS: Readonly<Record<string, readonly string[]>> = {
  TWN: ["Taipei"],
  COK: ["Avarua"],
  NIU: ["Alofi"],
  CIV: ["Abidjan"],
  BOL: ["La Paz"],
  MYS: ["Putrajaya"],
  BEN: ["Cotonou"],
  BDI: ["Bujumbura"],
};

/** Places whose name stands for a government: "the Kremlin said", "Downing Street rejected". */
export const SEATS_OF_POWER: Readonly<Record<string, readonly string[]>> = {
  RUS: ["Kremlin", "the Kremlin"],
  USA: [
    "White House",
    "the White House",
    "Pentagon",
    "the Pentagon",
    "Capitol Hill",
    "Foggy Bottom",
  ],
  GBR: ["Downing Street", "Whitehall", "Westminster"],
  FRA: ["Elysee", "Élysée", "Elysée", "the Elysee", "the Élysée", "Elysee Palace", "Quai d'Orsay"],
  CHN: ["Zhongnanhai"],
  JPN: ["Kantei"],
  KOR: ["Blue House"],
  IND: ["South Block"],
  DEU: ["Chancellery"],
  UKR: ["Bankova"],
};

/** Capitals that read as people's names or English words more often than as countries. */
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set([
  "Brussels",
  "Victoria",
  "Male",
  "Malé",
  "Kingston",
  "Hamilton",
  "Georgetown",
  "Jamestown",
  "Nassau",
  "Washington D.C.",
  "Praia",
  "Road Town",
  "Castries",
  "Avarua",
  "Saint John's",
  "Basseterre",
  "Plymouth",
  "Adamstown",
  "King Edward Point",
  "Flying Fish Cove",
  "West Island",
  "Kingstown",
  "Sucre",
  "Gustavia",
  "Marigot",
  "Philipsburg",
  "Charlotte Amalie",
  "Alofi",
  "Kralendijk",
]);
