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
  shall do does did is are was were have has had let please whether unlike like given following`.split(/\s+/),
);

export const HONORIFICS: ReadonlySet<string> = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame"]);

/** Lowercase particles that may sit inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
  "bin", "ibn", "al", "el", "la", "le", "y", "bint", "abu", "ben",
]);

export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
];

export const WEEKDAYS: readonly string[] = [
  "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
];

/** The last word of a run that names an organisation rather than a person. */
export const ORG_KEYWORDS: ReadonlySet<string> = new Set([
  "Ministry", "Department", "Office", "Council", "Commission", "Agency", "Bank", "Fund", "Party",
  "Parliament", "Congress", "Senate", "Assembly", "Army", "Navy", "Court", "University", "Company",
  "Corporation", "Corp", "Inc", "Ltd", "Group", "Authority", "Forces", "Guard", "Service",
  "Bureau", "Committee", "Institute", "Foundation", "Organization", "Organisation", "Union",
  "Association", "Federation", "Alliance", "Front", "Movement", "Airlines", "Motors", "Holdings",
  "Cabinet", "Government", "Administration", "Coalition", "Board", "Secretariat", "Police",
  "Tribunal", "Mission", "Programme", "Program", "Initiative", "Network", "Media", "Times", "Post",
  "News", "Press", "Ministries", "Technologies", "Energy", "Petroleum", "Systems", "Industries",
]);

/** The last word of a run that names a place or a geographic feature. */
export const PLACE_KEYWORDS: ReadonlySet<string> = new Set([
  "Sea", "Strait", "Straits", "Gulf", "Ocean", "Islands", "Island", "Peninsula", "Canal", "River",
  "Mountains", "Bay", "Region", "Border", "Corridor", "Valley", "Desert", "Basin", "Plateau",
  "Heights", "Strip", "Republic", "Kingdom", "Emirates", "Province", "City", "Square", "Palace", "Hall", "Airport",
]);

/** Geographic regions and blocs that read like proper names but are not countries or people. */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  "Europe", "Asia", "Africa", "Americas", "Latin", "Middle", "East", "West", "North", "South",
  "Southeast", "Northeast", "Indo-Pacific", "Pacific", "Atlantic", "Arctic", "Antarctic", "Balkans",
  "Caucasus", "Sahel", "Horn", "Gulf", "Caribbean", "Scandinavia", "Asian", "European", "African",
  "Western", "Eastern", "Northern", "Southern", "Central", "Global", "Arab", "Muslim", "Christian",
]);
