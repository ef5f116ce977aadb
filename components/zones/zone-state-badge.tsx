"use client";

import { useT } from "@/lib/i18n/provider";
import { Badge } from "@/components/ui/badge";

/** ZoneState as Tencent reports it (AVAILABLE | UNAVAILABLE); anything else is shown as sent. */
export function ZoneStateBadge({ state }: { state: string }) {
  const t = useT();
  if (state === "AVAILABLE") return <Badge tone="success" dot>{t("zones.state.AVAILABLE")}</Badge>;
  if (state === "UNAVAILABLE") return <Badge tone="danger" dot>{t("zones.state.UNAVAILABLE")}</Badge>;
  return <Badge dot>{state || t("common.unknown")}</Badge>;
}
