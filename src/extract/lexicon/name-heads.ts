import heads from "./name-heads.json" with { type: "json" };

/**
 * Offices and ranks held by the person named after them ("Treasurer Ian Moka", "Commodore Jay
 * Ortiz"), lowercased, built from WordNet by scripts/lexicon/name-heads.ts.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(heads.offices);

/**
 * Heads of a place's or a storm's name written before it ("Lake Titicaca", "Mount Elgon",
 * "Cyclone Ditwah"), lowercased, from the same script: no person's first name.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(heads.places);
