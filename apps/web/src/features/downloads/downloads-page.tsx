// /downloads?kinds=SESSION,PERSON&linkTypes=PARTICIPATION&from=2017&to=2019: the whole graph,
// or a filtered part of it, in every export format; the links follow the form.
import { DownloadLinks } from "../../lib/download-links.tsx";
import { readInt, readList, toggled, useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EDGE_TYPE_LABEL, ENTITY_KINDS, isEntityKind, isLinkType, KIND_LABEL, LINK_TYPES } from "../../lib/vocabulary.ts";

export function DownloadsPage() {
  const [params, setParams] = useQueryState();
  useDocumentTitle("Downloads");
  const kinds = readList(params, "kinds").filter(isEntityKind);
  const linkTypes = readList(params, "linkTypes").filter(isLinkType);
  const from = readInt(params, "from");
  const to = readInt(params, "to");

  return (
    <div className="page">
      <h1>Downloads</h1>
      <p className="lead">
        The knowledge network as files for Gephi, Cytoscape, spreadsheets or linked-data tools. Narrow it first if you like: the links below
        follow your choices. Each entity page also offers its own neighbourhood.
      </p>
      <form className="filters" aria-label="What to download" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="control">
          <legend>Kinds (none ticked: all)</legend>
          {ENTITY_KINDS.map((kind) => (
            <label key={kind} className="inline">
              <input type="checkbox" checked={kinds.includes(kind)} onChange={() => setParams({ kinds: toggled(kinds, kind) }, { replace: true })} /> {KIND_LABEL[kind].many}
            </label>
          ))}
        </fieldset>
        <fieldset className="control">
          <legend>Link types (none ticked: all)</legend>
          {LINK_TYPES.map((type) => (
            <label key={type} className="inline">
              <input type="checkbox" checked={linkTypes.includes(type)} onChange={() => setParams({ linkTypes: toggled(linkTypes, type) }, { replace: true })} />{" "}
              {EDGE_TYPE_LABEL[type]}
            </label>
          ))}
        </fieldset>
        <div className="control inline-form">
          <label htmlFor="downloads-from">Links from year</label>
          <input id="downloads-from" type="number" min="1900" max="2100" value={from ?? ""} onChange={(event) => setParams({ from: event.target.value || null }, { replace: true })} />
          <label htmlFor="downloads-to">to</label>
          <input id="downloads-to" type="number" min="1900" max="2100" value={to ?? ""} onChange={(event) => setParams({ to: event.target.value || null }, { replace: true })} />
        </div>
      </form>
      <DownloadLinks filters={{ kinds, linkTypes, from, to }} title="Files" />
      <p className="meta">Dated links count when their period overlaps the years; undated links always do.</p>
    </div>
  );
}
