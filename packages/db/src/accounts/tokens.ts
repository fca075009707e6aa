// Bearer tokens: a random secret shown to its owner once; the database keeps only its SHA-256,
// so a leaked database does not leak working tokens. The prefix tells a token's kind at a glance.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = { SIGN_IN: "ags_", API: "aga_" } as const;

export function newSecret(kind: keyof typeof TOKEN_PREFIX): string {
  return TOKEN_PREFIX[kind] + randomBytes(32).toString("base64url");
}

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
