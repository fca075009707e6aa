// Accounts: sign-up, sign-in, tokens. Errors a user can fix are AccountError with a code and
// the field at fault; everything else is a bug.
import { randomUUID } from "node:crypto";
import type { Db } from "../create-db.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { hashToken, newSecret } from "./tokens.ts";

export type Role = "MEMBER" | "EDITOR" | "ADMIN";

export class AccountError extends Error {
  constructor(
    readonly code: "INVALID_INPUT" | "EMAIL_TAKEN" | "BAD_CREDENTIALS" | "NOT_FOUND",
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface Actor {
  userId: string;
  role: Role;
  tokenId: string;
}

/** A sign-in lasts 30 days; API tokens until revoked unless given an expiry. */
export const SIGN_IN_DAYS = 30;
export const MIN_PASSWORD_LENGTH = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function signUp(db: Db, input: { email: string; name: string; password: string }, role: Role = "MEMBER") {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  if (!EMAIL.test(email)) throw new AccountError("INVALID_INPUT", "email: not an email address", "email");
  if (!name) throw new AccountError("INVALID_INPUT", "name: must not be empty", "name");
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError("INVALID_INPUT", `password: must be at least ${MIN_PASSWORD_LENGTH} characters`, "password");
  }
  if (await db.prisma.user.findUnique({ where: { email } })) throw new AccountError("EMAIL_TAKEN", "email: an account with this email exists", "email");
  return db.prisma.user.create({ data: { id: `usr_${randomUUID()}`, email, name, role, passwordHash: await hashPassword(input.password) } });
}

export async function signIn(db: Db, email: string, password: string): Promise<{ token: string; userId: string }> {
  const user = await db.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  // The same message whether the email or the password is wrong: no account enumeration.
  const valid = user && !user.disabledAt && (await verifyPassword(password, user.passwordHash));
  if (!user || !valid) throw new AccountError("BAD_CREDENTIALS", "email or password is wrong");
  const token = await createToken(db, user.id, "SIGN_IN", "sign-in", new Date(Date.now() + SIGN_IN_DAYS * 86_400_000));
  return { token: token.secret, userId: user.id };
}

export async function createToken(db: Db, userId: string, kind: "SIGN_IN" | "API", name: string, expiresAt: Date | null = null) {
  const secret = newSecret(kind);
  const row = await db.prisma.authToken.create({
    data: { id: `tok_${randomUUID()}`, userId, kind, name, tokenHash: hashToken(secret), expiresAt },
  });
  return { secret, row };
}

/** The actor a bearer token stands for, or null for a missing, unknown, expired or revoked one. */
export async function actorForToken(db: Db, secret: string): Promise<Actor | null> {
  const token = await db.prisma.authToken.findUnique({ where: { tokenHash: hashToken(secret) }, include: { user: true } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date()) || token.user.disabledAt) return null;
  return { userId: token.userId, role: token.user.role, tokenId: token.id };
}

export async function revokeToken(db: Db, tokenId: string): Promise<void> {
  await db.prisma.authToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
}
