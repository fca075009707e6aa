// Facets as groups of checkboxes with their counts. A chosen value stays listed even when the
// other choices leave it no match, so that it can always be unticked.
import { useState } from "react";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";

export const SearchFacets_FacetsFragment = graphql(`
  fragment SearchFacets_Facets on SearchFacets {
    partial
    kinds {
      value
      label
      count
    }
    continents {
      value
      label
      count
    }
    countries {
      value
      label
      count
    }
    themes {
      value
      label
      count
    }
    years {
      value
      label
      count
    }
  }
`);

/** Also the names of the query-string parameters. */
export type FacetName = "kinds" | "continents" | "countries" | "themes" | "years";

const FACETS: { name: FacetName; legend: string }[] = [
  { name: "kinds", legend: "Kind" },
  { name: "continents", legend: "Continent" },
  { name: "countries", legend: "Country" },
  { name: "themes", legend: "Theme" },
  { name: "years", legend: "Year" },
];

const SHOWN = 8;

interface FacetValue {
  value: string;
  label: string;
  count: number;
}

function FacetGroup({
  name,
  legend,
  values,
  selected,
  onToggle,
}: {
  name: FacetName;
  legend: string;
  values: readonly FacetValue[];
  selected: readonly string[];
  onToggle: (facet: FacetName, value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const missing = selected.filter((value) => !values.some((entry) => entry.value === value)).map((value) => ({ value, label: value, count: 0 }));
  const all = [...values, ...missing];
  if (all.length === 0) return null;
  const shown = expanded ? all : all.filter((entry, index) => index < SHOWN || selected.includes(entry.value));
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {shown.map((entry) => {
          const id = `facet-${name}-${entry.value}`;
          return (
            <li key={entry.value}>
              <input id={id} type="checkbox" checked={selected.includes(entry.value)} onChange={() => onToggle(name, entry.value)} />
              <label htmlFor={id}>
                {entry.label} <span className="facet-count">({entry.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {all.length > shown.length || expanded ? (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? `Fewer ${legend.toLowerCase()} values` : `All ${all.length} ${legend.toLowerCase()} values`}
        </button>
      ) : null}
    </fieldset>
  );
}

export function SearchFacets({
  facets,
  selection,
  onToggle,
}: {
  facets: FragmentType<typeof SearchFacets_FacetsFragment>;
  selection: Record<FacetName, readonly string[]>;
  onToggle: (facet: FacetName, value: string) => void;
}) {
  const data = useFragment(SearchFacets_FacetsFragment, facets);
  return (
    <>
      <h2 className="facets-heading">Filter</h2>
      {data.partial ? <p className="meta">Counts cover the 1,000 best matches.</p> : null}
      {FACETS.map((facet) => (
        <FacetGroup key={facet.name} name={facet.name} legend={facet.legend} values={data[facet.name]} selected={selection[facet.name]} onToggle={onToggle} />
      ))}
    </>
  );
}
