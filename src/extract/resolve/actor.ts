export type ActorLabel = "Person" | "Country" | "Organization";

/**
 * An entity acting or acted upon in a sentence, resolved to its key.
 *
 * Every actor is made with all of these properties, in this order (those that do not apply set
 * to undefined): actors of one shape keep the optimised code that reads them from being thrown
 * out each time an actor of a new shape comes by.
 */
export interface Actor {
  readonly key: string;
  readonly label: ActorLabel;
  /** Offsets in the body and token range in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly via: "name" | "description" | "pronoun" | "country" | "org";
  readonly possessive: boolean;
  /** "in Beijing", "to Paris": a place where something happens, not a party to it. */
  readonly place: boolean;
  /** For a person: the country they represent; for an organisation: its country, if national. */
  readonly country: string | undefined;
  /** A capital named only as the place where something happens: not a mention of the state. */
  readonly locationOnly: boolean | undefined;
  /** For an organisation: its canonical name ("European Union" for "Brussels" or "EU"). */
  readonly name: string | undefined;
}
