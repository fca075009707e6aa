// The words after a link in a list: ` — moderator, Mayor of Seoul, 2014 – 2018`.
export function LinkMeta({ text }: { text: string }) {
  return text ? <span className="meta"> — {text}</span> : null;
}
