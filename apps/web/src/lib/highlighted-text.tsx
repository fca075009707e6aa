// Search answers cut a label or snippet into parts and say which the query matched.
export interface TextPart {
  text: string;
  matched: boolean;
}

export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
