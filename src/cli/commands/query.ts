import { config as readDotenv } from "dotenv";
import { parseNeo4jConfig } from "../../config.ts";
import { withDriver } from "../../neo4j/with-driver.ts";
import { bindParams } from "../../query/bind-params.ts";
import { findQuery, readQueryCatalog } from "../../query/read-query-catalog.ts";
import { runSavedQuery } from "../../query/run-saved-query.ts";
import { formatQueryList } from "../query/format-query-list.ts";
import { formatResult } from "../query/format-result.ts";
import { parseQueryArgs } from "../query/query-args.ts";

/** `query <name> [--param k=v]… [--format table|json|csv]` or `query --list`; 0 done, 2 refused. */
export async function queryCommand(argv: string[]): Promise<number> {
  const args = parseQueryArgs(argv);
  const catalog = await readQueryCatalog();
  if (args.list) {
    process.stdout.write(formatQueryList(catalog));
    return 0;
  }
  const query = findQuery(catalog, args.name);
  const parameters = bindParams(query, args.params);
  const env: Record<string, string | undefined> = { ...process.env };
  readDotenv({ quiet: true, processEnv: env });
  const config = parseNeo4jConfig(env);
  const target = { uri: config.uri, database: config.database };
  const result = await withDriver(config, (driver) =>
    runSavedQuery(driver, target, query, parameters),
  );
  process.stdout.write(formatResult(result, args.format));
  return 0;
}
