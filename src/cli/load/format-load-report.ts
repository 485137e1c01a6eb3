import type { LoadReport } from "../../load/load-report.ts";

/** The human summary printed after a load. */
export function formatLoadReport(report: LoadReport): string {
  const { articles, nodes, relationships } = report;
  const lines = [
    ...(report.interrupted
      ? [
          "interrupted: stopped before the end of the input; every article counted below is in the graph whole, load the same input again to finish",
        ]
      : []),
    `articles: ${articles.loaded} loaded, ${articles.unchanged} unchanged, ${articles.removed} removed, ${articles.failed} failed`,
    `nodes: ${nodes.created} created${breakdown(nodes.createdByLabel)}, ${nodes.deleted} deleted`,
    `relationships: ${relationships.created} created${breakdown(relationships.createdByType)}, ${relationships.deleted} deleted`,
    `took ${(report.elapsedMs / 1000).toFixed(1)} s`,
    ...(report.syncSkipped === undefined ? [] : [`--sync: ${report.syncSkipped}`]),
    ...report.failures.map((failure) => `failed: ${failure.path}: ${failure.reason}`),
  ];
  return `${lines.join("\n")}\n`;
}

function breakdown(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts).map(([name, count]) => `${name} ${count}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
