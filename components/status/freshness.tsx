"use client";

import { createContext, useContext } from "react";
import { useT } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/format";
import { cn } from "@/lib/cn";
import type { StatusHealth } from "@/lib/status/status-store";
import { freshnessOf, type LiveStatus } from "@/lib/status/types";
import { useNowSeconds } from "./now";

/** "as of 4 s ago" / "as of 3 min ago" / "as of 2 h ago". */
export function formatAge(t: Translate, ageSeconds: number): string {
  const n = Math.max(0, Math.floor(ageSeconds));
  if (n < 60) return t("status.asOf.seconds", { n });
  if (n < 3600) return t("status.asOf.minutes", { n: Math.floor(n / 60) });
  return t("status.asOf.hours", { n: Math.floor(n / 3600) });
}

/** Ticking "as of 4 s ago" for a browser-clock epoch ms; the exact UTC time is in the tooltip. */
export function Freshness({ asOf, stale, className }: { asOf: number | undefined; stale?: boolean; className?: string }) {
  const t = useT();
  const now = useNowSeconds();
  if (now === 0) return <span className={cn("text-xs text-muted", className)} />; // server render: no clock yet
  if (asOf === undefined) return <span className={cn("text-xs text-muted", className)}>{t("status.asOf.never")}</span>;
  return (
    <time
      data-testid="status-freshness"
      dateTime={new Date(asOf).toISOString()}
      title={formatDateTime(new Date(asOf).toISOString())}
      className={cn("text-xs tabular-nums whitespace-nowrap", stale ? "text-amber-700 dark:text-amber-300" : "text-muted", className)}
    >
      {formatAge(t, now - asOf / 1000)}
    </time>
  );
}

/**
 * The stream's health for every RowFreshness below it. A context, so a poll that changes nothing re-renders the
 * freshness labels only, not the (memoised) rows that contain them.
 */
const StatusHealthContext = createContext<StatusHealth>({ state: "connecting" });
export const StatusHealthProvider = StatusHealthContext.Provider;

/** One row's freshness: its own observation time or the last poll that confirmed everything, whichever is newer. */
export function RowFreshness({ status, className }: { status: LiveStatus | undefined; className?: string }) {
  const health = useContext(StatusHealthContext);
  return <Freshness asOf={freshnessOf(status, health.asOf)} stale={health.state === "stale"} className={className} />;
}
