import { useEffect } from "react";
import { Link, useLocation } from "wouter";
import { Provider } from "urql";
import { createUrqlClient } from "../lib/urql-client.ts";
import { Routes } from "./routes.tsx";

const client = createUrqlClient();

function ScrollToTop() {
  const [location] = useLocation();
  // A block body: recent browsers return a promise from scrollTo, which React must not get.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location]);
  return null;
}

export function App() {
  return (
    <Provider value={client}>
      <ScrollToTop />
      <header className="site-header">
        <nav aria-label="Main">
          <Link href="/" className="brand">
            Agora
          </Link>
          <ul>
            <li>
              <Link href="/">Sessions</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <Routes />
      </main>
      <footer className="site-footer">
        <p>
          Agora — an open knowledge-exchange hub for cities and social &amp; solidarity economy organisations. Data:{" "}
          <a href="/graphql">GraphQL API</a>.
        </p>
      </footer>
    </Provider>
  );
}
