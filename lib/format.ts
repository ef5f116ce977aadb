/**
 * Timestamps in UTC with the zone spelled out: the same text on the server and in every browser (no
 * hydration mismatch), and unambiguous when operators in different time zones compare notes.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
