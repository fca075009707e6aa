// Which live change events this tab caused itself. An entity page tells its reader when someone
// *else* changed what they are looking at; the event of one's own edit can even arrive before the
// edit's answer, so a key with an edit in flight is "pending" until the answer says which version
// the edit made. Change events do not say who made them, hence the match by key and version.
import { useSyncExternalStore } from "react";

const versions = new Set<string>();
const pending = new Map<string, number>();
const listeners = new Set<() => void>();
let revision = 0;

const id = (key: string, version: number) => `${key}@${version}`;

function changed() {
  revision += 1;
  listeners.forEach((listener) => listener());
}

export interface EntityVersion {
  key: string;
  version: number;
}

/** Runs an edit of `keys`; `made` names the versions it produced (none when it failed). */
export async function ownEdit<T>(keys: readonly string[], run: () => Promise<T>, made: (result: T) => readonly EntityVersion[]): Promise<T> {
  keys.forEach((key) => pending.set(key, (pending.get(key) ?? 0) + 1));
  changed();
  try {
    const result = await run();
    made(result).forEach((entity) => versions.add(id(entity.key, entity.version)));
    return result;
  } finally {
    keys.forEach((key) => {
      const left = (pending.get(key) ?? 1) - 1;
      if (left > 0) pending.set(key, left);
      else pending.delete(key);
    });
    changed();
  }
}

export function isOwnChange(key: string, version: number): boolean {
  return pending.has(key) || versions.has(id(key, version));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders when the set of own changes moves; returns a number that changes with it. */
export function useOwnChanges(): number {
  return useSyncExternalStore(subscribe, () => revision, () => revision);
}
