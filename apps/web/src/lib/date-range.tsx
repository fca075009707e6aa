import { formatDate } from "./format-date.ts";

export function DateRange({ start, end }: { start?: string | null; end?: string | null }) {
  if (start && end && start !== end) {
    return (
      <>
        <time dateTime={start}>{formatDate(start)}</time> – <time dateTime={end}>{formatDate(end)}</time>
      </>
    );
  }
  const single = start ?? end;
  return single ? <time dateTime={single}>{formatDate(single)}</time> : null;
}
