// Browses the built web app in Chromium against the real app (API + static files) on a private
// SQLite copy: search → entity page → graph (click a node, its neighbours appear) → path finder
// → a GEXF download that parses; a screenshot of every main view; no horizontal scroll at 360 px;
// no serious or critical axe-core violation on the main views.
// Needs the web app built (pnpm build) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "@agora/api";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { OUTPUT_DIR, REPO_ROOT } from "../setup/paths.ts";

const WEB_DIST = join(REPO_ROOT, "apps/web/dist");
const SCREENSHOTS = join(OUTPUT_DIR, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// axe-core is a dev dependency of the web app, whose accessibility it checks.
const AXE_SOURCE = readFileSync(createRequire(join(REPO_ROOT, "apps/web/package.json")).resolve("axe-core/axe.min.js"), "utf8");

let db: TestDb;
let server: Server;
let baseUrl: string;
let profileDir: string;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

async function screenshot(name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error(`The web app is not built (${WEB_DIST}): run pnpm build first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  mkdirSync(SCREENSHOTS, { recursive: true });

  db = await copyOfBaseDb("sqlite");
  const app = createApp({ db, webDist: WEB_DIST, graphiql: false });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Playwright refuses --user-data-dir in `args`: a fresh profile goes through launchPersistentContext.
  profileDir = mkdtempSync(join(tmpdir(), "agora-e2e-chromium-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    // SwiftShader draws WebGL (the graph explorer) without a GPU.
    args: ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
});

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await db?.close();
});

async function heading(text: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

/** The graph's node count, from the status line above the canvas. */
async function shownEntities(): Promise<number> {
  const text = await page.locator(".graph-status").innerText();
  return Number(/(\d+) entities/.exec(text)?.[1] ?? "0");
}

/** Waits for ForceAtlas2 to stop, then clicks the node where sigma drew it. */
async function clickGraphNode(key: string) {
  await page.locator(".graph-status").getByText(/Layout settled/).waitFor({ state: "attached", timeout: 20_000 });
  const point = await page.evaluate((nodeKey) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & { sigma: { getNodeDisplayData(k: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } };
    const display = container.sigma.getNodeDisplayData(nodeKey);
    if (!display) return null;
    const viewport = container.sigma.framedGraphToViewport(display);
    const rect = container.getBoundingClientRect();
    return { x: rect.left + viewport.x, y: rect.top + viewport.y };
  }, key);
  if (!point) throw new Error(`node ${key} is not drawn`);
  await page.mouse.click(point.x, point.y);
}

describe("the explorer in a browser", () => {
  it("goes from a search to an entity, its graph, a path and a download", async () => {
    await page.goto(`${baseUrl}/`);
    await heading(/Knowledge exchange between cities/);
    await page.locator(".counts .count-value").first().getByText(/^\d+$/).waitFor();
    await screenshot("01-home");

    await page.getByLabel("Search people, organisations, places, sessions, resources and themes").fill("kampala");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(`${baseUrl}/search?q=kampala`);
    await page.getByRole("heading", { level: 2, name: /results? for “kampala”/ }).waitFor();
    expect(await page.locator(".results mark").first().innerText()).toMatch(/kampala/i);
    await page.getByRole("group", { name: "Kind" }).getByLabel(/^City/).check();
    await page.waitForURL(/kinds=CITY/);
    await page.getByRole("heading", { level: 2, name: /\(filtered\)/ }).waitFor();
    await screenshot("02-search");

    await page.locator(".results").getByRole("link", { name: "Kampala", exact: true }).click();
    await page.waitForURL(`${baseUrl}/city/kampala`);
    await heading("Kampala");
    await page.getByRole("heading", { name: "Related cases" }).waitFor();
    await page.getByRole("heading", { name: "Timeline" }).waitFor();
    await page.getByRole("heading", { name: "Place in the network" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("East Africa Training in Uganda");
    await page.locator('script[type="application/ld+json"]').waitFor({ state: "attached" });
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(jsonLd).toBeTruthy();
    await screenshot("03-entity-page");

    await page.goto(`${baseUrl}/graph?focus=kampala&depth=1`);
    await heading("Graph explorer");
    await page.locator(".graph-status").getByText(/\d+ entities and \d+ links around Kampala/).waitFor();
    const before = await shownEntities();
    await clickGraphNode("east-africa-training-uganda-2019");
    await page.waitForURL(/expand=east-africa-training-uganda-2019/);
    await expect.poll(shownEntities, { timeout: 15_000 }).toBeGreaterThan(before);
    await page.locator(".graph-status").getByText(/Layout settled/).waitFor({ state: "attached", timeout: 20_000 });
    await screenshot("04-graph-explorer");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "GEXF" }).click()]);
    expect(download.url()).toContain("/export/graph.gexf?around=kampala&depth=1");
    const gexf = readFileSync((await download.path())!, "utf8");
    const xml = new DOMParser().parseFromString(gexf, "text/xml");
    expect(xml.documentElement?.nodeName).toBe("gexf");
    expect(xml.getElementsByTagName("node").length).toBeGreaterThan(1);

    await page.goto(`${baseUrl}/path`);
    await heading("Path finder");
    await page.getByRole("combobox", { name: "From" }).fill("Laurence Kw");
    await page.getByRole("option", { name: /^Laurence Kwark\s+Person$/ }).click();
    await page.getByRole("combobox", { name: "To" }).fill("Kampala");
    await page.getByRole("option", { name: /^Kampala\s+City$/ }).click();
    await page.waitForURL(/from=laurence-kwark&to=kampala|to=kampala&from=laurence-kwark/);
    const sentence = await page.locator(".path-sentence").first().innerText();
    expect(sentence).toMatch(/^Laurence Kwark .+ Kampala\.$/);
    expect(sentence).toContain("East Africa Training in Uganda");
    await screenshot("05-path-finder");

    expect(consoleErrors).toEqual([]);
  });

  it("shows the map, the timeline and the coverage", async () => {
    await page.goto(`${baseUrl}/map`);
    await heading("Map of cities");
    await page.locator(".map-land path").first().waitFor();
    // By keyboard: Suwon's smaller circle lies on top of Seoul's.
    await page.getByRole("link", { name: /^Seoul: \d+ sessions?$/ }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/city=seoul/);
    await page.locator(".map-panel").getByRole("link", { name: "Seoul" }).waitFor();
    await screenshot("06-map");

    await page.goto(`${baseUrl}/timeline`);
    await heading("Timeline of sessions");
    await page.locator(".timeline .card").first().waitFor();
    await screenshot("07-timeline");

    await page.goto(`${baseUrl}/coverage`);
    await heading("Coverage");
    await page.getByRole("table", { name: /Sessions by top-level theme/ }).waitFor();
    await screenshot("08-coverage");
    expect(consoleErrors).toEqual([]);
  });

  const MAIN_VIEWS = [
    { path: "/", ready: "main .card" },
    { path: "/search?q=seoul", ready: ".results li" },
    { path: "/city/kampala", ready: "#related-cases-heading" },
    { path: "/session/east-africa-training-uganda-2019", ready: "#related-cases-heading" },
    { path: "/graph?focus=kampala&depth=1", ready: '[data-testid="graph-canvas"] canvas' },
    { path: "/path?from=laurence-kwark&to=kampala", ready: ".path-sentence" },
    { path: "/timeline", ready: ".timeline .card" },
    { path: "/map", ready: ".map-land path" },
    { path: "/coverage", ready: "table.coverage" },
    { path: "/downloads", ready: ".download-list a" },
  ];

  it("fits a 360 px wide phone without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const overflowing: string[] = [];
    for (const view of MAIN_VIEWS) {
      await page.goto(`${baseUrl}${view.path}`);
      await page.locator(view.ready).first().waitFor({ state: "attached" });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${view.path}: ${width}px`);
    }
    await page.goto(`${baseUrl}/`);
    await page.locator("main .card").first().waitFor();
    await screenshot("09-home-360px");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(overflowing).toEqual([]);
  });

  it("has no serious or critical accessibility violation on the main views (axe-core)", async () => {
    const found: string[] = [];
    for (const view of MAIN_VIEWS) {
      await page.goto(`${baseUrl}${view.path}`);
      await page.locator(view.ready).first().waitFor({ state: "attached" });
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
      });
      for (const violation of violations) found.push(`${view.path}: ${violation}`);
    }
    expect(found).toEqual([]);
  });
});
