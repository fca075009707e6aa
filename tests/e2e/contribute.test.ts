// Contributing in Chromium against the real app on a private SQLite copy: a member signs up, adds
// a session with a new source and finds it in search and on the graph explorer; an editor (made
// through @agora/db, as editors cannot sign themselves up) sees the member's change arrive live,
// edits the session and restores an earlier revision from its history. Screenshots of the new
// views; no horizontal scroll at 360 px and no serious or critical axe-core violation on them.
// Needs the web app built (pnpm build) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "@agora/api";
import { signIn, signUp } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { OUTPUT_DIR, REPO_ROOT } from "../setup/paths.ts";

const WEB_DIST = join(REPO_ROOT, "apps/web/dist");
const SCREENSHOTS = join(OUTPUT_DIR, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AXE_SOURCE = readFileSync(createRequire(join(REPO_ROOT, "apps/web/package.json")).resolve("axe-core/axe.min.js"), "utf8");

const MEMBER = { name: "Awa Ndiaye", email: "awa@agora.test", password: "tontines grow up" };
const EDITOR = { name: "Eun-ji Editor", email: "editor@agora.test", password: "correct horse battery" };
const TITLE = "Peer learning on municipal guarantee funds";

let db: TestDb;
let server: Server;
let baseUrl: string;
let profileDir: string;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
/** The session the member adds, shared by the tests that follow. */
let sessionUrl = "";

async function screenshot(name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `contribute-${name}.png`), fullPage: true });
}

