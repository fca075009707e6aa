// A signed-in reader for component tests: a stored token and the `me` the Viewer query answers.
import { signedIn, signedOut } from "../lib/auth-token.ts";
import type { Role } from "../generated/gql/graphql.ts";

export function signInAs(role: Role) {
  signedIn(`test-token-${role}`);
  return () => ({ me: { __typename: "User", userId: `usr_${role}`, name: `Test ${role.toLowerCase()}`, email: `${role.toLowerCase()}@agora.test`, role } });
}

export const signOutAfter = () => signedOut();
