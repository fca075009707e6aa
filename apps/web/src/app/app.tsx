import { useEffect, useMemo } from "react";
import { Link, useLocation } from "wouter";
import { Provider, type Client } from "urql";
import { AccountMenu, SignInExpired } from "../features/account/account-menu.tsx";
import { useAuth } from "../lib/auth-token.ts";
import { createUrqlClient } from "../lib/urql-client.ts";
import { Routes } from "./routes.tsx";

const NAV = [
  { href: "/search", label: "Search" },
  { href: "/graph", label: "Graph" },
  { href: "/path", label: "Path finder" },
  { href: "/timeline", label: "Timeline" },
  { href: "/map", label: "Map" },
  { href: "/coverage", label: "Coverage" },
  { href: "/downloads", label: "Downloads" },
  { href: "/contribute", label: "Contribute" },
] as const;

function ScrollToTop() {
  const [location] = useLocation();
  // A block body: recent browsers return a promise from scrollTo, which React must not get.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location]);
  return null;
}

function SiteNav() {
  const [location] = useLocation();
  return (
    <nav aria-label="Main">
      <Link href="/" className="brand">
        Agora
      </Link>
      <ul>
        {NAV.map((item) => {
          const current = location === item.href || location.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
      <AccountMenu />
    </nav>
  );
}

export function App({ client }: { client?: Client }) {
  // A new client, and so an empty cache, for each sign-in: one account's answers (and the
  // permissions behind them) never show for another.
  const { token } = useAuth();
  const current = useMemo(() => client ?? createUrqlClient({ token }), [client, token]);
  return (
    <Provider value={current}>
      <ScrollToTop />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <SiteNav />
      </header>
      <SignInExpired />
      <main id="main" tabIndex={-1}>
        <Routes />
      </main>
      <footer className="site-footer">
        <p>
          Agora — an open knowledge-exchange hub for cities and social &amp; solidarity economy organisations. Data:{" "}
          <a href="/graphql">GraphQL API</a> · <Link href="/downloads">downloads</Link>.
        </p>
      </footer>
    </Provider>
  );
}