async function heading(text: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

/** A GraphQL request as a client app would send it, with a bearer token. */
async function graphql(token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function signInAs(account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await heading("Sign in");
  await page.getByLabel(/^Email/).fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/`);
}

async function signOut() {
  await page.locator(".account-button").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("link", { name: "Sign in" }).waitFor();
}

beforeAll(async () => {
  if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error(`The web app is not built (${WEB_DIST}): run pnpm build first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  mkdirSync(SCREENSHOTS, { recursive: true });

  db = await copyOfBaseDb("sqlite");
  await signUp(db, EDITOR, "EDITOR");
  const app = createApp({ db, webDist: WEB_DIST, graphiql: false });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  profileDir = mkdtempSync(join(tmpdir(), "agora-e2e-contribute-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1280, height: 900 },
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
  // Open event streams (live updates) would keep close() waiting.
  server?.closeAllConnections();
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await db?.close();
});

describe("contributing in a browser", () => {
  it("signs a member up, adds a session with its source, and finds it in search and on the graph", async () => {
    await page.goto(`${baseUrl}/contribute`);
    await heading("Contribute");
    await page.getByRole("link", { name: "create an account" }).click();
    await heading("Create an account");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByRole("link", { name: /^Password: Use at least 10 characters/ }).waitFor();
    await page.getByLabel(/^Name/).fill(MEMBER.name);
    await page.getByLabel(/^Email/).fill(MEMBER.email);
    await page.getByLabel(/^Password/).fill(MEMBER.password);
    await screenshot("01-sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${baseUrl}/contribute`);
    await page.locator(".account-button").getByText(MEMBER.name).waitFor();
    expect(await page.locator(".account-button").innerText()).toContain("Member");
    await page.getByRole("heading", { name: "Recent changes" }).waitFor();
    await screenshot("02-contribute");

    await page.getByRole("link", { name: "Add a session" }).click();
    await heading("Add a session");
    await page.getByRole("button", { name: "Add the session" }).click();
    const summary = page.locator(".error-summary");
    await summary.getByRole("link", { name: "Title: Enter the title." }).waitFor();
    expect(await page.getByLabel(/^Title \(required\)/).getAttribute("aria-invalid")).toBe("true");
    await screenshot("03-new-session-errors");

    await page.getByLabel(/^Title \(required\)/).fill(TITLE);
    await page.getByLabel(/^Kind of event/).selectOption("LEARNING_SESSION");
    await page.getByLabel(/^First day/).fill("2026-03-10");
    await page.getByLabel(/^Last day/).fill("2026-03-12");
    await page.getByRole("combobox", { name: "City" }).fill("Kampala");
    await page.getByRole("option", { name: /^Kampala\s+City$/ }).click();
    await page.getByLabel(/^Description/).fill("Three days on how a municipal guarantee fund could back loans to cooperatives.");
    await page.getByLabel("A new source").check();
    await page.getByLabel(/^Title of the document/).fill("Example: Kampala peer-learning report, 2026");
    await page.getByLabel(/^Web address/).fill("https://example.org/kampala-peer-learning-2026");
    await page.getByLabel(/^Passage/).fill("the peer-learning session on municipal guarantee funds held in Kampala from 10 to 12 March 2026");
    await screenshot("04-new-session");
    await page.getByRole("button", { name: "Add the session" }).click();

    await page.waitForURL(/\/session\/peer-learning-on-municipal-guarantee-funds/);
    sessionUrl = new URL(page.url()).pathname;
    await heading(TITLE);
    await page.getByRole("group", { name: "Contribute to this session" }).getByRole("link", { name: "Edit" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Example: Kampala peer-learning report, 2026");
    await screenshot("05-session-page");

    // What the member did not add is theirs to link to, not to edit or delete.
    await page.goto(`${baseUrl}/session/gsef-2013`);
    const curatedBar = page.getByRole("group", { name: "Contribute to this session" });
    await curatedBar.getByRole("link", { name: "Add a link" }).waitFor();
    expect(await curatedBar.getByRole("link", { name: "Edit" }).count()).toBe(0);
    expect(await curatedBar.getByRole("button", { name: "Delete…" }).count()).toBe(0);

    await page.goto(`${baseUrl}/search?q=${encodeURIComponent("municipal guarantee")}`);
    await page.locator(".results").getByRole("link", { name: TITLE }).waitFor();

    const key = sessionUrl.split("/").pop()!;
    await page.goto(`${baseUrl}/graph?focus=${key}&depth=1`);
    await heading("Graph explorer");
    await page.locator(".graph-status").getByText(new RegExp(`\\d+ entities and \\d+ links? around ${TITLE}`)).waitFor();
    expect(await page.locator(".graph-status").innerText()).toMatch(/^2 entities/);
    await screenshot("06-graph-new-session");

    // A link from the session's page, citing a source found through an entity it speaks of.
    await page.goto(`${baseUrl}${sessionUrl}`);
    await page.getByRole("group", { name: "Contribute to this session" }).getByRole("link", { name: "Add a link" }).click();
    await heading(`Add a link to ${TITLE}`);
    await page.getByLabel("Kind of link").selectOption({ label: "A person took part in this session (participation)" });
    await page.getByLabel(/^Role/).selectOption("speaker");
    await page.getByRole("combobox", { name: "Which person" }).fill("Laurence Kw");
    await page.getByRole("option", { name: /^Laurence Kwark\s+Person$/ }).click();
    await page.getByRole("button", { name: "Find a source through an entity it speaks of" }).click();
    await page.getByRole("combobox", { name: "Source 1: an entity the source speaks of" }).fill("Laurence Kw");
    await page.getByRole("option", { name: /^Laurence Kwark\s+Person$/ }).click();
    await page.getByRole("button", { name: /^Use this source:/ }).first().click();
    expect(await page.getByLabel(/^Source key/).inputValue()).toMatch(/^gsef-/);
    await page.getByLabel(/^Passage/).fill("Laurence Kwark spoke on guarantee funds");
    await screenshot("06b-add-link");
    await page.getByRole("button", { name: "Add the link" }).click();
    await page.waitForURL(`${baseUrl}${sessionUrl}`);
    await page.locator("main").getByRole("link", { name: "Laurence Kwark" }).first().waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it("creates an API token shown once, and revokes it", async () => {
    await page.goto(`${baseUrl}/account`);
    await heading("Your account");
    await page.getByLabel(/^New token’s name/).fill("Spreadsheet sync");
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = await page.getByLabel("Secret token").inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect((await graphql(secret, "{ me { name } }", {})).data.me.name).toBe(MEMBER.name);
    await page.getByRole("table", { name: "Your API tokens" }).getByRole("cell", { name: "Spreadsheet sync", exact: true }).waitFor();
    await screenshot("07-account-tokens");

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Revoke Spreadsheet sync" }).click();
    await page.getByRole("table", { name: "Your API tokens" }).getByText(/^Revoked/).waitFor();
    expect((await graphql(secret, "{ me { name } }", {})).errors).toBeTruthy();
  });

  it("checks an import file first and lists its problems by file, row and column", async () => {
    await page.goto(`${baseUrl}/contribute/import`);
    await heading("Import a file");
    const template = await (await fetch(`${baseUrl}/templates/import/sessions.csv`)).text();
    expect(template).toContain("dakar-peer-learning-2026");
    await page.getByLabel(/^CSV or JSON file/).setInputFiles({ name: "sessions.csv", mimeType: "text/csv", buffer: Buffer.from(template.replace("2026-03-10", "2026-13-10")) });
    await page.getByText(/^sessions\.csv, /).waitFor();
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByRole("heading", { name: /problems?: nothing was written/ }).waitFor();
    const problems = page.getByRole("table", { name: /^Problems/ });
    expect(await problems.innerText()).toMatch(/sessions\.csv\s+1\s+startDate/);
    expect(await page.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);
    await screenshot("08-import-report");
  });

  it("lets an editor see a change arrive live, edit the session, and restore an earlier revision", async () => {
    await signOut();
    await signInAs(EDITOR);
    expect(await page.locator(".account-button").innerText()).toContain("Editor");

    await page.goto(`${baseUrl}${sessionUrl}`);
    await heading(TITLE);
    const key = sessionUrl.split("/").pop()!;
    const versionNow = async () => (await graphql((await signIn(db, EDITOR.email, EDITOR.password)).token, `query($k: String!) { entity(key: $k) { version } }`, { k: key })).data.entity.version as number;

    // The member, through the API, changes what they added while the editor reads it (and, in
    // another tab, watches the recent changes).
    const feed = await context.newPage();
    await feed.goto(`${baseUrl}/contribute`);
    await feed.getByText("No change since you opened this page.").waitFor();
    const memberToken = (await signIn(db, MEMBER.email, MEMBER.password)).token;
    const renamed = `${TITLE}, Kampala`;
    const change = await graphql(
      memberToken,
      `mutation($k: ID!, $v: Int!, $t: String!) { updateSession(key: $k, expectedVersion: $v, patch: { title: $t }) { userErrors { message } } }`,
      { k: key, v: await versionNow(), t: renamed },
    );
    expect(change.data.updateSession.userErrors).toEqual([]);
    const notice = page.getByRole("alert").filter({ hasText: "changed by someone else" });
    await notice.waitFor();
    await screenshot("09-changed-elsewhere");
    await notice.getByRole("button", { name: "Reload to see the latest version" }).click();
    await heading(renamed);
    await feed.locator(".change-feed").getByText(/changed/).waitFor();
    expect(await feed.locator(".change-feed li").first().innerText()).toMatch(new RegExp(`^Session\\s+${renamed} changed at`));
    await feed.close();

    await page.getByRole("group", { name: "Contribute to this session" }).getByRole("link", { name: "Edit" }).click();
    await heading(`Edit session: ${renamed}`);
    await page.getByLabel(/^Venue/).fill("City Hall, Kampala");
    await page.getByLabel(/^Reason/).fill("the report names the venue");
    await screenshot("10-edit-session");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${baseUrl}${sessionUrl}`);
    await page.locator("main .facts").getByText("City Hall, Kampala").waitFor();

    await page.getByRole("link", { name: "History" }).click();
    await heading(`History of ${renamed}`);
    const latest = page.locator(".revision").first();
    await latest.getByRole("heading", { name: /^Changed \(version \d+\)$/ }).waitFor();
    expect(await latest.innerText()).toContain("by Eun-ji Editor");
    expect(await latest.locator("ins").first().innerText()).toBe("City Hall, Kampala");
    await screenshot("11-history");

    // Back to before the editor's change: the revision before the latest.
    const before = page.locator(".revision").nth(1);
    const restore = before.getByRole("button", { name: /^Restore version \d+…$/ });
    const restoredVersion = Number(/\d+/.exec(await restore.innerText())![0]);
    await restore.click();
    await page.getByLabel(`Reason for restoring version ${restoredVersion}`).fill("venue not confirmed");
    await page.getByRole("button", { name: `Restore version ${restoredVersion}`, exact: true }).click();
    await page.getByRole("status").getByText(new RegExp(`is now as version ${restoredVersion} was`)).waitFor();
    await page.locator(".revision").first().getByRole("heading", { name: /^Restored \(version \d+\)$/ }).waitFor();

    await page.goto(`${baseUrl}${sessionUrl}`);
    await heading(renamed);
    expect(await page.locator("main").innerText()).not.toContain("City Hall, Kampala");
    expect(consoleErrors).toEqual([]);
  });

  it("lets an editor merge a duplicate a member added, keeping the one they choose", async () => {
    const memberToken = (await signIn(db, MEMBER.email, MEMBER.password)).token;
    const added = await graphql(
      memberToken,
      `mutation { createPerson(input: { name: "KWARK Laurence", honorific: "Ms.", sources: [{ source: "gsef-knowledge-exchange", passage: "Ms. Laurence Kwark" }] }) { entity { key } userErrors { message } } }`,
      {},
    );
    expect(added.data.createPerson.userErrors).toEqual([]);
    const duplicate = added.data.createPerson.entity.key as string;

    await page.goto(`${baseUrl}/contribute/duplicates?kind=PERSON`);
    await heading("Possible duplicates");
    const pair = page.locator(".pair").filter({ has: page.locator(`code:text-is("${duplicate}")`) });
    await pair.waitFor();
    await pair.locator("label.pair-side").filter({ has: page.locator('code:text-is("laurence-kwark")') }).getByLabel("Keep this one").check();
    await screenshot("12-duplicates");
    await pair.getByRole("button", { name: "Merge into “Laurence Kwark”" }).click();
    await page.getByRole("status").filter({ hasText: "Merged into" }).getByRole("link", { name: "Laurence Kwark" }).waitFor();
    expect((await graphql(memberToken, `query($k: String!) { entity(key: $k) { key } }`, { k: duplicate })).data.entity).toBeNull();
  });

  const views = () => [
    { path: "/sign-in", ready: "form" },
    { path: "/contribute", ready: ".change-feed" },
    { path: "/contribute/new/session", ready: "form.entity-form" },
    { path: sessionUrl, ready: ".entity-actions a" },
    { path: `${sessionUrl}/edit`, ready: "form.entity-form" },
    { path: `${sessionUrl}/history`, ready: ".revision" },
    { path: `${sessionUrl}/link`, ready: "form" },
    { path: "/contribute/import", ready: "form" },
    { path: "/contribute/duplicates", ready: "#duplicates-kind" },
    { path: "/account", ready: "#tokens-heading" },
  ];

  it("fits a 360 px wide phone without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const overflowing: string[] = [];
    for (const view of views()) {
      await page.goto(`${baseUrl}${view.path}`);
      await page.locator(view.ready).first().waitFor({ state: "attached" });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${view.path}: ${width}px`);
    }
    await page.goto(`${baseUrl}${sessionUrl}/edit`);
    await page.locator("form.entity-form").waitFor();
    await screenshot("13-edit-360px");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(overflowing).toEqual([]);
  });

  it("has no serious or critical accessibility violation on the contribution views (axe-core)", async () => {
    const found: string[] = [];
    for (const view of views()) {
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
    expect(consoleErrors).toEqual([]);
  });
});
