// The bearer token of the signed-in account, kept in localStorage so that a sign-in survives a
// reload and is shared by every tab (the `storage` event tells the others). The urql client reads
// it on every request; the app makes a new client (and so a new cache) whenever it changes, so
// nothing one account saw is shown to the next.
import { useSyncExternalStore } from "react";

const STORAGE_KEY = "agora.token";

export interface AuthState {
  token: string | null;
  /** The server refused the stored token (expired, revoked): say so and offer to sign in again. */
  expired: boolean;
}

const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private modes, policies): the app then works signed out.
    return null;
  }
}

let state: AuthState = { token: typeof window === "undefined" ? null : read(), expired: false };

function publish(next: AuthState) {
  if (next.token === state.token && next.expired === state.expired) return;
  state = next;
  listeners.forEach((listener) => listener());
}

function write(token: string | null) {
  try {
    if (token) window.localStorage.setItem(STORAGE_KEY, token);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // See read(): the token then lives as long as the page.
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY) publish({ token: event.newValue, expired: false });
  });
}

export function currentToken(): string | null {
  return state.token;
}

export function authState(): AuthState {
  return state;
}

export function signedIn(token: string): void {
  write(token);
  publish({ token, expired: false });
}

export function signedOut(): void {
  write(null);
  publish({ token: null, expired: false });
}

/** The server answered 401 / UNAUTHENTICATED to `token`; nothing happens if it is no longer ours. */
export function tokenRefused(token: string): void {
  if (state.token !== token) return;
  write(null);
  publish({ token: null, expired: true });
}

export function dismissExpired(): void {
  publish({ ...state, expired: false });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAuth(): AuthState {
  return useSyncExternalStore(subscribe, authState, authState);
}
