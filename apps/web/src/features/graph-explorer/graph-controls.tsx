// The explorer's filters. Each change goes to the address; kinds and link types refetch, the
// period and the colours only redraw.
import { EntityPicker } from "../../lib/entity-picker.tsx";
import type { QueryPatch } from "../../lib/url-state.ts";
import { toggled } from "../../lib/url-state.ts";
import { EDGE_TYPE_LABEL, ENTITY_KINDS, KIND_COLOUR, KIND_LABEL, LINK_TYPES } from "../../lib/vocabulary.ts";
import type { GraphViewState } from "./graph-state.ts";

export function GraphControls({
  state,
  span,
  onChange,
}: {
  state: GraphViewState;
  span: [number, number] | null;
  onChange: (patch: QueryPatch, replace?: boolean) => void;
}) {
  const from = state.from ?? span?.[0] ?? null;
  const to = state.to ?? span?.[1] ?? null;
  return (
    <form className="graph-controls" aria-label="Graph filters" onSubmit={(event) => event.preventDefault()}>
      <EntityPicker label="Centre on" value={state.focus} onChange={(entity) => entity && onChange({ focus: entity.key, expand: null, selected: null })} />
      <div className="control">
        <label htmlFor="graph-depth">Depth</label>
        <select id="graph-depth" value={state.depth} onChange={(event) => onChange({ depth: event.target.value })}>
          <option value="1">1 hop</option>
          <option value="2">2 hops</option>
          <option value="3">3 hops</option>
        </select>
      </div>
      <fieldset className="control">
        <legend>Colour by</legend>
        {(["kind", "community"] as const).map((by) => (
          <label key={by} className="inline">
            <input type="radio" name="graph-colour" value={by} checked={state.colour === by} onChange={() => onChange({ colour: by === "kind" ? null : by }, true)} />{" "}
            {by === "kind" ? "Kind" : "Community"}
          </label>
        ))}
      </fieldset>
      <fieldset className="control">
        <legend>Kinds</legend>
        <p className="meta">None ticked: all.</p>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind} className="inline">
            <input type="checkbox" checked={state.kinds.includes(kind)} onChange={() => onChange({ kinds: toggled(state.kinds, kind), expand: null })} />{" "}
            <span className="swatch" style={{ background: KIND_COLOUR[kind] }} aria-hidden="true" />
            {KIND_LABEL[kind].many}
          </label>
        ))}
      </fieldset>
      <fieldset className="control">
        <legend>Link types</legend>
        <p className="meta">None ticked: all.</p>
        {LINK_TYPES.map((type) => (
          <label key={type} className="inline">
            <input type="checkbox" checked={state.linkTypes.includes(type)} onChange={() => onChange({ linkTypes: toggled(state.linkTypes, type), expand: null })} />{" "}
            {EDGE_TYPE_LABEL[type]}
          </label>
        ))}
      </fieldset>
      {span && span[0] < span[1] && from != null && to != null ? (
        <fieldset className="control period">
          <legend>Period</legend>
          <label htmlFor="graph-from">
            From <output htmlFor="graph-from">{from}</output>
          </label>
          <input
            id="graph-from"
            type="range"
            min={span[0]}
            max={span[1]}
            value={from}
            onChange={(event) => {
              const value = Number(event.target.value);
              onChange({ from: value, to: Math.max(value, to) }, true);
            }}
          />
          <label htmlFor="graph-to">
            To <output htmlFor="graph-to">{to}</output>
          </label>
          <input
            id="graph-to"
            type="range"
            min={span[0]}
            max={span[1]}
            value={to}
            onChange={(event) => {
              const value = Number(event.target.value);
              onChange({ to: value, from: Math.min(value, from) }, true);
            }}
          />
          {state.from != null || state.to != null ? (
            <button type="button" className="link-button" onClick={() => onChange({ from: null, to: null })}>
              All years
            </button>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset className="control">
        <legend>Path between</legend>
        <EntityPicker label="From" value={state.pathFrom} onChange={(entity) => onChange({ pathFrom: entity?.key ?? null })} />
        <EntityPicker label="To" value={state.pathTo} onChange={(entity) => onChange({ pathTo: entity?.key ?? null })} />
      </fieldset>
    </form>
  );
}
