// Browses the built web app in Chromium, against the real app (API + static files) on a private
// SQLite copy: search the sessions, open one, follow a person and a city, and come back.
// Needs the web app built (pnpm build) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "@agora/api";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { OUTPUT_DIR, REPO_ROOT } from "../setup/paths.ts";

const WEB_DIST = join(REPO_ROOT, "apps/web/dist");
const SCREENSHOTS = join(OUTPUT_DIR, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SESSION_TITLE = "East Africa Training in Uganda";
const SESSION_URL = "/session/east-africa-training-uganda-2019";

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
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1024, height: 800 },
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

/** Waits for the page's h1 to read `text`. */
async function heading(text: string) {
  await page.getByRole("heading", { level: 1, name: text, exact: true }).waitFor();
}

/** The first link in main to `href`, once it is there. */
async function linkTo(href: string) {
  const link = page.locator(`main a[href="${href}"]`).first();
  await link.waitFor();
  return link;
}

describe("browsing the web app", () => {
  it("finds a session by searching, shows it, and links people and places back to it", async () => {
    await page.goto(`${baseUrl}/`);
    await heading("Knowledge-exchange sessions");
    await page.locator(".count").getByText(/^\d+ sessions$/).waitFor();
    const allSessions = await page.locator(".cards > li").count();
    expect(allSessions).toBeGreaterThan(2);
    await screenshot("01-home");

    await page.getByLabel("Search sessions").fill("Uganda");
    await page.locator(".count").getByText(/matching “Uganda”/).waitFor();
    expect(page.url()).toBe(`${baseUrl}/?q=Uganda`);
    expect(await page.locator(".cards > li").count()).toBeLessThan(allSessions);
    await screenshot("02-search-uganda");

    await page.getByRole("link", { name: SESSION_TITLE, exact: true }).click();
    await page.waitForURL(`${baseUrl}${SESSION_URL}`);
    await heading(SESSION_TITLE);
    const session = await page.locator("main").innerText();
    expect(session).toContain("21 August 2019 – 23 August 2019");
    expect(session).toContain("Kampala");
    expect(session).toContain("Kim Joung-youl");
    const kwark = page.locator("main li", { has: page.getByRole("link", { name: "Laurence Kwark", exact: true }) });
    expect(await kwark.innerText()).toContain("delegate, GSEF's Secretary General");
    expect(await page.title()).toBe(`${SESSION_TITLE} · Agora`);
    await screenshot("03-session");

    await page.getByRole("link", { name: "Laurence Kwark", exact: true }).click();
    await page.waitForURL(`${baseUrl}/person/laurence-kwark`);
    await heading("Laurence Kwark");
    const backFromPerson = await linkTo(SESSION_URL);
    expect(await backFromPerson.innerText()).toBe(SESSION_TITLE);
    await screenshot("04-person");

    await backFromPerson.click();
    await page.waitForURL(`${baseUrl}${SESSION_URL}`);
    await heading(SESSION_TITLE);
    await page.locator("main dd").getByRole("link", { name: "Kampala", exact: true }).click();
    await page.waitForURL(`${baseUrl}/city/kampala`);
    await heading("Kampala");
    expect(await (await linkTo(SESSION_URL)).innerText()).toBe(SESSION_TITLE);
    expect(await page.locator("main").innerText()).toContain("Uganda");
    await screenshot("05-city");

    expect(consoleErrors).toEqual([]);
  });
});
