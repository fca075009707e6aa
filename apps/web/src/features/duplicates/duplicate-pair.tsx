// Two entities that may be one, side by side with what tells them apart, and the merge: the
// editor chooses which stays. Both versions go with the merge, so a change to either in the
// meantime is refused (STALE) rather than merged blind.
import { useId, useState, type FormEvent } from "react";
import { Link } from "wouter";
import { useMutation } from "urql";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { ChangedNotice } from "../../lib/changed-elsewhere.tsx";
import { editOutcome } from "../../lib/edit-outcome.ts";
import { humanize, plural } from "../../lib/humanize.ts";
import { nodes } from "../../lib/nodes.ts";
import { ownEdit } from "../../lib/own-changes.ts";
import { KIND_LABEL } from "../../lib/vocabulary.ts";

export const DuplicatePair_EntityFragment = graphql(`
  fragment DuplicatePair_Entity on Entity {
    id
    key
    kind
    label
    url
    version
    description
    connectionCount
    aliases(first: 10) {
      totalCount
      edges {
        node {
          name
          kind
        }
      }
    }
    sources(first: 1) {
      totalCount
    }
  }
`);

const MergeEntitiesMutation = graphql(`
  mutation MergeEntities($keep: ID!, $keepVersion: Int!, $remove: ID!, $removeVersion: Int!, $reason: String) {
    mergeEntities(keep: $keep, keepVersion: $keepVersion, remove: $remove, removeVersion: $removeVersion, reason: $reason) {
      revisionId
      entity {
        id
        key
        label
        url
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

type Side = FragmentType<typeof DuplicatePair_EntityFragment>;

export function DuplicatePair({
  first,
  second,
  names,
  onReload,
  onMerged,
}: {
  first: Side;
  second: Side;
  names: readonly string[];
  onReload: () => void;
  /** The pair leaves the list once merged (the list is fetched again): the page says what became of it. */
  onMerged: (survivor: { label: string; url: string }) => void;
}) {
  const a = useFragment(DuplicatePair_EntityFragment, first);
  const b = useFragment(DuplicatePair_EntityFragment, second);
  const id = useId();
  const [keep, setKeep] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [{ fetching }, merge] = useMutation(MergeEntitiesMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [stays, goes] = keep === a.key ? [a, b] : keep === b.key ? [b, a] : [null, null];
    if (!stays || !goes) {
      setProblem("Choose which of the two stays.");
      return;
    }
    const result = await ownEdit(
      [stays.key, goes.key],
      () => merge({ keep: stays.key, keepVersion: stays.version, remove: goes.key, removeVersion: goes.version, reason: reason.trim() || null }),
      (r) => [...(r.data?.mergeEntities.entity ? [r.data.mergeEntities.entity] : []), { key: goes.key, version: goes.version + 1 }],
    );
    const outcome = editOutcome(result, result.data?.mergeEntities);
    switch (outcome.status) {
      case "saved":
        onMerged({ label: outcome.payload.entity?.label ?? stays.label, url: outcome.payload.entity?.url ?? stays.url });
        return;
      case "stale":
        setStale(true);
        return;
      case "forbidden":
        setProblem("Only editors can merge.");
        return;
      case "signed-out":
        setProblem("You are signed out: sign in again to merge.");
        return;
      case "invalid":
        setProblem(Object.values(outcome.errors).flat().join(" "));
        return;
      default:
        setProblem(outcome.message);
    }
  };

  const heading = `${a.label} and ${b.label}`;
  return (
    <form className="pair" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="pair-title">
        {heading} <span className="tag">{KIND_LABEL[a.kind].one}</span>
      </h2>
      <p className="meta">Names that meet: {names.map((name) => `“${name}”`).join(" and ")}</p>
      {stale ? (
        <ChangedNotice
          message="Not merged: one of the two changed since this list loaded. Reload them and check again."
          onReload={() => {
            setStale(false);
            onReload();
          }}
        />
      ) : null}
      <fieldset className="pair-sides">
        <legend>Which one stays?</legend>
        {[a, b].map((side) => (
          <label key={side.key} className={keep === side.key ? "pair-side chosen" : "pair-side"}>
            <span className="pair-choice">
              <input type="radio" name={`${id}-keep`} value={side.key} checked={keep === side.key} onChange={() => setKeep(side.key)} />
              Keep this one
            </span>
            <strong className="pair-label">{side.label}</strong>
            <span className="meta">
              <code>{side.key}</code> · version {side.version}
            </span>
            {side.description ? <span>{side.description}</span> : <span className="meta">No description.</span>}
            <span className="meta">
              {plural(side.connectionCount, "link")} · {plural(side.sources.totalCount, "source")} · {plural(side.aliases.totalCount, "other name")}
            </span>
            {side.aliases.totalCount ? (
              <span className="meta">Also: {nodes(side.aliases).map((alias) => `${alias.name} (${humanize(alias.kind).toLowerCase()})`).join("; ")}</span>
            ) : null}
          </label>
        ))}
      </fieldset>
      <p className="meta">
        Compare their pages: <Link href={a.url}>{a.label}</Link> · <Link href={b.url}>{b.label}</Link>
      </p>
      {problem ? (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" disabled={fetching}>
          {fetching ? "Merging…" : keep ? `Merge into “${keep === a.key ? a.label : b.label}”` : "Merge"}
        </button>
      </div>
    </form>
  );
}
