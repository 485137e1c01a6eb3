/** The closed set of node labels and relationship types. Cypher never takes a label from text. */
export const NODE_LABELS = [
  "Article",
  "Person",
  "Country",
  "Organization",
  "Issue",
  "Event",
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ENTITY_LABELS = ["Person", "Country", "Organization", "Issue", "Event"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Facts that carry provenance (articles, sentences, confidence). */
export const FACT_TYPES = ["MET_WITH", "OPPOSES", "FUNDS"] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Structural relationships that hold the graph together. */
export const LINK_TYPES = ["REPRESENTS", "PARTICIPATED_IN", "CONCERNS"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const RELATIONSHIP_TYPES = [...FACT_TYPES, ...LINK_TYPES] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** What ties an article to what it reports: MENTIONS for entities, REPORTS for events. */
export const ARTICLE_LINK_TYPES = ["MENTIONS", "REPORTS"] as const;
export type ArticleLinkType = (typeof ARTICLE_LINK_TYPES)[number];

/** Every relationship type the graph may hold; nothing else is ever written. */
export const GRAPH_RELATIONSHIP_TYPES = [...RELATIONSHIP_TYPES, ...ARTICLE_LINK_TYPES] as const;
