import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";

export const SessionAbout_SessionFragment = graphql(`
  fragment SessionAbout_Session on Session {
    id
    summary
    objectives
    keyQuestions
    outcomes
    audience
    participantCount
    participantCountQualifier
  }
`);

const QUALIFIERS: Record<string, string> = { over: "Over", around: "Around", exactly: "Exactly" };

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n+/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}

export function SessionAbout({ session }: { session: FragmentType<typeof SessionAbout_SessionFragment> }) {
  const data = useFragment(SessionAbout_SessionFragment, session);
  const qualifier = data.participantCountQualifier ? (QUALIFIERS[data.participantCountQualifier] ?? data.participantCountQualifier) : null;
  return (
    <>
      {data.summary ? (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          <Paragraphs text={data.summary} />
        </section>
      ) : null}
      {data.objectives.length > 0 ? (
        <section aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">Objectives</h2>
          <ul>
            {data.objectives.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.keyQuestions.length > 0 ? (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">Key questions</h2>
          <ul>
            {data.keyQuestions.map((question, index) => (
              <li key={index}>{question}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.outcomes ? (
        <section aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">Outcomes</h2>
          <Paragraphs text={data.outcomes} />
        </section>
      ) : null}
      {data.audience || data.participantCount != null ? (
        <section aria-labelledby="audience-heading">
          <h2 id="audience-heading">Audience</h2>
          {data.audience ? <p>{data.audience}</p> : null}
          {data.participantCount != null ? (
            <p>
              Participants: {qualifier ? `${qualifier.toLowerCase()} ` : null}
              <strong>{data.participantCount.toLocaleString("en")}</strong>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
