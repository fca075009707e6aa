// Accounts for tests: one signed-in token per role, made through @agora/db (admins and editors
// cannot sign themselves up).
import { signIn, signUp, type Role } from "@agora/db";
import type { TestDb } from "./test-db.ts";

export interface Tokens {
  member: string;
  otherMember: string;
  editor: string;
  admin: string;
}

export async function tokensFor(db: TestDb, tag = "t"): Promise<Tokens> {
  const make = async (name: string, role: Role) => {
    const email = `${name}-${tag}@agora.test`;
    await signUp(db, { email, name, password: "correct horse battery" }, role);
    return (await signIn(db, email, "correct horse battery")).token;
  };
  return {
    member: await make("member", "MEMBER"),
    otherMember: await make("other-member", "MEMBER"),
    editor: await make("editor", "EDITOR"),
    admin: await make("admin", "ADMIN"),
  };
}
