// Access, exhaustively: every mutation and every protected field of the schema, for anonymous
// visitors, a member on their own record, another member (someone else's record), an editor and
// an admin. The lists come from the schema itself (every Mutation field, every field with
// authScopes), so a new mutation or protected field without a row here fails the suite. Then
// token revocation (401 at once) and per-token rate limits under a burst.
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type AgoraApp } from "@agora/api";
import { schema } from "@agora/api/schema";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";
import { JSON_HEADERS, send } from "./support/request.ts";
import { recordFigures } from "./support/figures.ts";

type Role = "anonymous" | "owner" | "otherMember" | "editor" | "admin";
type Outcome = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
const ROLES: Role[] = ["anonymous", "owner", "otherMember", "editor", "admin"];

let db: TestDb;
let app: AgoraApp;
let tokens: Tokens;
let cells = 0;

beforeAll(async () => {
  db = await copyOfBaseDb();
  app = createApp({ db, webDist: null, cacheTtlSeconds: 0, rateLimitPerMinute: 0, log: () => {} });
  tokens = await tokensFor(db, "access");
});
afterAll(async () => {
  recordFigures("access", {
    title: "Access (roles, revocation, rate limits)",
    rows: [
      ["mutations in the schema, each with a row", MUTATION_NAMES.length],
      ["protected fields in the schema, each with a row", PROTECTED_FIELDS.length],
      ["role × operation cells checked", cells],
      ["revoked token refused on its next request", "yes (401 UNAUTHENTICATED)"],
      ["burst of 30 requests on a 10/minute token", `${burst.ok} answered, ${burst.limited} refused 429`],
    ],
  });
  await db.close();
});
const burst = { ok: 0, limited: 0 };

const tokenOf = (role: Role) => (role === "anonymous" ? undefined : tokens[role === "owner" ? "member" : role]);

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await send(app, { headers: { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: { query, variables } });
  return { status: response.status, json: response.json };
}

function outcome(result: { json: any }): Outcome | string {
  const code = result.json?.errors?.[0]?.extensions?.code;
  if (code) return code;
  const payload = result.json?.data ? Object.values(result.json.data)[0] : null;
  const userErrors = (payload as { userErrors?: { code: string }[] } | null)?.userErrors ?? [];
  return userErrors.length ? `userError:${userErrors[0]!.code}` : "OK";
}

const SOURCE = [{ source: "gsef-knowledge-exchange", passage: "Knowledge Exchange" }];
let serial = 0;
const unique = (label: string) => `${label} ${++serial}`;
// Country codes are unique two-letter codes: XA, XB, ... then YA ... (none of them real).
let countries = 23 * 26;
const countryCode = () => `${String.fromCharCode(65 + Math.floor(countries / 26))}${String.fromCharCode(65 + (countries++ % 26))}`;

const CREATE_INPUTS: Record<string, () => Record<string, unknown>> = {
  City: () => ({ name: unique("Access City"), country: "uganda", sources: SOURCE }),
  Country: () => ({ name: unique("Access Country"), code: countryCode(), continent: "AFRICA", region: "Eastern Africa", sources: SOURCE }),
  Organisation: () => ({ name: unique("Access Organisation"), organisationKind: "SSE_NETWORK", sources: SOURCE }),
  Person: () => ({ name: unique("Access Person"), sources: SOURCE }),
  Resource: () => ({ title: unique("Access Resource"), resourceKind: "REPORT", sources: SOURCE }),
  Session: () => ({ title: unique("Access Session"), sessionKind: "WORKSHOP", sources: SOURCE }),
  Theme: () => ({ name: unique("Access Theme"), sources: SOURCE }),
};
const PATCHES: Record<string, Record<string, unknown>> = {
  City: { region: "Central" },
  Country: { region: "Eastern Africa" },
  Organisation: { phone: "+256 000" },
  Person: { bio: "Changed" },
  Resource: { language: "en" },
  Session: { venue: "Hall B" },
  Theme: { description: "Changed" },
};

