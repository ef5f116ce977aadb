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

/** The age as bare text, no element of its own: for table cells, where 100 rows must stay within the DOM budget. */
function FreshnessText({ asOf }: { asOf: number | undefined }) {
  const t = useT();
  const now = useNowSeconds();
  if (now === 0) return null; // server render: no clock yet
  return asOf === undefined ? t("status.asOf.never") : formatAge(t, now - asOf / 1000);
}

/**
 * One row's freshness: its own observation time or the last poll that confirmed everything, whichever is newer.
 * `bare` renders only the text (the cell around it styles it); otherwise a <time> with the exact time as tooltip.
 */
export function RowFreshness({ status, className, bare }: { status: LiveStatus | undefined; className?: string; bare?: boolean }) {
  const health = useContext(StatusHealthContext);
  const asOf = freshnessOf(status, health.asOf);
  if (bare) return <FreshnessText asOf={asOf} />;
  return <Freshness asOf={asOf} stale={health.state === "stale"} className={className} />;
}
