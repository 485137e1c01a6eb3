/** Where the integration tests' Neo4j is, as handed from the global setup to every test file. */
export interface TestNeo4jConnection {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
  /** HTTP root: discovery document, and Neo4j Browser at /browser/. */
  readonly httpUrl: string;
  /** Which of the three ways found it, for messages. */
  readonly source: "NEO4J_TEST_URI" | "testcontainers" | "local Java";
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4jConnection;
  }
}