/** A fresh entity of `kind` created by the owner (a member), through the API. */
async function owned(kind: string): Promise<{ key: string; version: number }> {
  const result = await gql(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { entity { key version } userErrors { code message } } }`, { input: CREATE_INPUTS[kind]!() }, tokens.member);
  const payload = result.json.data[`create${kind}`];
  expect(payload.userErrors, kind).toEqual([]);
  return payload.entity;
}

async function ownedLink(): Promise<{ linkId: string; version: number }> {
  const person = await owned("Person");
  const result = await gql(
    `mutation($input: CreateLinkInput!) { createLink(input: $input) { link { linkId version } userErrors { code message } } }`,
    { input: { type: "PARTICIPATION", from: person.key, to: "gsef-2013", role: "speaker", sources: SOURCE } },
    tokens.member,
  );
  expect(result.json.data.createLink.userErrors).toEqual([]);
  return result.json.data.createLink.link;
}

interface Row {
  /** Sets up what the call needs (as the owner) and returns the request. */
  call: (role: Role) => Promise<{ query: string; variables?: Record<string, unknown> }>;
  expect: Record<Role, Outcome | string>;
}

const MEMBERS_CREATE = { anonymous: "UNAUTHENTICATED", owner: "OK", otherMember: "OK", editor: "OK", admin: "OK" } as const;
const OWNER_OR_EDITOR = { anonymous: "UNAUTHENTICATED", owner: "OK", otherMember: "FORBIDDEN", editor: "OK", admin: "OK" } as const;
const EDITORS = { anonymous: "UNAUTHENTICATED", owner: "FORBIDDEN", otherMember: "FORBIDDEN", editor: "OK", admin: "OK" } as const;
const ADMINS = { anonymous: "UNAUTHENTICATED", owner: "FORBIDDEN", otherMember: "FORBIDDEN", editor: "FORBIDDEN", admin: "OK" } as const;
const ANYONE = { anonymous: "OK", owner: "OK", otherMember: "OK", editor: "OK", admin: "OK" } as const;
const SIGNED_IN = { anonymous: "UNAUTHENTICATED", owner: "OK", otherMember: "OK", editor: "OK", admin: "OK" } as const;

const ROWS: Record<string, Row> = {};
for (const kind of Object.keys(CREATE_INPUTS)) {
  ROWS[`create${kind}`] = {
    call: async () => ({ query: `mutation($input: Create${kind}Input!) { create${kind}(input: $input) { entity { key } userErrors { code } } }`, variables: { input: CREATE_INPUTS[kind]!() } }),
    expect: MEMBERS_CREATE,
  };
  ROWS[`update${kind}`] = {
    call: async () => {
      const e = await owned(kind);
      return { query: `mutation($k: ID!, $v: Int!, $p: ${kind}Patch!) { update${kind}(key: $k, expectedVersion: $v, patch: $p) { entity { version } userErrors { code } } }`, variables: { k: e.key, v: e.version, p: PATCHES[kind] } };
    },
    expect: OWNER_OR_EDITOR,
  };
}
Object.assign(ROWS, {
  deleteEntity: {
    call: async () => {
      const e = await owned("Session");
      return { query: `mutation($k: ID!, $v: Int!) { deleteEntity(key: $k, expectedVersion: $v) { revisionId userErrors { code } } }`, variables: { k: e.key, v: e.version } };
    },
    expect: OWNER_OR_EDITOR,
  },
  createLink: {
    call: async () => {
      const person = await owned("Person");
      return {
        query: `mutation($input: CreateLinkInput!) { createLink(input: $input) { link { linkId } userErrors { code } } }`,
        variables: { input: { type: "PARTICIPATION", from: person.key, to: "gsef-2018", role: "participant", sources: SOURCE } },
      };
    },
    expect: MEMBERS_CREATE,
  },
  updateLink: {
    call: async () => {
      const l = await ownedLink();
      return { query: `mutation($id: String!, $v: Int!) { updateLink(id: $id, expectedVersion: $v, patch: { capacity: "Chair" }) { link { version } userErrors { code } } }`, variables: { id: l.linkId, v: l.version } };
    },
    expect: OWNER_OR_EDITOR,
  },
  deleteLink: {
    call: async () => {
      const l = await ownedLink();
      return { query: `mutation($id: String!, $v: Int!) { deleteLink(id: $id, expectedVersion: $v) { revisionId userErrors { code } } }`, variables: { id: l.linkId, v: l.version } };
    },
    expect: OWNER_OR_EDITOR,
  },
  mergeEntities: {
    call: async () => {
      const [a, b] = [await owned("Person"), await owned("Person")];
      return { query: `mutation($a: ID!, $av: Int!, $b: ID!, $bv: Int!) { mergeEntities(keep: $a, keepVersion: $av, remove: $b, removeVersion: $bv) { entity { key } userErrors { code } } }`, variables: { a: a.key, av: a.version, b: b.key, bv: b.version } };
    },
    expect: EDITORS,
  },
  restoreRevision: {
    call: async () => {
      const e = await owned("Person");
      const first = await db.prisma.revision.findFirstOrThrow({ where: { entityId: e.key }, orderBy: { createdAt: "asc" } });
      const changed = await gql(`mutation($k: ID!, $v: Int!) { updatePerson(key: $k, expectedVersion: $v, patch: { bio: "Later" }) { entity { version } } }`, { k: e.key, v: e.version }, tokens.member);
      return { query: `mutation($r: String!, $v: Int!) { restoreRevision(revisionId: $r, expectedVersion: $v) { entity { version } userErrors { code } } }`, variables: { r: first.id, v: changed.json.data.updatePerson.entity.version } };
    },
    expect: EDITORS,
  },
  importData: {
    call: async () => ({
      query: `mutation($c: String!) { importData(format: CSV, kind: PERSON, fileName: "people.csv", content: $c, dryRun: true) { written problems { message } } }`,
      variables: { c: `name,source\n${unique("Imported Person")},gsef-about\n` },
    }),
    expect: SIGNED_IN,
  },
  setUserRole: {
    call: async () => {
      const user = await db.prisma.user.findFirstOrThrow({ where: { email: "other-member-access@agora.test" } });
      return { query: `mutation($id: String!) { setUserRole(userId: $id, role: MEMBER) { role } }`, variables: { id: user.id } };
    },
    expect: ADMINS,
  },
  createApiToken: { call: async () => ({ query: `mutation { createApiToken(name: "access test") { token userErrors { code } } }` }), expect: SIGNED_IN },
  revokeToken: {
    // Always the owner's token: the owner and admins may revoke it; another member may not even learn it exists.
    call: async () => {
      const user = await db.prisma.user.findFirstOrThrow({ where: { email: "member-access@agora.test" } });
      const { createToken } = await import("@agora/db");
      const { row } = await createToken(db, user.id, "API", "to revoke");
      return { query: `mutation($id: String!) { revokeToken(tokenId: $id) }`, variables: { id: row.id } };
    },
    expect: { anonymous: "UNAUTHENTICATED", owner: "OK", otherMember: "NOT_FOUND", editor: "NOT_FOUND", admin: "OK" },
  },
  signUp: {
    call: async () => ({ query: `mutation($e: String!) { signUp(email: $e, name: "New", password: "a long enough password") { token userErrors { code } } }`, variables: { e: `new-${++serial}@agora.test` } }),
    expect: ANYONE,
  },
  signIn: { call: async () => ({ query: `mutation { signIn(email: "member-access@agora.test", password: "correct horse battery") { token userErrors { code } } }` }), expect: ANYONE },
  // Signing out revokes the very token used: each role signs in afresh first (see the test).
  signOut: { call: async () => ({ query: `mutation { signOut }` }), expect: SIGNED_IN },
} satisfies Record<string, Row>);

const MUTATION_NAMES = Object.keys(schema.getMutationType()!.getFields()).sort();

/** Fields whose Pothos config has authScopes: the protected ones. */
const PROTECTED_FIELDS = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((t) => t.name !== "Mutation")
  .flatMap((t) =>
    Object.values(t.getFields())
      .filter((f) => (f.extensions as { pothosOptions?: { authScopes?: unknown } })?.pothosOptions?.authScopes !== undefined)
      .map((f) => `${t.name}.${f.name}`),
  )
  .sort();

// A protected field read by each role: on their own account, and (for User fields) on someone else's.
const FIELD_ROWS: Record<string, { query: (self: boolean) => string; expect: Record<Role, Outcome>; selfToo?: boolean }> = {
  "Query.users": { query: () => `{ users(first: 5) { totalCount } }`, expect: ADMINS },
  "Query.duplicateCandidates": { query: () => `{ duplicateCandidates { names } }`, expect: EDITORS },
  "User.email": { query: () => `{ users(first: 50) { edges { node { email } } } }`, expect: ADMINS, selfToo: true },
  "User.tokens": { query: () => `{ users(first: 50) { edges { node { tokens { name } } } } }`, expect: ADMINS, selfToo: true },
};

describe("every mutation, every role", () => {
  it("has a row for every mutation of the schema, and only those", () => {
    expect(Object.keys(ROWS).sort()).toEqual(MUTATION_NAMES);
  });

  for (const name of MUTATION_NAMES) {
    it(name, async () => {
      const row = ROWS[name];
      expect(row, `no access row for the mutation ${name}: add one to tests/reliability/access.test.ts`).toBeDefined();
      for (const role of ROLES) {
        let token = tokenOf(role);
        if (name === "signOut" && token) {
          const email = { owner: "member", otherMember: "other-member", editor: "editor", admin: "admin" }[role as Exclude<Role, "anonymous">];
          token = (await gql(`mutation { signIn(email: "${email}-access@agora.test", password: "correct horse battery") { token } }`)).json.data.signIn.token;
        }
        const { query, variables } = await row!.call(role);
        const before = await db.prisma.revision.count();
        const result = await gql(query, variables, token);
        cells++;
        expect(outcome(result), `${name} by ${role}: ${JSON.stringify(result.json).slice(0, 300)}`).toBe(row!.expect[role]);
        if (row!.expect[role] !== "OK" && !["signUp", "signIn"].includes(name)) {
          // A refusal writes nothing.
          expect(await db.prisma.revision.count(), `${name} by ${role} wrote a revision`).toBe(before);
          expect(result.json.data?.[name] ?? null).toBeNull();
        }
      }
    });
  }
});

describe("every protected field, every role", () => {
  it("has a row for every field with auth scopes", () => {
    expect(Object.keys(FIELD_ROWS).sort()).toEqual(PROTECTED_FIELDS);
  });

  for (const field of PROTECTED_FIELDS) {
    it(field, async () => {
      const row = FIELD_ROWS[field];
      expect(row, `no access row for the protected field ${field}`).toBeDefined();
      for (const role of ROLES) {
        const result = await gql(row!.query(false), {}, tokenOf(role));
        cells++;
        expect(outcome(result), `${field} by ${role}`).toBe(row!.expect[role]);
      }
      if (row!.selfToo) {
        // Their own, through `me`, for every signed-in role.
        const own = field === "User.email" ? `{ me { email } }` : `{ me { tokens { name } } }`;
        for (const role of ROLES.filter((r) => r !== "anonymous")) {
          const result = await gql(own, {}, tokenOf(role));
          cells++;
          expect(outcome(result), `own ${field} by ${role}`).toBe("OK");
        }
      }
    });
  }
});

describe("tokens", () => {
  it("refuses a revoked token with 401 on the very next request", async () => {
    const made = await gql(`mutation { createApiToken(name: "short-lived") { token } }`, {}, tokens.editor);
    const token = made.json.data.createApiToken.token as string;
    expect((await gql(`{ me { name } }`, {}, token)).status).toBe(200);
    const { me } = (await gql(`{ me { tokens { tokenId name } } }`, {}, tokens.editor)).json.data;
    const id = me.tokens.find((t: { name: string }) => t.name === "short-lived").tokenId;
    expect((await gql(`mutation($id: String!) { revokeToken(tokenId: $id) }`, { id }, tokens.editor)).json.data.revokeToken).toBe(true);
    const after = await gql(`{ me { name } }`, {}, token);
    expect(after.status).toBe(401);
    expect(after.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // Signing out ends the sign-in token the same way.
    const signedIn = (await gql(`mutation { signIn(email: "admin-access@agora.test", password: "correct horse battery") { token } }`)).json.data.signIn.token;
    expect((await gql(`mutation { signOut }`, {}, signedIn)).json.data.signOut).toBe(true);
    expect((await gql(`{ me { name } }`, {}, signedIn)).status).toBe(401);
  });

  it("holds a per-token rate limit under a burst, and keeps other tokens' buckets apart", async () => {
    const limited = createApp({ db, webDist: null, cacheTtlSeconds: 0, rateLimitPerMinute: 10, log: () => {} });
    const ask = (token: string) => send(limited, { headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` }, body: { query: `{ me { name } }` } });
    const statuses = (await Promise.all(Array.from({ length: 30 }, () => ask(tokens.member)))).map((r) => r.status);
    burst.ok = statuses.filter((s) => s === 200).length;
    burst.limited = statuses.filter((s) => s === 429).length;
    // The bucket refills one request every 6 s: a burst slowed by a busy machine may see one more.
    expect(burst.ok).toBeGreaterThanOrEqual(10);
    expect(burst.ok).toBeLessThanOrEqual(11);
    expect(burst.limited).toBe(30 - burst.ok);
    const refused = await ask(tokens.member);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.json.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await ask(tokens.editor)).status).toBe(200);
  });
});
