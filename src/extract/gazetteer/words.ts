/** Capitalised words that start a sentence or a run but are never part of a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `the a an this that these those his her its their our my your in on at by for with from to of and
  or but nor so yet after before when while as if since because although though however meanwhile
  moreover additionally also overall earlier later then still even only both either neither each
  every all some many most several such what which who whom whose where why how there here it he
  she they we you i us them last next today yesterday tomorrow tonight now during despite amid
  among between under over about against into through without within upon once instead indeed
  thus therefore furthermore nonetheless nevertheless besides according asked speaking addressing
  talks meeting meetings officials sources critics analysts observers experts diplomats
  mr mrs ms dr sir madam dame lord lady no not yes should would could will can may might must
  shall do does did is are was were have has had let please whether unlike like given following`.split(
    /\s+/,
  ),
);

/** Lowercase particles that may sit inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "la",
  "las",
  "los",
  "le",
  "y",
  "e",
  "bint",
  "abu",
  "ben",
]);

export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export const WEEKDAYS: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Months and weekdays: words that open a date ("the Council on Monday"), never a name or a body's remit. */
export const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * A lookahead refusing a weekday, a month or a number next ("and on Monday", "on May 3", "on 3
 * March", "on 15 March"): a time, not a party something falls on ("on 5G networks" is one). For
 * patterns with the "i" flag.
 */
export const NOT_A_DATE = String.raw`(?!(?:${[...WEEKDAYS, ...MONTHS, "\\d+"].join("|")})\b)`;

/** A month's or a weekday's name opening a phrase, capitalised ("May", "Monday"): a time, not a place. */
export const MONTH = new RegExp(
  `^(?:${[...MONTHS, ...WEEKDAYS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|")})\\b`,
);

/**
 * "Kaveh Mining", "Sahara Logistics", "Atlas Renewables": a firm named after its trade, which no
 * person's surname is. Some are portfolios too ("Water Resources Minister").
 */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  "Mining",
  "Minerals",
  "Metals",
  "Resources",
  "Logistics",
  "Shipping",
  "Airways",
  "Ventures",
  "Renewables",
  "Cement",
  "Construction",
  "Engineering",
  "Pharmaceuticals",
  "Chemicals",
  "Insurance",
  "Properties",
  "Telecom",
  "Telecoms",
  "Communications",
  // "Gulf Holding", "Eco Invest": a holding company and an investment arm; no surname is either.
  "Holding",
  "Invest",
]);

/** The last word of a run that names an organisation rather than a person. */
export const ORG_KEYWORDS: ReadonlySet<string> = new Set([
  "Ministry",
  "Department",
  "Office",
  "Council",
  "Commission",
  "Agency",
  "Bank",
  "Fund",
  "Party",
  "Parliament",
  "Congress",
  "Senate",
  "Assembly",
  "Army",
  "Navy",
  "Court",
  "University",
  "Company",
  "Corporation",
  "Corp",
  "Inc",
  "Ltd",
  "Group",
  "Authority",
  "Forces",
  "Guard",
  "Service",
  "Bureau",
  "Committee",
  "Institute",
  "Foundation",
  "Organization",
  "Organisation",
  "Union",
  "Association",
  "Federation",
  "Alliance",
  "Front",
  "Movement",
  "Airlines",
  "Motors",
  "Holdings",
  "Investment",
  "Investments",
  "Finance",
  "Capital",
  "Partners",
  "Cabinet",
  "Government",
  "Administration",
  "Coalition",
  "Board",
  "Secretariat",
  "Police",
  "Tribunal",
  "Mission",
  "Programme",
  "Program",
  "Initiative",
  "Network",
  "Media",
  "Times",
  "Post",
  "News",
  "Press",
  "Ministries",
  "Technologies",
  "Energy",
  "Petroleum",
  "Systems",
  "Industries",
  "Society",
  "Chamber",
  "League",
  "Watch",
  "Trust",
  "Centre",
  "Center",
  "Headquarters",
  "Directorate",
  "Forum",
  "Council",
  "Confederation",
  "Syndicate",
  // "the Dominican Academy of Sciences", "Africa Corps", "Amazon Web Services", "Hon Hai Precision
  // Industry": heads of bodies' names as the words above are.
  "Academy",
  "Corps",
  "Services",
  "Industry",
  "Rally",
  // "the Catholic Church", "the Armenian Apostolic Church": a church speaks as a body.
  "Church",
  // "the Ivorian Cocoa Farmers' Cooperative": a cooperative is a body as a union is.
  "Cooperative",
  "Co-operative",
  // "the People's Majlis", "the Loya Jirga", "the State Great Khural": a legislature's own word in
  // its language ends its name as "Assembly" does ("Sabha" is also a Libyan city: Lok Sabha and
  // Rajya Sabha are listed whole).
  "Majlis",
  "Mejlis",
  "Majilis",
  "Khural",
  "Kenesh",
  "Hluttaw",
  "Sangsad",
  "Jirga",
  "Skupshtina",
  "Skupština",
  "Sobranie",
  ...TRADE_WORDS,
]);

