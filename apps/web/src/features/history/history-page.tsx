// `/<kind>/<key>/history`: every revision of an entity and of its links, newest first, with the
// fields each changed. Editors can put the entity back as a revision left it ("Restore").
import { useCallback, useState, type FormEvent } from "react";
import { Link, Redirect } from "wouter";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { EntityKind } from "../../generated/gql/graphql.ts";
import { ChangedNotice } from "../../lib/changed-elsewhere.tsx";
import { editOutcome } from "../../lib/edit-outcome.ts";
import { useEntityRefresh } from "../../lib/entity-refresh.ts";
import { humanize, plural } from "../../lib/humanize.ts";
import { nodes } from "../../lib/nodes.ts";
import { ownEdit } from "../../lib/own-changes.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { isEditor, useViewer } from "../../lib/viewer.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";
import { RevisionChanges } from "./revision-changes.tsx";

const PAGE = 20;

const EntityHistoryQuery = graphql(`
  query EntityHistory($key: String!, $first: Int!, $after: String) {
    entity(key: $key) {
      id
      key
      kind
      label
      url
      version
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            revisionId
            action
            reason
            authorName
            createdAt
            version
            entityKey
            linkId
            changes {
              field
              before
              after
            }
          }
        }
      }
    }
  }
`);

const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($revisionId: String!, $expectedVersion: Int!, $reason: String) {
    restoreRevision(revisionId: $revisionId, expectedVersion: $expectedVersion, reason: $reason) {
      revisionId
      entity {
        id
        key
        version
      }
      userErrors {
        code
        path
        message
      }
    }
  }
`);

type Revision = { revisionId: string; action: string; reason?: string | null; authorName?: string | null; createdAt: string; version: number; entityKey: string; linkId?: string | null };

const ACTION_WORD: Record<string, string> = { CREATE: "Added", UPDATE: "Changed", DELETE: "Deleted", RESTORE: "Restored", MERGE: "Merged" };

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" });

function describe(revision: Revision, key: string): string {
  const what = revision.linkId ? "a link" : revision.entityKey !== key ? `the merged duplicate “${revision.entityKey}”` : null;
  const word = ACTION_WORD[revision.action] ?? humanize(revision.action);
  return what ? `${word} ${what}` : `${word} (version ${revision.version})`;
}

export function HistoryPage({ kind, entityKey }: { kind: EntityKind; entityKey: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EntityHistoryQuery, variables: { key: entityKey, first: PAGE, after } });
  const reload = useCallback(() => {
    setAfter(null);
    reexecute({ requestPolicy: "network-only" });
  }, [reexecute]);
  useEntityRefresh(entityKey, reload);
  const { viewer } = useViewer();
  const entity = data?.entity;
  useDocumentTitle(entity ? `History of ${entity.label}` : "History");
  const [done, setDone] = useState<string | null>(null);

  if (error && !data) return <ErrorMessage error={error} />;
  if (!data && fetching) return <Loading what="Loading the history" lines={12} />;
  if (!entity) return <Empty>Nothing in Agora has the key “{entityKey}”. A deleted entity’s history is not reachable here yet.</Empty>;
  if (entity.kind !== kind) return <Redirect to={`${entity.url}/history`} replace />;
  const revisions = nodes(entity.history);
  const one = KIND_LABEL[entity.kind].one.toLowerCase();
  const canRestore = (revision: Revision) =>
    isEditor(viewer) && !revision.linkId && revision.entityKey === entity.key && revision.action !== "DELETE" && revision.version !== entity.version;

  return (
    <div className="page">
      <p className="eyebrow">
        <Link href={entity.url}>{entity.label}</Link>
      </p>
      <h1>History of {entity.label}</h1>
      <p className="meta">
        {plural(entity.history.totalCount, "revision")}, newest first; this {one} is at version {entity.version}.
        {isEditor(viewer) ? " As an editor you can restore an earlier version." : ""}
      </p>
      {done ? (
        <p className="status status-success" role="status">
          {done}
        </p>
      ) : null}
      {revisions.length === 0 ? <Empty>No revision is recorded.</Empty> : null}
      <ol className="history">
        {revisions.map((revision) => (
          <li key={revision.revisionId} className="revision">
            <h2 className="revision-title">{describe(revision, entity.key)}</h2>
            <p className="meta">
              {revision.authorName ? `by ${revision.authorName}` : "from the curated dataset"} · <time dateTime={revision.createdAt}>{when(revision.createdAt)}</time>
              {revision.reason ? ` · “${revision.reason}”` : ""}
            </p>
            <RevisionChanges changes={revision.changes} caption={`${describe(revision, entity.key)}: fields changed`} />
            {canRestore(revision) ? (
              <RestoreButton
                entity={entity}
                revision={revision}
                onRestored={(version) => {
                  setDone(`Restored: version ${version} is now as version ${revision.version} was.`);
                  setAfter(null);
                }}
                onReload={reload}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {entity.history.pageInfo.hasNextPage ? (
        <button type="button" className="secondary" disabled={fetching} onClick={() => setAfter(entity.history.pageInfo.endCursor ?? null)}>
          {fetching ? "Loading…" : "Show older revisions"}
        </button>
      ) : null}
    </div>
  );
}

function RestoreButton({
  entity,
  revision,
  onRestored,
  onReload,
}: {
  entity: { key: string; version: number };
  revision: Revision;
  onRestored: (version: number) => void;
  onReload: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [{ fetching }, restore] = useMutation(RestoreRevisionMutation);
  const reasonId = `restore-reason-${revision.revisionId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await ownEdit(
      [entity.key],
      () => restore({ revisionId: revision.revisionId, expectedVersion: entity.version, reason: reason.trim() || null }),
      (r) => (r.data?.restoreRevision.entity ? [r.data.restoreRevision.entity] : []),
    );
    const outcome = editOutcome(result, result.data?.restoreRevision);
    switch (outcome.status) {
      case "saved":
        setOpen(false);
        onRestored(outcome.payload.entity?.version ?? entity.version + 1);
        return;
      case "stale":
        setStale(true);
        return;
      case "forbidden":
        setProblem("Only editors can restore revisions.");
        return;
      case "signed-out":
        setProblem("You are signed out: sign in again to restore.");
        return;
      case "invalid":
        setProblem(Object.values(outcome.errors).flat().join(" "));
        return;
      default:
        setProblem(outcome.message);
    }
  };

  if (!open) {
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)}>
        Restore version {revision.version}…
      </button>
    );
  }
  return (
    <form className="confirm-panel" onSubmit={submit}>
      {stale ? (
        <ChangedNotice
          message="Not restored: someone else changed this since the history loaded. Reload it and check before restoring."
          action="Reload the history"
          onReload={() => {
            setStale(false);
            setOpen(false);
            onReload();
          }}
        />
      ) : null}
      {problem ? (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={reasonId}>Reason for restoring version {revision.version}</label>
        <input id={reasonId} type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" disabled={fetching}>
          {fetching ? "Restoring…" : `Restore version ${revision.version}`}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
