// `/<kind>/<key>/link`: a new link from (or to) the entity of the page. The type fixes the kinds
// at the other end and the roles; the other end is picked by name with the entity picker.
import { useState, type FormEvent } from "react";
import { Link, Redirect, useLocation } from "wouter";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { EntityKind, LinkType } from "../../generated/gql/graphql.ts";
import { editOutcome } from "../../lib/edit-outcome.ts";
import { EntityPicker } from "../../lib/entity-picker.tsx";
import { ErrorSummary, Field, focusErrorSummary } from "../../lib/form-field.tsx";
import { humanize, withArticle } from "../../lib/humanize.ts";
import { ownEdit } from "../../lib/own-changes.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { SignInRequired } from "../../lib/sign-in-required.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { hasErrors, type FieldErrors } from "../../lib/user-errors.ts";
import { useViewer } from "../../lib/viewer.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import { emptySource, isBlankSource, type SourceDraft } from "./entity-draft.ts";
import { fieldId } from "./field-control.tsx";
import { choiceValue, linkChoices, LINK_TYPES, type LinkChoice } from "./link-types.ts";
import { SourcesEditor } from "./sources-editor.tsx";

const LinkFormEntityQuery = graphql(`
  query LinkFormEntity($key: String!) {
    entity(key: $key) {
      id
      key
      kind
      label
      url
      sources(first: 50) {
        edges {
          node {
            source {
              key
              title
            }
          }
        }
      }
    }
  }
`);

