// What every entity shares, shown at the top of its page: description, other names, figures.
import { graphql, useFragment, type FragmentType } from "../generated/gql/index.ts";
import { formatDate } from "./format-date.ts";
import { humanize } from "./humanize.ts";
import { nodes } from "./nodes.ts";

export const EntityFacts_EntityFragment = graphql(`
  fragment EntityFacts_Entity on Entity {
    id
    description
    aliases(first: 100) {
      totalCount
      edges {
        node {
          kind
          name
        }
      }
    }
    figures(first: 100) {
      totalCount
      edges {
        node {
          metric
          label
          value
          unit
          asOf
        }
      }
    }
  }
`);

export function EntityFacts({ entity }: { entity: FragmentType<typeof EntityFacts_EntityFragment> }) {
  const data = useFragment(EntityFacts_EntityFragment, entity);
  return (
    <>
      {data.description ? <p className="lead">{data.description}</p> : null}
      {data.aliases.totalCount > 0 ? (
        <p className="aliases">
          Also known as:{" "}
          {nodes(data.aliases).map((alias, index) => (
            <span key={`${alias.kind}-${alias.name}-${index}`}>
              {index > 0 ? "; " : null}
              <span title={humanize(alias.kind)}>{alias.name}</span>
            </span>
          ))}
        </p>
      ) : null}
      {data.figures.totalCount > 0 ? (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">Figures</h2>
          <ul>
            {nodes(data.figures).map((figure) => (
              <li key={`${figure.metric}-${figure.asOf ?? ""}`}>
                {figure.label}: <strong>{figure.value.toLocaleString("en")}</strong>
                {figure.unit ? ` ${figure.unit}` : null}
                {figure.asOf ? ` (as of ${formatDate(figure.asOf)})` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
