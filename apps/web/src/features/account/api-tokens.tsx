// Named API tokens for client apps acting as the account, and the account's sign-ins. A new
// token's secret is shown once, right after it is made: the API keeps only its hash.
import { useId, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { Field } from "../../lib/form-field.tsx";
import { fieldErrors, type FieldErrors } from "../../lib/user-errors.ts";

export const ApiTokens_TokenFragment = graphql(`
  fragment ApiTokens_Token on ApiToken {
    tokenId
    name
    kind
    createdAt
    expiresAt
    revokedAt
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const RevokeTokenMutation = graphql(`
  mutation RevokeToken($tokenId: String!) {
    revokeToken(tokenId: $tokenId)
  }
`);

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

function NewTokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice notice-success" role="status">
      <p>
        <strong>Token “{name}” created.</strong> Copy it now: it will not be shown again.
      </p>
      <label htmlFor={id}>Secret token</label>
      <div className="search-row">
        <input id={id} type="text" readOnly value={secret} onFocus={(event) => event.target.select()} className="mono" />
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="hint">
        Send it as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/graphql</code>.
      </p>
      <button type="button" className="link-button" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}

export function ApiTokens({ tokens }: { tokens: ReadonlyArray<FragmentType<typeof ApiTokens_TokenFragment>> }) {
  const list = useFragment(ApiTokens_TokenFragment, tokens);
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [{ fetching: creating }, createToken] = useMutation(CreateApiTokenMutation);
  const [revoking, revokeToken] = useMutation(RevokeTokenMutation);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: ["Name the token after the app or script that will use it."] });
      return;
    }
    const result = await createToken({ name: name.trim() });
    const payload = result.data?.createApiToken;
    if (payload?.token) {
      setCreated({ name: name.trim(), secret: payload.token });
      setName("");
      setErrors({});
    } else {
      setErrors(payload ? fieldErrors(payload.userErrors, (path) => path === "name") : { "": [result.error?.message ?? "Could not create the token."] });
    }
  };

  const revoke = async (tokenId: string, tokenName: string, kind: string) => {
    const consequence = kind === "API" ? "Anything using it stops working at once." : "If it is this browser’s sign-in, you are signed out here.";
    if (!window.confirm(`Revoke “${tokenName}”? ${consequence}`)) return;
    const result = await revokeToken({ tokenId });
    setRevokeError(result.error ? result.error.message.replace(/^\[GraphQL\] /, "") : null);
  };

  const apiTokens = list.filter((token) => token.kind === "API");
  const signIns = list.filter((token) => token.kind !== "API");

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p>Scripts and client apps can read and contribute as you with a token. Revoke a token when it is no longer needed.</p>
      {created ? <NewTokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} /> : null}
      <form className="form inline-form" onSubmit={create} noValidate>
        <Field id="token-name" label="New token’s name" hint="E.g. the app that will use it." errors={[...(errors["name"] ?? []), ...(errors[""] ?? [])]}>
          {(props) => <input {...props} type="text" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <button type="submit" disabled={creating}>
          {creating ? "Creating…" : "Create token"}
        </button>
      </form>
      {revokeError ? (
        <p className="status status-error" role="alert">
          {revokeError}
        </p>
      ) : null}
      <TokenTable caption="Your API tokens" tokens={apiTokens} empty="You have no API tokens." onRevoke={revoke} busy={revoking.fetching} />
      <TokenTable caption="Your sign-ins" tokens={signIns} empty="No sign-ins." onRevoke={revoke} busy={revoking.fetching} />
    </section>
  );
}

function TokenTable({
  caption,
  tokens,
  empty,
  onRevoke,
  busy,
}: {
  caption: string;
  tokens: { tokenId: string; name: string; kind: string; createdAt: string; expiresAt?: string | null; revokedAt?: string | null }[];
  empty: string;
  onRevoke: (tokenId: string, name: string, kind: string) => void;
  busy: boolean;
}) {
  if (tokens.length === 0) return <p className="status status-empty">{empty}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const expired = token.expiresAt && new Date(token.expiresAt) < new Date();
            return (
              <tr key={token.tokenId}>
                <td>{token.name}</td>
                <td>{when(token.createdAt)}</td>
                <td>{token.revokedAt ? `Revoked ${when(token.revokedAt)}` : expired ? "Expired" : token.expiresAt ? `Active until ${when(token.expiresAt)}` : "Active"}</td>
                <td>
                  {!token.revokedAt && !expired ? (
                    <button type="button" className="secondary small" disabled={busy} onClick={() => onRevoke(token.tokenId, token.name, token.kind)}>
                      Revoke<span className="visually-hidden"> {token.name}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
