// The contribution bar of an entity page: Edit, Add a link, Delete and History, and the notice
// that someone else has just changed what is on screen. Edit and Delete appear when the API says
// the reader may use them (`viewerCanEdit`: editors anything, members what they added); any
// member may add a link.
import { useCallback, useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { ChangedNotice, useChangedElsewhere } from "../../lib/changed-elsewhere.tsx";
import { editOutcome } from "../../lib/edit-outcome.ts";
import { useEntityRefresh } from "../../lib/entity-refresh.ts";
import { ownEdit } from "../../lib/own-changes.ts";
import { useViewer } from "../../lib/viewer.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";

const EntityActionsQuery = graphql(`
  query EntityActions($key: String!) {
    entity(key: $key) {
      id
      key
      kind
      label
      url
      version
      viewerCanEdit
    }
  }
`);

const DeleteEntityMutation = graphql(`
  mutation DeleteEntity($key: ID!, $expectedVersion: Int!, $reason: String) {
    deleteEntity(key: $key, expectedVersion: $expectedVersion, reason: $reason) {
      revisionId
      userErrors {
        code
        path
        message
      }
    }
  }
`);

export function EntityActions({ entityKey }: { entityKey: string }) {
  const [{ data }, reexecute] = useQuery({ query: EntityActionsQuery, variables: { key: entityKey } });
  useEntityRefresh(
    entityKey,
    useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]),
  );
  const entity = data?.entity ?? null;
  const { signedIn } = useViewer();
  const elsewhere = useChangedElsewhere(entityKey, entity?.kind ?? null, entity?.version ?? null);
  const [confirming, setConfirming] = useState(false);

  // The bar keeps its height while loading: the page below it must not move.
  if (!entity) return <div className="entity-actions" aria-hidden="true" />;
  const one = KIND_LABEL[entity.kind].one.toLowerCase();
  const here = encodeURIComponent(entity.url);

  return (
    <>
      {elsewhere.change ? (
        <ChangedNotice
          message={elsewhere.change.action === "DELETE" ? `Someone else has just deleted this ${one}.` : `This ${one} was changed by someone else while you were reading.`}
          action={elsewhere.change.action === "DELETE" ? "Reload" : "Reload to see the latest version"}
          onReload={elsewhere.reload}
          onDismiss={elsewhere.acknowledge}
          floating
        />
      ) : null}
      <div className="entity-actions" role="group" aria-label={`Contribute to this ${one}`}>
        {signedIn ? (
          <>
            {entity.viewerCanEdit ? (
              <Link className="button-link" href={`${entity.url}/edit`}>
                Edit
              </Link>
            ) : null}
            <Link className="button-link secondary" href={`${entity.url}/link`}>
              Add a link
            </Link>
            {entity.viewerCanEdit ? (
              <button type="button" className="secondary" aria-expanded={confirming} onClick={() => setConfirming(!confirming)}>
                Delete…
              </button>
            ) : null}
          </>
        ) : (
          <Link href={`/sign-in?next=${here}`}>Sign in to edit</Link>
        )}
        <Link href={`${entity.url}/history`}>History</Link>
      </div>
      {confirming ? <ConfirmDelete entity={entity} onCancel={() => setConfirming(false)} /> : null}
    </>
  );
}

function ConfirmDelete({ entity, onCancel }: { entity: { key: string; label: string; version: number; kind: keyof typeof KIND_LABEL; url: string }; onCancel: () => void }) {
  const [, navigate] = useLocation();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, remove] = useMutation(DeleteEntityMutation);
  const one = KIND_LABEL[entity.kind].one.toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await ownEdit(
      [entity.key],
      () => remove({ key: entity.key, expectedVersion: entity.version, reason: reason.trim() || null }),
      () => [{ key: entity.key, version: entity.version + 1 }],
    );
    const outcome = editOutcome(result, result.data?.deleteEntity);
    switch (outcome.status) {
      case "saved":
        navigate(`/contribute?deleted=${encodeURIComponent(entity.label)}`);
        return;
      case "stale":
        setProblem(`Not deleted: someone else changed this ${one} since the page loaded. Reload the page and check before deleting.`);
        return;
      case "forbidden":
        setProblem(`You cannot delete this ${one}: members delete only what they added themselves. An editor can.`);
        return;
      case "signed-out":
        setProblem("You are signed out: sign in again to delete.");
        return;
      case "invalid":
        setProblem(Object.values(outcome.errors).flat().join(" "));
        return;
      default:
        setProblem(outcome.message);
    }
  };

  return (
    <form className="confirm-panel" onSubmit={submit} aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete “{entity.label}”?</h2>
      <p>Its links go with it. The history keeps it, and an editor can restore it.</p>
      {problem ? (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="delete-reason">Reason</label>
        <p className="hint" id="delete-reason-hint">
          Why, for the history (optional).
        </p>
        <input id="delete-reason" type="text" aria-describedby="delete-reason-hint" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="danger" disabled={fetching}>
          {fetching ? "Deleting…" : `Delete the ${one}`}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
