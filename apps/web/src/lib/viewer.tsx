// Who is signed in: the `me` query, asked only when a token is stored (anonymous readers make no
// request for it). Roles: members create and change what they created; editors change anything,
// restore revisions and merge duplicates; admins also manage accounts.
import { useQuery } from "urql";
import { graphql } from "../generated/gql/index.ts";
import type { Role } from "../generated/gql/graphql.ts";
import { useAuth } from "./auth-token.ts";

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      userId
      name
      email
      role
    }
  }
`);

export interface Viewer {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

export function useViewer(): { viewer: Viewer | null; loading: boolean; signedIn: boolean } {
  const { token } = useAuth();
  const [{ data, fetching }] = useQuery({ query: ViewerQuery, pause: !token });
  const viewer = token ? (data?.me ?? null) : null;
  return { viewer, loading: !!token && !data && fetching, signedIn: !!token };
}

export const isEditor = (viewer: Viewer | null): boolean => viewer?.role === "EDITOR" || viewer?.role === "ADMIN";

export const ROLE_LABEL: Record<Role, string> = { MEMBER: "Member", EDITOR: "Editor", ADMIN: "Admin" };
