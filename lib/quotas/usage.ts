// Quota arithmetic shared by the quotas page and the overview's hot spots: used of total, the share, and whether it
// deserves a warning (over 80 %, issue 7) or is exhausted.

export const HOT_SHARE = 0.8;

export type UsageLevel = "ok" | "hot" | "full";
export interface Usage {
  used: number;
  total: number;
  /** 0–1 (capped); 0 when there is no quota at all. */
  share: number;
  level: UsageLevel;
}

export function usage(used: number, total: number): Usage {
  const share = total > 0 ? Math.min(1, used / total) : used > 0 ? 1 : 0;
  const level: UsageLevel = used > 0 && used >= total ? "full" : share > HOT_SHARE ? "hot" : "ok";
  return { used, total, share, level };
}

export const sumUsage = (parts: readonly Usage[]): Usage =>
  usage(
    parts.reduce((s, u) => s + u.used, 0),
    parts.reduce((s, u) => s + u.total, 0),
  );

export const percent = (u: Usage) => Math.round(u.share * 100);