/** The last word of a run that names a place or a geographic feature. */
export const PLACE_KEYWORDS: ReadonlySet<string> = new Set([
  "Sea",
  "Strait",
  "Straits",
  "Gulf",
  "Ocean",
  "Islands",
  "Island",
  "Peninsula",
  "Canal",
  "River",
  "Mountains",
  "Bay",
  "Region",
  "Border",
  "Corridor",
  "Valley",
  "Desert",
  "Basin",
  "Delta",
  "Plateau",
  "Heights",
  "Strip",
  "Republic",
  "Kingdom",
  "Emirates",
  "Province",
  "City",
  "Square",
  "Palace",
  "Hall",
  "Airport",
]);

/** Geographic regions and blocs that read like proper names but are not countries or people. */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  "Europe",
  "Asia",
  "Africa",
  "Americas",
  "Latin",
  "Middle",
  "East",
  "West",
  "North",
  "South",
  "Southeast",
  "Northeast",
  "Indo-Pacific",
  "Pacific",
  "Atlantic",
  "Arctic",
  "Antarctic",
  "Balkans",
  "Caucasus",
  "Sahel",
  "Horn",
  "Gulf",
  "Caribbean",
  "Scandinavia",
  "Asian",
  "European",
  "African",
  "Western",
  "Eastern",
  "Northern",
  "Southern",
  "Central",
  "Global",
  "Arab",
  "Muslim",
  "Christian",
]);

/**
 * The last word of a run that names a thing that is neither a person nor a body: a programme,
 * a treaty, a building or a party member ("Extended Fund Facility", "Highlands Water Project",
 * "the Executive Tower", "a Maryland Democrat").
 */
export const THING_KEYWORDS: ReadonlySet<string> = new Set([
  "Facility",
  "Project",
  "Scheme",
  "Assistance",
  "Agreement",
  "Accord",
  "Accords",
  "Treaty",
  "Pact",
  "Protocol",
  "Declaration",
  "Act",
  "Charter",
  "Framework",
  "Plan",
  "Strategy",
  "Award",
  "Prize",
  "Tower",
  "Towers",
  "Building",
  // "the Executive Mansion", "the State Residence": an official seat, named like its holder.
  "Mansion",
  "Residence",
  "Stadium",
  "Bridge",
  "Dam",
  "Mosque",
  "Cathedral",
  "Hotel",
  "Street",
  "Avenue",
  "Road",
  "Highway",
  "Railway",
  "Pipeline",
  "Station",
  "Base",
  "Democrat",
  "Democrats",
  "Republican",
  "Republicans",
  "Conservative",
  "Conservatives",
  "Liberal",
  "Liberals",
  "Socialist",
  "Socialists",
  "Communist",
  "Communists",
  "Tory",
  "Tories",
]);

/**
 * Nouns of a built work that a place's or a project's name qualifies ("the Tapia reservoir", "the
 * Lagos terminal"): the mentions' and the funding rules' one list.
 */
export const WORK_NOUNS: readonly string[] = [
  "reservoir",
  "dam",
  "corridor",
  "railway",
  "pipeline",
  "port",
  "terminal",
  "bridge",
  "highway",
  "canal",
  "plant",
  "project",
];
