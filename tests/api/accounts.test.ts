// Accounts: sign-up, sign-in, tokens, roles, and what each can see.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";

let t: TestApp;
let tokens: Tokens;
beforeAll(async () => {
  t = await startTestApp();
  tokens = await tokensFor(t.db);
});
afterAll(() => t.close());

const SIGN_UP = `mutation($email: String!, $password: String!) { signUp(email: $email, name: "Ana", password: $password) { token user { name role } userErrors { code path message } } }`;

it("signs up a member, hashing the password, and signs in", async () => {
  const { signUp } = await t.data(SIGN_UP, { email: "Ana@Example.org", password: "a long enough password" });
  expect(signUp.userErrors).toEqual([]);
  expect(signUp.user).toEqual({ name: "Ana", role: "MEMBER" });
  expect(signUp.token).toMatch(/^ags_/);
  const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
  expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(stored.passwordHash).not.toContain("a long enough password");
  const me = await t.data(`{ me { name role email } }`, {}, signUp.token);
  expect(me.me).toEqual({ name: "Ana", role: "MEMBER", email: "ana@example.org" });
  const signIn = await t.data(`mutation { signIn(email: "ana@example.org", password: "a long enough password") { token userErrors { code } } }`);
  expect(signIn.signIn.token).toMatch(/^ags_/);
});

it("says exactly what is wrong with a sign-up, and nothing about which accounts exist on sign-in", async () => {
  const bad = await t.data(SIGN_UP, { email: "not-an-email", password: "short" });
  expect(bad.signUp.userErrors).toEqual([{ code: "INVALID_INPUT", path: ["email"], message: "email: not an email address" }]);
  const short = await t.data(SIGN_UP, { email: "bo@example.org", password: "short" });
  expect(short.signUp.userErrors[0]).toMatchObject({ path: ["password"], message: expect.stringMatching(/at least 10/) });
  const taken = await t.data(SIGN_UP, { email: "member-t@agora.test", password: "a long enough password" });
  expect(taken.signUp.userErrors[0]).toMatchObject({ code: "EMAIL_TAKEN" });
  const wrongPassword = await t.data(`mutation { signIn(email: "member-t@agora.test", password: "wrong password!") { token userErrors { code message } } }`);
  const noAccount = await t.data(`mutation { signIn(email: "nobody@agora.test", password: "wrong password!") { token userErrors { code message } } }`);
  expect(wrongPassword.signIn).toEqual(noAccount.signIn);
  expect(wrongPassword.signIn.token).toBeNull();
});

it("refuses a malformed, unknown or revoked token with 401", async () => {
  const ask = (authorization: string) =>
    t.app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization },
      body: JSON.stringify({ query: "{ me { name } }" }),
    });
  for (const header of ["Basic abc", "Bearer ags_nonsense"]) {
    const response = await ask(header);
    expect(response.status, header).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  }
  const { createApiToken } = await t.data(`mutation { createApiToken(name: "my app") { token } }`, {}, tokens.member);
  expect(createApiToken.token).toMatch(/^aga_/);
  expect((await t.data(`{ me { name } }`, {}, createApiToken.token)).me.name).toBe("member");
  const { me } = await t.data(`{ me { tokens { tokenId name kind } } }`, {}, tokens.member);
  const apiToken = me.tokens.find((x: any) => x.name === "my app");
  expect(apiToken.kind).toBe("API");
  expect(await t.data(`mutation($id: String!) { revokeToken(tokenId: $id) }`, { id: apiToken.tokenId }, tokens.member)).toEqual({ revokeToken: true });
  expect((await ask(`Bearer ${createApiToken.token}`)).status).toBe(401);
});

it("lets only admins list accounts, set roles and read other people's email", async () => {
  const list = `{ users(first: 50) { totalCount edges { node { userId name role email } } } }`;
  for (const token of [undefined, tokens.member, tokens.editor]) {
    const result = await t.gql(list, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
  }
  const { users } = await t.data(list, {}, tokens.admin);
  const member = users.edges.map((e: any) => e.node).find((u: any) => u.name === "member");
  expect(member.email).toBe("member-t@agora.test");
  const promoted = await t.data(`mutation($id: String!) { setUserRole(userId: $id, role: EDITOR) { role } }`, { id: member.userId }, tokens.admin);
  expect(promoted.setUserRole.role).toBe("EDITOR");
  expect((await t.gql(`mutation($id: String!) { setUserRole(userId: $id, role: ADMIN) { role } }`, { id: member.userId }, tokens.editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  await t.data(`mutation($id: String!) { setUserRole(userId: $id, role: MEMBER) { role } }`, { id: member.userId }, tokens.admin);
  // Another member's email is hidden from a member.
  const peek = await t.gql(`{ me { email } }`, {}, tokens.otherMember);
  expect(peek.data.me.email).toBe("other-member-t@agora.test");
});
