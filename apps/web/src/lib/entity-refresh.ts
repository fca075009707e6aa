// "Reload" after someone else changed an entity: whatever shows that entity (its page, the
// toolbar, an open form) registers here and fetches it again from the network, without the
// reader losing their place on the page.
import { useEffect, useRef } from "react";

const listeners = new Map<string, Set<() => void>>();

export function refreshEntity(key: string): void {
  listeners.get(key)?.forEach((listener) => listener());
}

export function useEntityRefresh(key: string, refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const listener = () => latest.current();
    const set = listeners.get(key) ?? new Set();
    set.add(listener);
    listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(key);
    };
  }, [key]);
}
