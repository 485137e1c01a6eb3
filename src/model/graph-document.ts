import { z } from "zod";
import { FACT_TYPES, LINK_TYPES } from "./labels.ts";

const Key = z.string().min(3);

export const PersonSchema = z.object({
  label: z.literal("Person"),
  key: Key.startsWith("person:"),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  title: z.string().optional(),
  /** ISO 3166-1 alpha-3 of the country the person represents. */
  country: z.string().length(3).optional(),
});

export const CountrySchema = z.object({
  label: z.literal("Country"),
  key: Key.startsWith("country:"),
  name: z.string().min(1),
  iso3: z.string().length(3),
  aliases: z.array(z.string()),
});

export const OrganizationSchema = z.object({
  label: z.literal("Organization"),
  key: Key.startsWith("org:"),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** ISO3 of the country the organisation belongs to (a ministry, a state company), if known. */
  country: z.string().length(3).optional(),
});

export const IssueSchema = z.object({
  label: z.literal("Issue"),
  key: Key.startsWith("issue:"),
  name: z.string().min(1),
  keywords: z.array(z.string()),
});

export const EventSchema = z.object({
  label: z.literal("Event"),
  key: Key.startsWith("event:"),
  /** meeting, talks, call, visit, summit, signing, … */
  type: z.string().min(1),
  name: z.string().min(1),
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM) as resolved against the publication date. */
  date: z.string().optional(),
  place: z.string().optional(),
  /** held: it took place; planned: announced for later; */
  status: z.enum(["held", "planned"]),
});

export const EntitySchema = z.discriminatedUnion("label", [
  PersonSchema,
  CountrySchema,
  OrganizationSchema,
  IssueSchema,
  EventSchema,
]);

export const EvidenceSchema = z.object({
  sentence: z.string().min(1),
  /** Character offsets into the article body, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

const PropertyValue = z.union([z.string(), z.number(), z.boolean()]);

export const RelationshipSchema = z.object({
  type: z.enum([...FACT_TYPES, ...LINK_TYPES]),
  from: Key,
  to: Key,
  properties: z.record(z.string(), PropertyValue),
  evidence: z.array(EvidenceSchema),
  confidence: z.number().min(0).max(1),
});

export const ArticleSummarySchema = z.object({
  key: z.string().startsWith("article:"),
  source: z.string(),
  title: z.string(),
  publishedAt: z.string().datetime(),
  contentHash: z.string(),
  url: z.string().optional(),
  dateline: z.string().optional(),
  hashtags: z.array(z.string()),
});

/** The extractor's output for one article: the JSON Lines contract of `npm run extract`. */
export const GraphDocumentSchema = z.object({
  article: ArticleSummarySchema,
  entities: z.array(EntitySchema),
  relationships: z.array(RelationshipSchema),
});

export type Person = z.infer<typeof PersonSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Issue = z.infer<typeof IssueSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relationship = z.infer<typeof RelationshipSchema>;
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;
