"use client";

import { useT } from "@/lib/i18n/provider";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { cn } from "@/lib/cn";
import type { StatusHealth } from "@/lib/status/status-store";
import { Freshness } from "./freshness";

/** Why the status may be old, in the UI language (codes from server/cvm/errors.ts and the hook). */
export function describeStaleReason(t: Translate, reason: string | undefined): string {
  const keyed: Record<string, MessageKey> = {
    connection: "status.reason.connection",
    paused: "status.reason.paused",
    ClientCircuitOpen: "status.reason.circuitOpen",
    ClientRateLimited: "status.reason.throttled",
    ClientNetworkError: "status.reason.network",
    ClientTimeout: "status.reason.network",
  };
  if (!reason) return t("status.staleHint");
  if (keyed[reason]) return t(keyed[reason]);
  if (reason.startsWith("RequestLimitExceeded")) return t("status.reason.throttled");
  return t("status.reason.cloud", { code: reason });
}

const DOT = { live: "bg-emerald-500", stale: "bg-amber-500", connecting: "bg-line-strong animate-pulse" } as const;

/**
 * The page-level "Live · as of 4 s ago" (or "Stale · as of 3 min ago — why"). The reason is written out, not
 * only in a tooltip: an operator must see at a glance that the states may be old.
 */
export function StatusIndicator({ health, className }: { health: StatusHealth; className?: string }) {
  const t = useT();
  const label = health.state === "live" ? t("status.live") : health.state === "stale" ? t("status.stale") : t("status.connecting");
  const reason = health.state === "stale" ? describeStaleReason(t, health.reason) : undefined;
  return (
    <div
      data-testid="status-indicator"
      data-state={health.state}
      role="status"
      title={health.message ?? reason}
      className={cn("inline-flex min-w-0 items-center gap-1.5 text-xs", className)}
    >
      <span aria-hidden className={cn("size-2 shrink-0 rounded-full", DOT[health.state])} />
      <span className={cn("font-medium", health.state === "stale" ? "text-amber-700 dark:text-amber-300" : "text-fg")}>{label}</span>
      {health.state !== "connecting" && <Freshness asOf={health.asOf} stale={health.state === "stale"} />}
      {reason && <span className="truncate text-muted">· {reason}</span>}
    </div>
  );
}
