import { useState, type FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useMutation } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { signedIn } from "../../lib/auth-token.ts";
import { ErrorSummary, Field, focusErrorSummary } from "../../lib/form-field.tsx";
import { fieldErrors, type FieldErrors } from "../../lib/user-errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { safeNext } from "./safe-next.ts";

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      userErrors {
        code
        path
        message
      }
    }
  }
`);

export function SignInPage() {
  useDocumentTitle("Sign in");
  const next = safeNext(new URLSearchParams(useSearch()).get("next"));
  const [, navigate] = useLocation();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!email.trim()) local["email"] = ["Enter your email address."];
    if (!password) local["password"] = ["Enter your password."];
    if (Object.keys(local).length) {
      setErrors(local);
      focusErrorSummary();
      return;
    }
    const result = await signIn({ email: email.trim(), password });
    const payload = result.data?.signIn;
    if (payload?.token) {
      signedIn(payload.token);
      navigate(next, { replace: true });
      return;
    }
    setErrors(payload ? fieldErrors(payload.userErrors, (path) => path === "email" || path === "password") : { "": [result.error ? "The server could not be reached; try again." : "Signing in failed."] });
    focusErrorSummary();
  };

  const summary = [
    ...(errors[""] ?? []).map((message) => ({ message })),
    ...(errors["email"] ?? []).map((message) => ({ href: "#sign-in-email", message: `Email: ${message}` })),
    ...(errors["password"] ?? []).map((message) => ({ href: "#sign-in-password", message: `Password: ${message}` })),
  ];

  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      <p>Members add sessions, people, organisations and the sources that state them; editors review and merge.</p>
      <ErrorSummary items={summary} title={errors[""] && !errors["email"] && !errors["password"] ? "Could not sign in" : undefined} />
      <form className="form" onSubmit={submit} noValidate>
        <Field id="sign-in-email" label="Email" errors={errors["email"]} required>
          {(props) => <input {...props} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field id="sign-in-password" label="Password" errors={errors["password"]} required>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" disabled={fetching}>
            {fetching ? "Signing in…" : "Sign in"}
          </button>
        </div>
      </form>
      <p>
        No account yet? <Link href={`/sign-up${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`}>Create one</Link>.
      </p>
    </div>
  );
}
