"use client";

import { useT } from "@/lib/i18n/provider";
import { daysLeft, expiryTone } from "@/lib/hosts/expiry";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { useNow } from "./use-now";

/** The expiry date and, within 30 days, how many days are left (red within 7, or once expired). */
export function ExpiryCell({ expiredTime, state }: { expiredTime: string; state: string }) {
  const t = useT();
  const now = useNow();
  const tone = now === null ? "none" : expiryTone(expiredTime, state, now);
  const days = now === null ? null : daysLeft(expiredTime, now);
  return (
    <span className="inline-flex flex-col items-start" data-testid="host-expiry" data-tone={tone} title={formatDateTime(expiredTime)}>
      <span className="tabular-nums whitespace-nowrap">{expiredTime.slice(0, 10) || "—"}</span>
      {tone === "expired" && <Badge tone="danger">{t("hosts.expiry.expired")}</Badge>}
      {(tone === "soon" || tone === "month") && days !== null && (
        <Badge tone={tone === "soon" ? "danger" : "warning"}>
          {t("hosts.expiry.daysLeft", { days })}
        </Badge>
      )}
    </span>
  );
}
