// One path: the whole chain as a sentence, each hop in words, and the chain drawn as a row of
// linked entities (a column on phones).
import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { KIND_COLOUR, KIND_LABEL } from "../../lib/vocabulary.ts";

export const PathChain_PathFragment = graphql(`
  fragment PathChain_Path on Path {
    length
    sentence
    nodes {
      id
      key
      kind
      label
      url
    }
    steps {
      sentence
      edge {
        key
        roleName
      }
    }
  }
`);

export function PathChain({ path, index }: { path: FragmentType<typeof PathChain_PathFragment>; index: number }) {
  const data = useFragment(PathChain_PathFragment, path);
  return (
    <article className="path" aria-labelledby={`path-${index}-heading`}>
      <h3 id={`path-${index}-heading`}>
        {data.length === 1 ? "One step" : `${data.length} steps`}
      </h3>
      <p className="path-sentence">{data.sentence}.</p>
      <ol className="path-chain" aria-label="The chain, entity by entity">
        {data.nodes.map((node, i) => (
          <li key={node.id}>
            <span className="chain-node" style={{ borderColor: KIND_COLOUR[node.kind] }}>
              <span className="tag">{KIND_LABEL[node.kind].one}</span> <Link href={node.url}>{node.label}</Link>
            </span>
            {data.steps[i] ? (
              <span className="chain-step">
                <span className="visually-hidden">{data.steps[i]!.sentence}</span>
                <span aria-hidden="true">{data.steps[i]!.edge.roleName.replace(/-/g, " ")} →</span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
