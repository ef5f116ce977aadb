import type { ExpiringItem, RegionSummary } from "./types";

// Pure arithmetic behind the dashboard: renewal calendar buckets and fleet totals. Days are UTC days (the console
// shows times in UTC, lib/format.ts), so the server and every browser agree on which day an expiry falls.

const DAY = 86_400_000;
export const HORIZONS = [7, 30] as const;

/** Whole days from `now` until `iso` (0 = within the next 24 hours; negative = already past). */
export function daysUntil(iso: string, now: number): number {
  return Math.floor((Date.parse(iso) - now) / DAY);
}

/** Items expiring within `days` (already expired ones included: they still need a decision). */
export function expiringWithin(items: readonly ExpiringItem[], days: number, now: number): ExpiringItem[] {
  return items.filter((i) => daysUntil(i.ExpiredTime, now) < days).sort((a, b) => a.ExpiredTime.localeCompare(b.ExpiredTime));
}

export interface CalendarDay {
  /** YYYY-MM-DD (UTC). */
  date: string;
  items: ExpiringItem[];
}

/** The next `days` UTC days starting today, each with what expires that day; earlier expiries land on today. */
export function renewalCalendar(items: readonly ExpiringItem[], now: number, days = 30): CalendarDay[] {
  const today = Math.floor(now / DAY) * DAY;
  const out: CalendarDay[] = Array.from({ length: days }, (_, i) => ({ date: new Date(today + i * DAY).toISOString().slice(0, 10), items: [] }));
  for (const item of items) {
    const at = Date.parse(item.ExpiredTime);
    if (Number.isNaN(at)) continue;
    const index = Math.max(0, Math.floor((at - today) / DAY));
    if (index < days) out[index].items.push(item);
  }
  return out;
}

/** Instances by state over every region that answered. */
export function fleetTotals(regions: readonly RegionSummary[]): { total: number; byState: Record<string, number> } {
  const byState: Record<string, number> = {};
  let total = 0;
  for (const r of regions) {
    total += r.total ?? 0;
    for (const [state, n] of Object.entries(r.byState)) byState[state] = (byState[state] ?? 0) + n;
  }
  return { total, byState };
}
