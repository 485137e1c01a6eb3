/** Name regions: the people of a country get first names and surnames from its region's lists. */
export type NameRegion =
  | "anglo"
  | "latin"
  | "romance"
  | "germanic"
  | "slavic"
  | "arabic"
  | "african"
  | "east-asian"
  | "south-asian"
  | "turkic";

export interface PoolCountry {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
  /** Who heads the government in news copy: "President", "Prime Minister", "Chancellor". */
  readonly leader: string;
  readonly region: NameRegion;
}

type Row = readonly [string, string, string, string, NameRegion];

/** Listed roughly by how often international news names them: the order is the popularity. */
const ROWS: readonly Row[] = [
  ["United States", "American", "Washington", "President", "anglo"],
  ["China", "Chinese", "Beijing", "President", "east-asian"],
  ["Russia", "Russian", "Moscow", "President", "slavic"],
  ["Ukraine", "Ukrainian", "Kyiv", "President", "slavic"],
  ["Germany", "German", "Berlin", "Chancellor", "germanic"],
  ["France", "French", "Paris", "President", "romance"],
  ["United Kingdom", "British", "London", "Prime Minister", "anglo"],
  ["Japan", "Japanese", "Tokyo", "Prime Minister", "east-asian"],
  ["India", "Indian", "New Delhi", "Prime Minister", "south-asian"],
  ["Iran", "Iranian", "Tehran", "President", "arabic"],
  ["Israel", "Israeli", "Jerusalem", "Prime Minister", "anglo"],
  ["Turkey", "Turkish", "Ankara", "President", "turkic"],
  ["Brazil", "Brazilian", "Brasilia", "President", "latin"],
  ["Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "arabic"],
  ["Egypt", "Egyptian", "Cairo", "President", "arabic"],
  ["Poland", "Polish", "Warsaw", "Prime Minister", "slavic"],
  ["Italy", "Italian", "Rome", "Prime Minister", "romance"],
  ["Spain", "Spanish", "Madrid", "Prime Minister", "romance"],
  ["Canada", "Canadian", "Ottawa", "Prime Minister", "anglo"],
  ["Australia", "Australian", "Canberra", "Prime Minister", "anglo"],
  ["South Korea", "South Korean", "Seoul", "President", "east-asian"],
  ["North Korea", "North Korean", "Pyongyang", "leader", "east-asian"],
  ["Mexico", "Mexican", "Mexico City", "President", "latin"],
  ["South Africa", "South African", "Pretoria", "President", "african"],
  ["Nigeria", "Nigerian", "Abuja", "President", "african"],
  ["Kenya", "Kenyan", "Nairobi", "President", "african"],
  ["Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister", "african"],
  ["Pakistan", "Pakistani", "Islamabad", "Prime Minister", "south-asian"],
  ["Indonesia", "Indonesian", "Jakarta", "President", "east-asian"],
  ["Philippines", "Philippine", "Manila", "President", "east-asian"],
  ["Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "east-asian"],
  ["Qatar", "Qatari", "Doha", "Emir", "arabic"],
  ["United Arab Emirates", "Emirati", "Abu Dhabi", "President", "arabic"],
  ["Jordan", "Jordanian", "Amman", "King", "arabic"],
  ["Lebanon", "Lebanese", "Beirut", "Prime Minister", "arabic"],
  ["Syria", "Syrian", "Damascus", "President", "arabic"],
  ["Iraq", "Iraqi", "Baghdad", "Prime Minister", "arabic"],
  ["Argentina", "Argentine", "Buenos Aires", "President", "latin"],
  ["Colombia", "Colombian", "Bogota", "President", "latin"],
  ["Chile", "Chilean", "Santiago", "President", "latin"],
  ["Peru", "Peruvian", "Lima", "President", "latin"],
  ["Venezuela", "Venezuelan", "Caracas", "President", "latin"],
  ["Cuba", "Cuban", "Havana", "President", "latin"],
  ["Netherlands", "Dutch", "The Hague", "Prime Minister", "germanic"],
  ["Belgium", "Belgian", "Brussels", "Prime Minister", "romance"],
  ["Sweden", "Swedish", "Stockholm", "Prime Minister", "germanic"],
  ["Norway", "Norwegian", "Oslo", "Prime Minister", "germanic"],
  ["Finland", "Finnish", "Helsinki", "President", "germanic"],
  ["Denmark", "Danish", "Copenhagen", "Prime Minister", "germanic"],
  ["Austria", "Austrian", "Vienna", "Chancellor", "germanic"],
  ["Switzerland", "Swiss", "Bern", "President", "germanic"],
  ["Greece", "Greek", "Athens", "Prime Minister", "romance"],
  ["Portugal", "Portuguese", "Lisbon", "Prime Minister", "romance"],
  ["Romania", "Romanian", "Bucharest", "President", "romance"],
  ["Hungary", "Hungarian", "Budapest", "Prime Minister", "slavic"],
  ["Czech Republic", "Czech", "Prague", "Prime Minister", "slavic"],
  ["Serbia", "Serbian", "Belgrade", "President", "slavic"],
  ["Georgia", "Georgian", "Tbilisi", "Prime Minister", "slavic"],
  ["Armenia", "Armenian", "Yerevan", "Prime Minister", "slavic"],
  ["Azerbaijan", "Azerbaijani", "Baku", "President", "turkic"],
  ["Kazakhstan", "Kazakh", "Astana", "President", "turkic"],
  ["Uzbekistan", "Uzbek", "Tashkent", "President", "turkic"],
  ["Afghanistan", "Afghan", "Kabul", "leader", "south-asian"],
  ["Bangladesh", "Bangladeshi", "Dhaka", "Prime Minister", "south-asian"],
  ["Sri Lanka", "Sri Lankan", "Colombo", "President", "south-asian"],
  ["Nepal", "Nepali", "Kathmandu", "Prime Minister", "south-asian"],
  ["Thailand", "Thai", "Bangkok", "Prime Minister", "east-asian"],
  ["Malaysia", "Malaysian", "Kuala Lumpur", "Prime Minister", "east-asian"],
  ["Singapore", "Singaporean", "Singapore", "Prime Minister", "east-asian"],
  ["Mongolia", "Mongolian", "Ulaanbaatar", "President", "east-asian"],
  ["New Zealand", "New Zealand", "Wellington", "Prime Minister", "anglo"],
  ["Ireland", "Irish", "Dublin", "Taoiseach", "anglo"],
  ["Morocco", "Moroccan", "Rabat", "King", "arabic"],
  ["Algeria", "Algerian", "Algiers", "President", "arabic"],
  ["Tunisia", "Tunisian", "Tunis", "President", "arabic"],
  ["Libya", "Libyan", "Tripoli", "Prime Minister", "arabic"],
  ["Sudan", "Sudanese", "Khartoum", "leader", "arabic"],
  ["Ghana", "Ghanaian", "Accra", "President", "african"],
  ["Senegal", "Senegalese", "Dakar", "President", "african"],
  ["Tanzania", "Tanzanian", "Dodoma", "President", "african"],
  ["Uganda", "Ugandan", "Kampala", "President", "african"],
  ["Rwanda", "Rwandan", "Kigali", "President", "african"],
  ["Angola", "Angolan", "Luanda", "President", "african"],
  ["Mozambique", "Mozambican", "Maputo", "President", "african"],
  ["Zimbabwe", "Zimbabwean", "Harare", "President", "african"],
  ["Somalia", "Somali", "Mogadishu", "President", "african"],
  ["Mali", "Malian", "Bamako", "leader", "african"],
  ["Niger", "Nigerien", "Niamey", "leader", "african"],
  ["Bolivia", "Bolivian", "La Paz", "President", "latin"],
  ["Ecuador", "Ecuadorian", "Quito", "President", "latin"],
  ["Paraguay", "Paraguayan", "Asuncion", "President", "latin"],
  ["Uruguay", "Uruguayan", "Montevideo", "President", "latin"],
  ["Guatemala", "Guatemalan", "Guatemala City", "President", "latin"],
  ["Honduras", "Honduran", "Tegucigalpa", "President", "latin"],
  ["Haiti", "Haitian", "Port-au-Prince", "Prime Minister", "romance"],
  ["Estonia", "Estonian", "Tallinn", "Prime Minister", "germanic"],
  ["Latvia", "Latvian", "Riga", "Prime Minister", "slavic"],
  ["Lithuania", "Lithuanian", "Vilnius", "President", "slavic"],
  ["Moldova", "Moldovan", "Chisinau", "President", "romance"],
  ["Cyprus", "Cypriot", "Nicosia", "President", "romance"],
];

export const COUNTRIES: readonly PoolCountry[] = ROWS.map(
  ([name, demonym, capital, leader, region]) => ({ name, demonym, capital, leader, region }),
);

/** "the United States", "the Philippines", but "France": how a sentence names the country. */
export function countryName(country: PoolCountry): string {
  return /^(United|Czech|Netherlands|Philippines)/.test(country.name)
    ? `the ${country.name}`
    : country.name;
}
