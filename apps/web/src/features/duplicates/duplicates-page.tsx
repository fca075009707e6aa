// `/contribute/duplicates?kind=PERSON`: pairs of entities whose names meet once accents, case,
// honorifics and name order are set aside, side by side, for an editor to merge (choosing which
// one stays) or leave.
import { useState } from "react";
import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { SignInRequired } from "../../lib/sign-in-required.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { isEntityKind, ENTITY_KINDS, KIND_LABEL } from "../../lib/vocabulary.ts";
import { useQueryState } from "../../lib/url-state.ts";
import { isEditor, useViewer } from "../../lib/viewer.tsx";
import { DuplicatePair } from "./duplicate-pair.tsx";

const DuplicatesPageQuery = graphql(`
  query DuplicatesPage($kinds: [EntityKind!]) {
    duplicateCandidates(kinds: $kinds, first: 50) {
      nameKey
      names
      first {
        ...DuplicatePair_Entity
      }
      second {
        ...DuplicatePair_Entity
      }
    }
  }
`);

export function DuplicatesPage() {
  useDocumentTitle("Possible duplicates");
  const [params, update] = useQueryState();
  const kind = params.get("kind");
  const chosen = kind && isEntityKind(kind) ? kind : null;
  const { viewer, loading, signedIn } = useViewer();
  const editor = isEditor(viewer);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DuplicatesPageQuery, variables: { kinds: chosen ? [chosen] : null }, pause: !editor });
  const pairs = (data?.duplicateCandidates ?? []).filter((pair) => pair.first && pair.second);
  const [merged, setMerged] = useState<{ label: string; url: string } | null>(null);

  return (
    <div className="page page-wide">
      <p className="eyebrow">
        <Link href="/contribute">Contribute</Link>
      </p>
      <h1>Possible duplicates</h1>
      <p className="lead">
        Entities whose names meet once accents, case, honorifics and name order are set aside. Merging moves links, other names,
        sources and figures to the one that stays; the other’s names become other names, and both histories remain.
      </p>
      {loading ? (
        <Loading what="Checking your sign-in" lines={4} />
      ) : !signedIn ? (
        <SignInRequired to="review duplicates" />
      ) : !editor ? (
        <p className="status">Reviewing duplicates is for editors. Ask an editor if you have found two entities that are one.</p>
      ) : (
        <>
          <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
            <label htmlFor="duplicates-kind">Kind</label>
            <select id="duplicates-kind" value={chosen ?? ""} onChange={(event) => update({ kind: event.target.value || null })}>
              <option value="">All kinds</option>
              {ENTITY_KINDS.map((option) => (
                <option key={option} value={option}>
                  {KIND_LABEL[option].many}
                </option>
              ))}
            </select>
          </form>
          {merged ? (
            <p className="status status-success" role="status">
              Merged into <Link href={merged.url}>{merged.label}</Link>.
            </p>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
          {!data && fetching ? <Loading what="Looking for duplicates" lines={10} /> : null}
          {data ? (
            <>
              {pairs.length ? <p className="count">{`${pairs.length} possible ${pairs.length === 1 ? "duplicate" : "duplicates"}${pairs.length === 50 ? " (the first 50)" : ""}`}</p> : null}
              {pairs.length === 0 ? <Empty>No possible duplicates{chosen ? ` among ${KIND_LABEL[chosen].many.toLowerCase()}` : ""}.</Empty> : null}
              <ol className="pairs">
                {pairs.map((pair) => (
                  <li key={`${pair.nameKey}-${pair.names.join("|")}`}>
                    <DuplicatePair first={pair.first!} second={pair.second!} names={pair.names} onReload={() => reexecute({ requestPolicy: "network-only" })} onMerged={setMerged} />
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
