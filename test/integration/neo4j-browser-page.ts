import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Locator, Page } from "playwright-core";

/** Debian's Chromium: .ci/run installs it; playwright never downloads a browser here. */
export const CHROMIUM = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where Neo4j Browser is served and what its connect form needs. */
export interface BrowserLogin {
  readonly httpUrl: string;
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
}

/**
 * The page globals the in-page functions below use, typed here because the project compiles
 * without the DOM library; the functions run in Chromium, never in Node.
 */
interface PageGlobals {
  readonly navigator: { readonly clipboard: { writeText(text: string): Promise<void> } };
  readonly document: {
    querySelector(selector: string): { dispatchEvent(event: unknown): boolean } | null;
  };
  readonly DataTransfer: new () => { readonly items: { add(file: unknown): unknown } };
  readonly File: new (parts: readonly Uint8Array[], name: string) => unknown;
  readonly DragEvent: new (type: string, init: Record<string, unknown>) => unknown;
}

/** Chromium on a fresh temporary profile; fails, saying what to install, when it is missing. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get install chromium), as .ci/run does`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** A new page on Neo4j Browser, connected through its connect form. */
export async function openNeo4jBrowser(
  browser: Browser,
  login: BrowserLogin,
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  // Pasting is the one way to put a multi-line script in the editor as it is written.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${login.httpUrl}/browser/`);
  await connect(page, login);
  return page;
}

async function connect(page: Page, login: BrowserLogin): Promise<void> {
  const { protocol, host } = new URL(login.uri);
  await page.getByTestId("bolt-scheme-select").selectOption(`${protocol}//`);
  await page.getByTestId("boltaddress").fill(host);
  if (login.database !== undefined) await page.getByTestId("database").fill(login.database);
  await page.getByTestId("username").fill(login.username);
  await page.getByTestId("password").fill(login.password);
  await page.getByTestId("connect").click();
  try {
    // The connect frame says so; when Browser's own start-up connection wins the race against
    // the form, that frame is replaced by the start guide Browser opens once it is connected.
    await page
      .getByText("You are connected as user")
      .or(page.getByText("Getting started with Neo4j Browser"))
      .first()
      .waitFor();
  } catch (error) {
    const shown = await page.getByTestId("frame").first().innerText();
    throw new Error(`Neo4j Browser did not connect to ${login.uri}; it shows: ${shown}`, {
      cause: error,
    });
  }
}

/** Pastes `script` into the editor and runs it; resolves to the frame it opened. */
export async function runInEditor(page: Page, script: string): Promise<Locator> {
  const frames = page.getByTestId("frame");
  const before = await frames.count();
  await page.evaluate(
    (text) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(text),
    script,
  );
  await page.getByTestId("activeEditor").click();
  await page.keyboard.press("Control+V");
  await page.getByTestId("editor-Run").click();
  // Frames stack newest first: once there is one more, the first is this run's.
  await frames.nth(before).waitFor({ state: "attached" });
  return frames.first();
}

/** Drops a file on the Browser window, as a user dragging it from the desktop does. */
export async function dropFile(page: Page, path: string): Promise<void> {
  const bytes = [...(await readFile(path))];
  await page.evaluate(
    ([data, name]) => {
      const window = globalThis as unknown as PageGlobals;
      const transfer = new window.DataTransfer();
      transfer.items.add(new window.File([new Uint8Array(data)], name));
      const event = new window.DragEvent("drop", {
        bubbles: true,
        cancelable: true,
        dataTransfer: transfer,
      });
      const target = window.document.querySelector(".filedrop");
      if (target === null) throw new Error("Neo4j Browser shows no file drop area (.filedrop)");
      target.dispatchEvent(event);
    },
    [bytes, basename(path)] as const,
  );
}
