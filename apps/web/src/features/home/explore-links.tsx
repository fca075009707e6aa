import { Link } from "wouter";

const WAYS = [
  { href: "/graph", title: "Graph explorer", text: "The network of sessions, people, organisations and places; expand any node." },
  { href: "/path", title: "Path finder", text: "How are two entities connected? The chain, in words." },
  { href: "/map", title: "Map", text: "Cities of the network and the sessions they hosted." },
  { href: "/timeline", title: "Timeline", text: "Every session, year by year." },
  { href: "/coverage", title: "Coverage", text: "Where knowledge exchange is thick, and where it is thin." },
  { href: "/downloads", title: "Downloads", text: "The graph for Gephi, Cytoscape, spreadsheets and linked data." },
] as const;

export function ExploreLinks() {
  return (
    <section aria-labelledby="explore-heading">
      <h2 id="explore-heading">Explore</h2>
      <ul className="explore">
        {WAYS.map((way) => (
          <li key={way.href}>
            <Link href={way.href} className="explore-title">
              {way.title}
            </Link>
            <p className="meta">{way.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
