// Changes to the network as they happen (the entityChanged subscription): newest first, each
// with what changed and when, linked to its page. It starts empty: the API keeps no feed of past
// changes to read back, only each entity's own history.
import { Link } from "wouter";
import { useEntityChanges } from "../../lib/entity-changes.tsx";
import { isOwnChange, useOwnChanges } from "../../lib/own-changes.ts";
import { KIND_LABEL } from "../../lib/vocabulary.ts";

const ACTION_WORD = { CREATE: "added", UPDATE: "changed", DELETE: "deleted", RESTORE: "restored", MERGE: "merged" } as const;

const time = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function RecentChanges() {
  const events = useEntityChanges(null);
  useOwnChanges();
  return (
    <section aria-labelledby="recent-changes-heading" className="recent-changes">
      <h2 id="recent-changes-heading">Recent changes</h2>
      <p className="meta">Live: what anyone adds or changes appears here while this page is open.</p>
      <ol className="change-feed" aria-live="polite" aria-relevant="additions">
        {events.length === 0 ? <li className="status status-empty">No change since you opened this page.</li> : null}
        {events.slice(0, 20).map((event) => (
          <li key={event.seq}>
            <span className="tag">{KIND_LABEL[event.kind].one}</span>{" "}
            {event.entity && event.action !== "DELETE" ? <Link href={event.entity.url}>{event.entity.label}</Link> : <code>{event.key}</code>}{" "}
            {ACTION_WORD[event.action]}
            {isOwnChange(event.key, event.version) ? " by you" : ""} <time dateTime={event.at}>at {time(event.at)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
