// The "YYYY-MM-DD hh:mm:ss" times of the CHC and repair-task pages (seed 23737 CreatedTime "2024-07-19 16:41:20",
// seed 34320 StartDate "2023-01-01 00:00:00"): Beijing time (UTC+8), the console's zone, as ActionTimer's are
// (state/changes/action-timers.ts).
const OFFSET_MS = 8 * 3_600_000;
const PLAIN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export function beijingTime(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** The instant a "YYYY-MM-DD hh:mm:ss" Beijing time names, or undefined when it is not one (or not a real date). */
export function parseBeijingTime(text: string): number | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return utc - OFFSET_MS;
}

/** 00:00:00 Beijing time of the day `ms` falls on. */
export function startOfBeijingDay(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / 86_400_000) * 86_400_000 - OFFSET_MS;
}
