// `/<kind>/<key>/edit`. The form remembers the version it loaded and sends it as
// expectedVersion: if someone else saved in between, the API answers STALE and the reader can
// reload their version — the reader's own changes are laid over it (entity-draft.ts `rebase`),
// so saving again loses neither.
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, Redirect, useLocation } from "wouter";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { EntityKind } from "../../generated/gql/graphql.ts";
import { ChangedNotice, useChangedElsewhere } from "../../lib/changed-elsewhere.tsx";
import { editOutcome } from "../../lib/edit-outcome.ts";
import { useEntityRefresh } from "../../lib/entity-refresh.ts";
import { focusErrorSummary } from "../../lib/form-field.tsx";
import { nodes } from "../../lib/nodes.ts";
import { ownEdit } from "../../lib/own-changes.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { SignInRequired } from "../../lib/sign-in-required.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { hasErrors, type FieldErrors } from "../../lib/user-errors.ts";
import { useViewer } from "../../lib/viewer.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import { changedFields, draftFromEntity, rebase, toPatch, validateDraft, type EntityDraft } from "./entity-draft.ts";
import { EntityForm, isFormPath, labelOf } from "./entity-form.tsx";
import { payloadOf, UPDATE_MUTATION } from "./entity-mutations.tsx";

// City.country and Country.region are non-null where Session.country and City.region are not:
// GraphQL wants them aliased when asked side by side.
const EditEntityQuery = graphql(`
  query EditEntity($key: String!) {
    entity(key: $key) {
      id
      key
      kind
      label
      url
      version
      description
      aliases(first: 100) {
        edges {
          node {
            name
            kind
          }
        }
      }
      sources(first: 100) {
        edges {
          node {
            source {
              key
              title
            }
          }
        }
      }
      ... on Session {
        title
        subtitle
        sessionKind
        startDate
        endDate
        city {
          id
          key
        }
        country {
          id
          key
        }
        venue
        partOf {
          id
          key
        }
        series
        edition
        summary
        objectives
        keyQuestions
        outcomes
        language
        audience
        participantCount
        participantCountQualifier
        applicationDeadline
      }
      ... on Person {
        name
        honorific
        givenName
        familyName
        bio
      }
      ... on Organisation {
        name
        acronym
        organisationKind
        city {
          id
          key
        }
        country {
          id
          key
        }
        website
        address
        phone
        fax
      }
      ... on City {
        name
        cityCountry: country {
          id
          key
        }
        region
        latitude
        longitude
      }
      ... on Country {
        name
        code
        continent
        countryRegion: region
      }
      ... on Resource {
        title
        resourceKind
        date
        link
        language
      }
      ... on Theme {
        name
        parent {
          id
          key
        }
      }
    }
  }
`);

type Loaded = NonNullable<NonNullable<ReturnType<typeof useEditEntity>["data"]>["entity"]>;

function useEditEntity(key: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EditEntityQuery, variables: { key } });
  const reload = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useEntityRefresh(key, reload);
  return { data, fetching, error, reload };
}

function draftOf(entity: Loaded): EntityDraft {
  const values: Record<string, unknown> = { ...entity };
  if ("cityCountry" in entity) values["country"] = entity.cityCountry;
  if ("countryRegion" in entity) values["region"] = entity.countryRegion;
  return draftFromEntity(entity.kind, values, nodes(entity.aliases));
}

export function EditEntityPage({ kind, entityKey }: { kind: EntityKind; entityKey: string }) {
  const { signedIn, loading: checking } = useViewer();
  const { data, fetching, error, reload } = useEditEntity(entityKey);
  const entity = data?.entity ?? null;
  useDocumentTitle(entity ? `Edit ${entity.label}` : "Edit");

  if (error && !data) return <ErrorMessage error={error} />;
  if ((!data && fetching) || checking) return <Loading what="Loading the form" lines={14} />;
  if (!entity) return <Empty>Nothing in Agora has the key “{entityKey}”.</Empty>;
  if (entity.kind !== kind) return <Redirect to={`${entity.url}/edit`} replace />;
  if (!signedIn) {
    return (
      <div className="page">
        <h1>Edit {entity.label}</h1>
        <SignInRequired to="change it" />
      </div>
    );
  }
  return <EditForm entity={entity} reload={reload} />;
}

