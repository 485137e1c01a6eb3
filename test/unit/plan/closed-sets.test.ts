import { describe, expect, it } from "vitest";
import type { GraphDocument } from "../../../src/model/graph-document.ts";
import { findDocumentProblems } from "../../../src/plan/document-problems.ts";
import { planArticles } from "../../../src/plan/plan-articles.ts";
import { blinkenInBeijing } from "./documents.ts";

/** A document parsed from JSON without its schema, as a caller outside TypeScript might pass. */
function untyped(document: unknown): GraphDocument {
  return document as GraphDocument;
}

describe("labels and types outside the closed sets", () => {
  it("are problems, so the loader refuses the document instead of picking a statement", () => {
    const base = blinkenInBeijing();
    const [person, ...others] = base.entities;
    const [relationship, ...rest] = base.relationships;
    const document = untyped({
      ...base,
      entities: [{ ...person, label: "Person`) DETACH DELETE n //" }, ...others],
      relationships: [{ ...relationship, type: "OWNS]->() DETACH DELETE n //" }, ...rest],
    });
    expect(findDocumentProblems(document)).toEqual([
      'entity person:antony-blinken has label "Person`) DETACH DELETE n //", not one of Person, Country, Organization, Issue, Event',
      `relationship ${relationship?.from} -> ${relationship?.to} has type "OWNS]->() DETACH DELETE n //", not one of MET_WITH, OPPOSES, FUNDS, REPRESENTS, PARTICIPATED_IN, CONCERNS`,
    ]);
    expect(() => planArticles([document])).toThrow(/^cannot plan article:seeds\/001\.txt: entity/);
  });
});
