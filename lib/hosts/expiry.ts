// When a prepaid host runs out (ExpiredTime, seed 36560) and how loudly to say so.

const DAY_MS = 86_400_000;

export type ExpiryTone = "expired" | "soon" | "month" | "ok" | "none";

/** Whole days left (negative once past), or null when there is no valid expiry time. */
export function daysLeft(expiredTime: string, now: number): number | null {
  const at = Date.parse(expiredTime);
  if (!Number.isFinite(at)) return null;
  return Math.floor((at - now) / DAY_MS);
}

/** Expired, within 7 days, within 30 days (the renewal calendar's two horizons), or later. */
export function expiryTone(expiredTime: string, state: string, now: number): ExpiryTone {
  if (state === "EXPIRED") return "expired";
  const days = daysLeft(expiredTime, now);
  if (days === null) return "none";
  if (days < 0) return "expired";
  if (days <= 7) return "soon";
  if (days <= 30) return "month";
  return "ok";
}
