import { mkdir } from "node:fs/promises";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/load/load-documents.ts";
import { findQuery, readQueryCatalog } from "../../src/query/read-query-catalog.ts";
import { SEED_DOCUMENTS, frozenDocuments } from "./frozen-documents.ts";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";
import { dropFile, launchChromium, openNeo4jBrowser, runInEditor } from "./neo4j-browser-page.ts";

const ARTIFACTS = "test/artifacts";

/** The seed article (its frozen document), loaded by the real loader: every row is known. */
async function loadSeed(): Promise<void> {
  await clearDatabase();
  const { uri, database } = testNeo4j();
  const report = await withTestDriver((driver) =>
    loadDocuments(driver, { uri, database }, frozenDocuments([SEED_DOCUMENTS]), {
      batchSize: 50,
      concurrency: 1,
      sync: false,
    }),
  );
  expect(report.articles.loaded).toBe(1);
}

/** The cells of every row of a result frame's table view, as Browser prints them. */
async function tableRows(frame: Locator): Promise<string[][]> {
  await frame.getByTestId("cypherFrameSidebarTable").click();
  const rows = frame.getByRole("table").locator("tbody").getByRole("row");
  await rows.first().waitFor();
  const cells = await rows.all();
  return Promise.all(cells.map((row) => row.getByRole("cell").allInnerTexts()));
}

/** Fill, radius and caption of a node drawn in a frame's graph view. */
async function drawnNode(frame: Locator, caption: string) {
  const node = frame.locator("g.node", { hasText: caption });
  const circle = node.locator("circle.b-outline");
  return {
    fill: await circle.getAttribute("fill"),
    radius: await circle.getAttribute("r"),
    caption: (await node.locator("text.caption").allTextContents()).join("").trim(),
  };
}

async function drawnRelationshipFill(frame: Locator, type: string): Promise<string | null> {
  const relationship = frame.locator("g.relationship", { hasText: type }).first();
  return relationship.locator("path.b-outline").getAttribute("fill");
}

interface Session {
  readonly browser: Browser;
  readonly page: Page;
}

async function openSession(): Promise<Session> {
  const browser = await launchChromium();
  try {
    return { browser, page: await openNeo4jBrowser(browser, testNeo4j()) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// One page for the whole file, as one user's session: the favorites imported by the first test
// are the ones the second runs.
describe("Neo4j Browser, served by the test server, in Debian's Chromium", () => {
  let opened: Promise<Session> | undefined;
  /** Opened by the first test, not in a hook: a missing Chromium fails the tests, never skips. */
  async function browserPage(): Promise<Page> {
    opened ??= openSession();
    return (await opened).page;
  }
  const session = () => opened?.catch(() => undefined);

  beforeAll(loadSeed);

  afterEach(async ({ task }) => {
    const page = (await session())?.page;
    if (page === undefined) return;
    await mkdir(ARTIFACTS, { recursive: true });
    const name = task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
    await page.screenshot({ path: `${ARTIFACTS}/neo4j-browser-${name}.png` });
  });

  afterAll(async () => {
    await (await session())?.browser.close();
    await clearDatabase();
  });

  it("imports the favorites zip as a newsgraph folder, one favorite per saved query", async () => {
    const page = await browserPage();
    await dropFile(page, "cypher/browser-favorites.zip");
    await page.getByTestId("navigationFavorites").click();
    await page.getByTestId("expandFolder-newsgraph").click();
    const folder = page.getByTestId("savedScriptsFolder-newsgraph");
    await folder.getByTestId("savedScriptListItem").first().waitFor();
    const titles = await folder.getByTestId("savedScriptListItem").allInnerTexts();
    const catalog = await readQueryCatalog();
    expect(titles.map((title) => title.split(":")[0])).toEqual([...catalog.keys()]);
  });

  it("runs the who-met-whom favorite in one click and shows its rows in the table", async () => {
    const page = await browserPage();
    const favorite = page.getByTestId("savedScriptListItem").filter({ hasText: /^who-met-whom:/ });
    await favorite.hover();
    await favorite.getByTestId("savedScriptsButton-Run").click();
    // Four :param lines and the statement, each with its own status.
    const statements = page.getByTestId("frame").first().getByTestId("multi-statement-list-icon");
    // The statement runs against a real server, planned afresh: on a busy machine that takes
    // seconds, far beyond expect.poll's default second.
    const running = { timeout: 30_000 };
    await expect.poll(() => statements.count(), running).toBe(5);
    await expect
      .poll(() => statements.and(page.getByTitle("Status: success")).count(), running)
      .toBe(5);
    await page.getByTestId("navigationFavorites").click();

    // The :param lines left the defaults set; the statement alone shows its rows.
    const saved = findQuery(await readQueryCatalog(), "who-met-whom");
    const frame = await runInEditor(page, saved.cypher);
    const blinkenMet = (row: number, name: string, key: string) => [
      String(row),
      ...['"2024-04-26"', '"Antony Blinken"', `"${name}"`, '"Beijing"', "1"],
      ...['"person:antony-blinken"', `"person:${key}"`],
    ];
    expect(await tableRows(frame)).toEqual([
      blinkenMet(1, "Wang Xiaohong", "wang-xiaohong"),
      blinkenMet(2, "Wang Yi", "wang-yi"),
      blinkenMet(3, "Xi Jinping", "xi-jinping"),
    ]);
  });

  it("draws the graph in the style of the dropped grass file", async () => {
    const page = await browserPage();
    await dropFile(page, "cypher/browser-style.grass");
    await page.getByTestId("frame").first().getByText("node.Person {").waitFor();
    const frame = await runInEditor(
      page,
      `MATCH p = (:Person {key: "person:antony-blinken"})-[:MET_WITH]->
                 (:Person {key: "person:xi-jinping"})-[:REPRESENTS]->(:Country)
       RETURN p`,
    );
    // Browser opens a result in the view last chosen, the table in the test before.
    await frame.getByTestId("cypherFrameSidebarVisualization").click();
    await frame.locator("g.node").nth(2).waitFor();
    expect(await drawnNode(frame, "Blinken")).toEqual({
      fill: "#4C8EDA",
      radius: "32.5",
      caption: "Antony Blinken",
    });
    expect(await drawnNode(frame, "China")).toEqual({
      fill: "#57C7E3",
      radius: "40",
      caption: "China",
    });
    expect(await drawnRelationshipFill(frame, "MET_WITH")).toBe("#4C8EDA");
    expect(await drawnRelationshipFill(frame, "REPRESENTS")).toBe("#57C7E3");
  });
});
