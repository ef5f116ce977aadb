// Time in the API's forms: timestamps "YYYY-MM-DDThh:mm:ssZ" (seed 37040) and prepaid terms in whole months.
/** "YYYY-MM-DDThh:mm:ssZ" (seed 37040). */
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** `months` after `ms`, same day of month where it exists (prepaid terms are whole months). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}
