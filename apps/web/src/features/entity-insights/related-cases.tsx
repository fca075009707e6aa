import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { linkifyLabels } from "../../lib/linkify-labels.tsx";
import { KIND_LABEL } from "../../lib/vocabulary.ts";

export const RelatedCases_CaseFragment = graphql(`
  fragment RelatedCases_Case on RelatedCase {
    score
    entity {
      id
      kind
      label
      url
    }
    reasons {
      kind
      text
      entities {
        id
        label
        url
      }
    }
  }
`);

/** Similar cases, most similar first, each with the reasons in words and the shared entities linked. */
export function RelatedCases({ cases }: { cases: ReadonlyArray<FragmentType<typeof RelatedCases_CaseFragment>> }) {
  const data = useFragment(RelatedCases_CaseFragment, cases);
  if (data.length === 0) return null;
  return (
    <section aria-labelledby="related-cases-heading">
      <h2 id="related-cases-heading">Related cases</h2>
      <ol className="related-cases">
        {data.map((item) => (
          <li key={item.entity.id}>
            <Link href={item.entity.url} className="result-title">
              {item.entity.label}
            </Link>{" "}
            <span className="tag">{KIND_LABEL[item.entity.kind].one}</span>
            <ul className="reasons" aria-label={`Why ${item.entity.label} is related`}>
              {item.reasons.map((reason) => (
                <li key={reason.kind}>{linkifyLabels(reason.text, reason.entities)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
