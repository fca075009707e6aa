// "Changed by someone else — reload": while an entity is on screen, its live change events that
// this tab did not cause (see own-changes.ts) are announced, with a button that fetches the
// entity again. Link changes leave the entity's version as it is, hence the equal-version case.
import { useState } from "react";
import type { EntityKind } from "../generated/gql/graphql.ts";
import { useEntityChanges } from "./entity-changes.tsx";
import { refreshEntity } from "./entity-refresh.ts";
import { isOwnChange, useOwnChanges } from "./own-changes.ts";

export function useChangedElsewhere(key: string, kind: EntityKind | null, loadedVersion: number | null) {
  const events = useEntityChanges(kind ? [kind] : null, { pause: !kind || loadedVersion === null });
  useOwnChanges();
  const [seen, setSeen] = useState(0);
  const fresh = events.filter(
    (event) =>
      event.seq > seen &&
      event.key === key &&
      !isOwnChange(event.key, event.version) &&
      (loadedVersion === null || event.version > loadedVersion || (event.version === loadedVersion && event.action === "UPDATE")),
  );
  const latest = fresh[0] ?? null;
  return {
    change: latest,
    /** Hide what has been seen so far (after a reload, or when dismissed). */
    acknowledge: () => setSeen(events[0]?.seq ?? seen),
    reload: () => {
      setSeen(events[0]?.seq ?? seen);
      refreshEntity(key);
    },
  };
}

/** `floating`: over the page's foot, so that what the reader is looking at does not move. */
export function ChangedNotice({
  message,
  action = "Reload",
  onReload,
  onDismiss,
  floating = false,
}: {
  message: string;
  action?: string;
  onReload: () => void;
  onDismiss?: () => void;
  floating?: boolean;
}) {
  return (
    <div className={floating ? "notice notice-warning notice-floating" : "notice notice-warning"} role="alert">
      <p>{message}</p>
      <div className="button-row">
        <button type="button" onClick={onReload}>
          {action}
        </button>
        {onDismiss ? (
          <button type="button" className="secondary" onClick={onDismiss}>
            Not now
          </button>
        ) : null}
      </div>
    </div>
  );
}
