// Links to the graph exports (packages/api/src/http/graph-exports.ts) for what is on screen:
// the same filters go to every format, so a download holds what the view shows.
import { isLinkType } from "./vocabulary.ts";

export const EXPORT_FORMATS = [
  { file: "graph.gexf", label: "GEXF", note: "Gephi" },
  { file: "graph.graphml", label: "GraphML", note: "Cytoscape, yEd, NetworkX" },
  { file: "nodes.csv", label: "Nodes CSV", note: "spreadsheets" },
  { file: "edges.csv", label: "Edges CSV", note: "spreadsheets" },
  { file: "graph.zip", label: "Both CSVs, zipped", note: "" },
  { file: "graph.jsonld", label: "JSON-LD", note: "schema.org and ESSGlobal linked data" },
] as const;

export interface ExportFilters {
  kinds?: readonly string[];
  linkTypes?: readonly string[];
  from?: string | number | null;
  to?: string | number | null;
  around?: string | null;
  depth?: number | null;
}

/** The export query string; the export refuses unknown parameters, so only these are written. */
export function exportQuery(filters: ExportFilters): string {
  const parts: string[] = [];
  if (filters.around) parts.push(`around=${encodeURIComponent(filters.around)}`);
  if (filters.around && filters.depth) parts.push(`depth=${filters.depth}`);
  if (filters.kinds?.length) parts.push(`kinds=${filters.kinds.join(",")}`);
  // Structural edges (held in, part of...) are not link types the exports filter on.
  const linkTypes = filters.linkTypes?.filter(isLinkType);
  if (linkTypes?.length) parts.push(`linkTypes=${linkTypes.join(",")}`);
  if (filters.from != null && filters.from !== "") parts.push(`from=${encodeURIComponent(String(filters.from))}`);
  if (filters.to != null && filters.to !== "") parts.push(`to=${encodeURIComponent(String(filters.to))}`);
  return parts.join("&");
}

export function exportUrl(file: string, filters: ExportFilters): string {
  const query = exportQuery(filters);
  return `/export/${file}${query ? `?${query}` : ""}`;
}

export function DownloadLinks({ filters, entityKey, headingId = "downloads-heading", title = "Download" }: { filters: ExportFilters; entityKey?: string; headingId?: string; title?: string }) {
  return (
    <section aria-labelledby={headingId} className="downloads">
      <h2 id={headingId}>{title}</h2>
      <ul className="download-list">
        {EXPORT_FORMATS.map((format) => (
          <li key={format.file}>
            <a href={exportUrl(format.file, filters)} download>
              {format.label}
            </a>
            {format.note ? <span className="meta"> {format.note}</span> : null}
          </li>
        ))}
        {entityKey ? (
          <li>
            <a href={`/export/entity/${encodeURIComponent(entityKey)}.jsonld`} download>
              This entity as JSON-LD
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
