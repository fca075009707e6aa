import { useState, type FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useMutation } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { signedIn } from "../../lib/auth-token.ts";
import { ErrorSummary, Field, focusErrorSummary } from "../../lib/form-field.tsx";
import { fieldErrors, type FieldErrors } from "../../lib/user-errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { safeNext } from "./safe-next.ts";

const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $name: String!, $password: String!) {
    signUp(email: $email, name: $name, password: $password) {
      token
      userErrors {
        code
        path
        message
      }
    }
  }
`);

// The API's rule (MIN_PASSWORD_LENGTH), checked here too so nobody waits for a round trip.
const MIN_PASSWORD = 10;
const FIELDS = [
  { name: "name", label: "Name" },
  { name: "email", label: "Email" },
  { name: "password", label: "Password" },
] as const;

export function SignUpPage() {
  useDocumentTitle("Create an account");
  const next = safeNext(new URLSearchParams(useSearch()).get("next"));
  const [, navigate] = useLocation();
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!values.name.trim()) local["name"] = ["Enter the name to show with your contributions."];
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) local["email"] = ["Enter an email address, like name@example.org."];
    if (values.password.length < MIN_PASSWORD) local["password"] = [`Use at least ${MIN_PASSWORD} characters.`];
    if (Object.keys(local).length) {
      setErrors(local);
      focusErrorSummary();
      return;
    }
    const result = await signUp({ name: values.name.trim(), email: values.email.trim(), password: values.password });
    const payload = result.data?.signUp;
    if (payload?.token) {
      signedIn(payload.token);
      navigate(next === "/" ? "/contribute" : next, { replace: true });
      return;
    }
    setErrors(payload ? fieldErrors(payload.userErrors, (path) => FIELDS.some((f) => f.name === path)) : { "": ["The server could not be reached; try again."] });
    focusErrorSummary();
  };

  const summary = [
    ...(errors[""] ?? []).map((message) => ({ message })),
    ...FIELDS.flatMap((field) => (errors[field.name] ?? []).map((message) => ({ href: `#sign-up-${field.name}`, message: `${field.label}: ${message}` }))),
  ];
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  return (
    <div className="page narrow">
      <h1>Create an account</h1>
      <p>A member account lets you add what the sources say and correct what you added. Editors review every change.</p>
      <ErrorSummary items={summary} />
      <form className="form" onSubmit={submit} noValidate>
        <Field id="sign-up-name" label="Name" hint="Shown with your contributions." errors={errors["name"]} required>
          {(props) => <input {...props} type="text" autoComplete="name" value={values.name} onChange={set("name")} />}
        </Field>
        <Field id="sign-up-email" label="Email" hint="You sign in with it; it is not shown to others." errors={errors["email"]} required>
          {(props) => <input {...props} type="email" autoComplete="email" value={values.email} onChange={set("email")} />}
        </Field>
        <Field id="sign-up-password" label="Password" hint={`At least ${MIN_PASSWORD} characters.`} errors={errors["password"]} required>
          {(props) => <input {...props} type="password" autoComplete="new-password" minLength={MIN_PASSWORD} value={values.password} onChange={set("password")} />}
        </Field>
        <div className="button-row">
          <button type="submit" disabled={fetching}>
            {fetching ? "Creating your account…" : "Create account"}
          </button>
        </div>
      </form>
      <p>
        Already a member? <Link href={`/sign-in${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`}>Sign in</Link>.
      </p>
    </div>
  );
}
