// `/contribute`: what a member can add, the import and the duplicates review, and (composed by
// the app) the feed of changes as they happen.
import type { ReactNode } from "react";
import { Link, useSearch } from "wouter";
import { withArticle } from "../../lib/humanize.ts";
import { Loading } from "../../lib/query-state.tsx";
import { SignInRequired } from "../../lib/sign-in-required.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { isEditor, ROLE_LABEL, useViewer } from "../../lib/viewer.tsx";
import { ENTITY_KINDS, KIND_LABEL } from "../../lib/vocabulary.ts";

export function ContributePage({ children }: { children?: ReactNode }) {
  useDocumentTitle("Contribute");
  const deleted = new URLSearchParams(useSearch()).get("deleted");
  const { viewer, loading, signedIn } = useViewer();

  return (
    <div className="page">
      <h1>Contribute</h1>
      {deleted ? (
        <p className="status status-success" role="status">
          “{deleted}” was deleted. Its history keeps it; an editor can restore it.
        </p>
      ) : null}
      <p className="lead">
        Add what the sources say about sessions, people, organisations, places, resources and themes. Every fact cites the passage
        that states it; every change is kept in the history.
      </p>
      {loading ? (
        <Loading what="Checking your sign-in" lines={6} />
      ) : !signedIn || !viewer ? (
        <SignInRequired to="contribute" />
      ) : (
        <>
          <p>
            Signed in as <strong>{viewer.name}</strong> ({ROLE_LABEL[viewer.role].toLowerCase()}).{" "}
            {isEditor(viewer) ? "You can change anything, restore revisions and merge duplicates." : "You can add entities and links, and change or delete what you added."}
          </p>
          <h2>Add</h2>
          <ul className="explore">
            {ENTITY_KINDS.map((kind) => (
              <li key={kind}>
                <Link href={`/contribute/new/${kind.toLowerCase()}`} className="explore-title">
                  Add {withArticle(KIND_LABEL[kind].one.toLowerCase())}
                </Link>
              </li>
            ))}
          </ul>
          <p className="meta">To link two entities, open the page of either and choose “Add a link”.</p>
          <h2>Many at once</h2>
          <p>
            <Link href="/contribute/import">Import a CSV or JSON file</Link>: check it first, then import.
          </p>
          {isEditor(viewer) ? (
            <>
              <h2>Review</h2>
              <p>
                <Link href="/contribute/duplicates">Review possible duplicates</Link> and merge them.
              </p>
            </>
          ) : null}
        </>
      )}
      {children}
    </div>
  );
}
