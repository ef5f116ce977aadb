// The repair task API speaks Beijing time (UTC+8) as "YYYY-MM-DD hh:mm:ss" (seed 34320, 34685).
const OFFSET_MS = 8 * 3_600_000;
const FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export function toBeijingTime(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

export function parseBeijingTime(text: string): number | null {
  const m = FORMAT.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET_MS;
  return Number.isNaN(ms) || toBeijingTime(ms) !== text ? null : ms;
}

/** seed 34631 / 34685: a reservation "需晚于当前时间至少5分钟，且在48小时之内". */
export const MIN_LEAD_MS = 5 * 60_000;
export const MAX_LEAD_MS = 48 * 3_600_000;

export function reservationProblem(at: number, now: number): "tooSoon" | "tooLate" | null {
  if (at < now + MIN_LEAD_MS) return "tooSoon";
  if (at > now + MAX_LEAD_MS) return "tooLate";
  return null;
}