const CreateLinkMutation = graphql(`
  mutation CreateLink($input: CreateLinkInput!, $reason: String) {
    createLink(input: $input, reason: $reason) {
      revisionId
      link {
        id
        linkId
        version
        from {
          id
          key
          version
        }
        to {
          id
          key
          version
        }
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

const kindsInWords = (kinds: readonly EntityKind[]) => (kinds.length >= 7 ? "anything" : kinds.map((kind) => withArticle(KIND_LABEL[kind].one.toLowerCase())).join(" or "));

function choiceLabel(kind: EntityKind, choice: LinkChoice): string {
  const def = LINK_TYPES[choice.type];
  const self = `this ${KIND_LABEL[kind].one.toLowerCase()}`;
  const sentence = choice.end === "from" ? `${self} ${def.verb} ${kindsInWords(def.to)}` : `${kindsInWords(def.from)} ${def.verb} ${self}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (${humanize(choice.type).toLowerCase()})`;
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface LinkDraft {
  choice: string;
  role: string;
  other: string | null;
  capacity: string;
  startDate: string;
  endDate: string;
  asOf: string;
  note: string;
  sources: SourceDraft[];
  reason: string;
}

const LABELS: Record<string, string> = {
  choice: "Kind of link",
  role: "Role",
  other: "The other end",
  capacity: "Capacity",
  startDate: "From",
  endDate: "Until",
  asOf: "As of",
  note: "Note",
  reason: "Reason",
};

export function LinkFormPage({ kind, entityKey }: { kind: EntityKind; entityKey: string }) {
  const { signedIn, loading } = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: LinkFormEntityQuery, variables: { key: entityKey } });
  const entity = data?.entity;
  useDocumentTitle(entity ? `Add a link to ${entity.label}` : "Add a link");

  if (error && !data) return <ErrorMessage error={error} />;
  if ((!data && fetching) || loading) return <Loading what="Loading the form" lines={10} />;
  if (!entity) return <Empty>Nothing in Agora has the key “{entityKey}”.</Empty>;
  if (entity.kind !== kind) return <Redirect to={`${entity.url}/link`} replace />;
  return (
    <div className="page">
      <p className="eyebrow">
        <Link href={entity.url}>{entity.label}</Link>
      </p>
      <h1>Add a link to {entity.label}</h1>
      {signedIn ? <LinkForm entity={entity} known={entity.sources.edges.map((edge) => edge.node.source)} /> : <SignInRequired to="add a link" />}
    </div>
  );
}

function LinkForm({ entity, known }: { entity: { key: string; kind: EntityKind; label: string; url: string }; known: { key: string; title: string }[] }) {
  const [, navigate] = useLocation();
  const choices = linkChoices(entity.kind);
  const [draft, setDraft] = useState<LinkDraft>(() => ({
    choice: choices[0] ? choiceValue(choices[0]) : "",
    role: "",
    other: null,
    capacity: "",
    startDate: "",
    endDate: "",
    asOf: "",
    note: "",
    sources: [emptySource()],
    reason: "",
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ fetching }, createLink] = useMutation(CreateLinkMutation);
  const choice = choices.find((candidate) => choiceValue(candidate) === draft.choice) ?? choices[0];
  if (!choice) return <Empty>Nothing can be linked to {withArticle(KIND_LABEL[entity.kind].one.toLowerCase())}.</Empty>;
  const def = LINK_TYPES[choice.type];
  const otherKinds = choice.end === "from" ? def.to : def.from;
  const role = def.roles.length === 1 ? def.roles[0]! : draft.role;
  const set = (patch: Partial<LinkDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!role) found["role"] = ["Choose the role."];
    if (!draft.other) found["other"] = [`Choose ${kindsInWords(otherKinds)} by name.`];
    if (draft.other === entity.key) found["other"] = ["A link joins two different entities."];
    for (const field of ["startDate", "endDate", "asOf"] as const) {
      if (draft[field].trim() && !PARTIAL_DATE.test(draft[field].trim())) found[field] = ["Enter a date like 2019, 2019-08 or 2019-08-21."];
    }
    if (!found["startDate"] && !found["endDate"] && draft.startDate.trim() && draft.endDate.trim() && `${draft.endDate.trim()}~` < draft.startDate.trim()) {
      found["endDate"] = ["The end cannot be before the start."];
    }
    if (draft.sources.every(isBlankSource)) found["sources"] = ["Cite at least one source that states this link."];
    draft.sources.forEach((source, index) => {
      if (isBlankSource(source)) return;
      if (source.mode === "existing" && !source.source.trim()) found[`sources.${index}.source`] = ["Enter the source’s key, or describe a new source."];
      if (source.mode === "new" && !source.title.trim()) found[`sources.${index}.newSource.title`] = ["Enter the document’s title."];
    });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    if (hasErrors(found)) {
      setErrors(found);
      focusErrorSummary();
      return;
    }
    const [from, to] = choice.end === "from" ? [entity.key, draft.other!] : [draft.other!, entity.key];
    const optional = (value: string) => value.trim() || null;
    const input = {
      type: choice.type as LinkType,
      from,
      to,
      role,
      capacity: optional(draft.capacity),
      startDate: optional(draft.startDate),
      endDate: optional(draft.endDate),
      asOf: optional(draft.asOf),
      note: optional(draft.note),
      sources: draft.sources
        .filter((source) => !isBlankSource(source))
        .map((source) => ({
          ...(source.mode === "existing" ? { source: source.source.trim() } : { newSource: { title: source.title.trim(), url: optional(source.url), publisher: optional(source.publisher) } }),
          passage: optional(source.passage),
        })),
    };
    const result = await ownEdit([from, to], () => createLink({ input, reason: optional(draft.reason) }), (r) => {
      const link = r.data?.createLink.link;
      return link ? [link.from, link.to] : [];
    });
    // The API names the ends `from` and `to`; the form has one of them fixed and calls the other "other".
    const otherEnd = choice.end === "from" ? "to" : "from";
    const payload = result.data?.createLink;
    const renamed = payload && { ...payload, userErrors: payload.userErrors.map((e) => (e.path[0] === otherEnd ? { ...e, path: ["other", ...e.path.slice(1)] } : e)) };
    const outcome = editOutcome(result, renamed, (path) => path.split(".")[0]! in LABELS || path.startsWith("sources"));
    switch (outcome.status) {
      case "saved":
        navigate(entity.url);
        return;
      case "invalid":
        setErrors(outcome.errors);
        break;
      case "signed-out":
        setErrors({ "": ["You are signed out. Sign in again and save again."] });
        break;
      default:
        setErrors({ "": [outcome.message] });
    }
    focusErrorSummary();
  };

  const summary = Object.entries(errors).flatMap(([path, messages]) =>
    messages.map((message) => {
      if (!path) return { message };
      const [head, index, ...rest] = path.split(".");
      const label = head === "sources" ? (index !== undefined ? `Source ${Number(index) + 1}${rest.length ? `, ${rest[rest.length - 1]}` : ""}` : "Sources") : (LABELS[head!] ?? head);
      return { href: `#${fieldId(path)}`, message: `${label}: ${message}` };
    }),
  );
  const dateField = (name: "startDate" | "endDate" | "asOf", hint: string) => (
    <Field id={fieldId(name)} label={LABELS[name]} hint={hint} errors={errors[name]}>
      {(props) => <input {...props} type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={draft[name]} onChange={(event) => set({ [name]: event.target.value })} />}
    </Field>
  );

  return (
    <>
      <ErrorSummary items={summary} />
      <form className="form" onSubmit={submit} noValidate aria-busy={fetching}>
        <fieldset className="form-section">
          <legend>The link</legend>
          <Field id={fieldId("choice")} label={LABELS["choice"]} errors={errors["choice"] ?? errors["type"]}>
            {(props) => (
              <select {...props} value={choiceValue(choice)} onChange={(event) => set({ choice: event.target.value, role: "", other: null })}>
                {choices.map((option) => (
                  <option key={choiceValue(option)} value={choiceValue(option)}>
                    {choiceLabel(entity.kind, option)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {def.roles.length > 1 ? (
            <Field id={fieldId("role")} label={LABELS["role"]} errors={errors["role"]} required>
              {(props) => (
                <select {...props} value={draft.role} onChange={(event) => set({ role: event.target.value })}>
                  <option value="">Choose…</option>
                  {def.roles.map((option) => (
                    <option key={option} value={option}>
                      {humanize(option)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <EntityPicker
            key={draft.choice}
            id={fieldId("other")}
            label={`Which ${otherKinds.length >= 7 ? "entity" : otherKinds.map((kind) => KIND_LABEL[kind].one.toLowerCase()).join(" or ")}`}
            hint={`${kindsInWords(otherKinds).replace(/^./, (c) => c.toUpperCase())}: type a name and choose.`}
            errors={errors["other"]}
            required
            kinds={otherKinds}
            value={draft.other}
            onChange={(picked) => set({ other: picked?.key ?? null })}
          />
          <Field id={fieldId("capacity")} label={LABELS["capacity"]} hint={def.capacity ?? "The title or capacity, as the source words it (optional)."} errors={errors["capacity"]}>
            {(props) => <input {...props} type="text" value={draft.capacity} onChange={(event) => set({ capacity: event.target.value })} />}
          </Field>
          <div className="field-row">
            {dateField("startDate", "When it began.")}
            {dateField("endDate", "When it ended.")}
            {dateField("asOf", "When the source says it held, if it gives no period.")}
          </div>
          <Field id={fieldId("note")} label={LABELS["note"]} hint="A remark qualifying the link, in your words." errors={errors["note"]}>
            {(props) => <input {...props} type="text" value={draft.note} onChange={(event) => set({ note: event.target.value })} />}
          </Field>
        </fieldset>
        <SourcesEditor
          sources={draft.sources}
          errors={errors}
          known={known}
          required
          onChange={(sources) => set({ sources })}
          intro="Cite the document that states this link, and quote the passage."
        />
        <Field id={fieldId("reason")} label={LABELS["reason"]} hint="Why, for the history (optional)." errors={errors["reason"]}>
          {(props) => <input {...props} type="text" value={draft.reason} onChange={(event) => set({ reason: event.target.value })} />}
        </Field>
        <div className="button-row form-actions">
          <button type="submit" disabled={fetching}>
            {fetching ? "Saving…" : "Add the link"}
          </button>
          <Link href={entity.url}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