function EditForm({ entity, reload }: { entity: Loaded; reload: () => void }) {
  const kind = entity.kind;
  const one = KIND_LABEL[kind].one.toLowerCase();
  const [, navigate] = useLocation();
  const [base, setBase] = useState(() => ({ version: entity.version, draft: draftOf(entity) }));
  const [draft, setDraft] = useState(base.draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [stale, setStale] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UPDATE_MUTATION[kind]);
  const elsewhere = useChangedElsewhere(entity.key, kind, base.version);
  const latest = useRef(draft);
  latest.current = draft;

  // A newer version arrived (after "reload"): take it, keeping what the reader changed.
  useEffect(() => {
    if (entity.version === base.version) return;
    const next = draftOf(entity);
    setDraft(rebase(kind, base.draft, next, latest.current));
    setBase({ version: entity.version, draft: next });
    setStale(null);
    setErrors({});
  }, [entity, base, kind]);

  const mine = changedFields(kind, base.draft, draft).map((path) => labelOf(kind, path));
  const keepsYours = mine.length ? ` Your changes to ${mine.join(", ")} stay in the form.` : "";

  const submit = async () => {
    const found = validateDraft(kind, draft, "edit");
    if (hasErrors(found)) {
      setErrors(found);
      focusErrorSummary();
      return;
    }
    const patch = toPatch(kind, base.draft, draft);
    if (Object.keys(patch).length === 0) {
      setErrors({ "": ["Nothing has changed yet: change a field, or add a source, then save."] });
      focusErrorSummary();
      return;
    }
    const result = await ownEdit(
      [entity.key],
      () => update({ key: entity.key, expectedVersion: base.version, patch, reason: draft.reason.trim() || null }),
      (r) => {
        const saved = payloadOf(r.data)?.entity;
        return saved ? [saved] : [];
      },
    );
    const outcome = editOutcome(result, payloadOf(result.data), (path) => isFormPath(kind, path));
    setForbidden(null);
    switch (outcome.status) {
      case "saved":
        navigate(outcome.payload.entity?.url ?? entity.url);
        return;
      case "stale":
        setErrors({});
        setStale(outcome.message);
        return;
      case "forbidden":
        setErrors({});
        setForbidden(outcome.message);
        return;
      case "invalid":
        setErrors(outcome.errors);
        break;
      case "signed-out":
        setErrors({ "": ["You are signed out. Sign in again (in another tab, to keep this form) and save again."] });
        break;
      default:
        setErrors({ "": [outcome.message] });
    }
    focusErrorSummary();
  };

  const notices = (
    <>
      {stale ? (
        <ChangedNotice
          message={`Not saved: someone else changed this ${one} after you opened the form.${keepsYours} Reload their version, check, and save again.`}
          action="Reload their version"
          onReload={() => {
            elsewhere.acknowledge();
            reload();
          }}
        />
      ) : elsewhere.change ? (
        <ChangedNotice
          message={`Someone else has just changed this ${one}.${keepsYours} Reload their version before you save?`}
          action="Reload their version"
          onReload={elsewhere.reload}
          onDismiss={elsewhere.acknowledge}
        />
      ) : null}
      {forbidden ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>You cannot change this {one}.</strong> Members change only what they added themselves; an editor can change anything.
          </p>
          <p className="meta">{forbidden}</p>
        </div>
      ) : null}
    </>
  );

  return (
    <div className="page">
      <p className="eyebrow">
        <Link href={entity.url}>{entity.label}</Link>
      </p>
      <h1>
        Edit {one}: {entity.label}
      </h1>
      <EntityForm
        kind={kind}
        mode="edit"
        draft={draft}
        errors={errors}
        onChange={setDraft}
        onSubmit={submit}
        submitting={fetching}
        submitLabel="Save changes"
        knownSources={nodes(entity.sources).map((citation) => citation.source)}
        before={notices}
      />
      <p>
        <Link href={entity.url}>Cancel and go back to the {one}</Link>
      </p>
    </div>
  );
}
