// Dates come as precise as the source: `2019`, `2019-10` or `2019-10-28`.
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year) return date;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string | null {
  if (start && end && start !== end) return `${formatDate(start)} – ${formatDate(end)}`;
  const single = start ?? end;
  return single ? formatDate(single) : null;
}
