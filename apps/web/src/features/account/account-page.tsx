import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { useAuth } from "../../lib/auth-token.ts";
import { ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { ROLE_LABEL } from "../../lib/viewer.tsx";
import { ApiTokens } from "./api-tokens.tsx";

const AccountPageQuery = graphql(`
  query AccountPage {
    me {
      userId
      name
      email
      role
      createdAt
      tokens {
        ...ApiTokens_Token
      }
    }
  }
`);

const ROLE_EXPLAINED = {
  MEMBER: "You can add entities, links and sources, and change or delete what you added.",
  EDITOR: "You can change anything, restore earlier revisions and merge duplicates.",
  ADMIN: "You can change anything, restore and merge, and manage accounts.",
} as const;

export function AccountPage() {
  useDocumentTitle("Your account");
  const { token } = useAuth();
  const [{ data, fetching, error }] = useQuery({ query: AccountPageQuery, pause: !token });

  if (!token) {
    return (
      <div className="page">
        <h1>Your account</h1>
        <p className="status">
          You are not signed in. <Link href="/sign-in?next=/account">Sign in</Link> or <Link href="/sign-up">create an account</Link>.
        </p>
      </div>
    );
  }
  if (error) return <ErrorMessage error={error} />;
  if (!data && fetching) return <Loading what="Loading your account" lines={8} />;
  const me = data?.me;
  if (!me) return <ErrorMessage error={new Error("The server does not know this sign-in any more.")} />;

  return (
    <div className="page">
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{me.name}</dd>
        <dt>Email</dt>
        <dd>{me.email}</dd>
        <dt>Role</dt>
        <dd>
          {ROLE_LABEL[me.role]} — {ROLE_EXPLAINED[me.role]}
        </dd>
        <dt>Member since</dt>
        <dd>{new Date(me.createdAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}</dd>
      </dl>
      <ApiTokens tokens={me.tokens} />
    </div>
  );
}
