import type { EntityLabel, RelationshipType } from "../model/labels.ts";

interface Endpoints {
  readonly from: readonly EntityLabel[];
  readonly to: readonly EntityLabel[];
}

/**
 * Which labels each relationship type may connect (DESIGN.md, graph model). Every combination
 * has its own write statement, so endpoints are looked up by label and key through an index.
 */
export const RELATIONSHIP_ENDPOINTS: Readonly<Record<RelationshipType, Endpoints>> = {
  MET_WITH: { from: ["Person"], to: ["Person"] },
  OPPOSES: {
    from: ["Person", "Country", "Organization"],
    to: ["Issue", "Country", "Organization", "Person"],
  },
  FUNDS: { from: ["Country", "Organization"], to: ["Country", "Organization", "Issue"] },
  REPRESENTS: { from: ["Person"], to: ["Country", "Organization"] },
  PARTICIPATED_IN: { from: ["Person", "Country", "Organization"], to: ["Event"] },
  CONCERNS: { from: ["Event"], to: ["Issue"] },
};

export function allowsEndpoints(
  type: RelationshipType,
  from: EntityLabel,
  to: EntityLabel,
): boolean {
  const endpoints = RELATIONSHIP_ENDPOINTS[type];
  return endpoints.from.includes(from) && endpoints.to.includes(to);
}
