// Who sent a request: `Authorization: Bearer <token>` (a sign-in or API token), or nobody.
// A token that is present but unknown, expired or revoked is an error, not anonymity: a client
// that believes it is signed in must learn that it is not.
import { GraphQLError } from "graphql";
import { actorForToken, type Actor, type Db } from "@agora/db";

export async function actorFromRequest(db: Db, request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) {
    throw new GraphQLError("Authorization must be `Bearer <token>`", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  const actor = await actorForToken(db, match[1]!);
  if (!actor) {
    throw new GraphQLError("the token is unknown, expired or revoked: sign in again", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  return actor;
}
