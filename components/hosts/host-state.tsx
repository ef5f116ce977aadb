"use client";

import { useT } from "@/lib/i18n/provider";
import { HOST_STATES } from "@/lib/hosts/types";
import type { MessageKey } from "@/lib/i18n/translate";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<string, BadgeTone> = { RUNNING: "success", PENDING: "accent", LAUNCH_FAILURE: "danger", EXPIRED: "warning" };

/** seed 22183: a CDH host's state; PENDING pulses while the host is delivered. */
export function HostStateBadge({ state }: { state: string }) {
  const t = useT();
  const known = (HOST_STATES as readonly string[]).includes(state);
  return (
    <Badge tone={TONE[state] ?? "neutral"} dot className={state === "PENDING" ? "[&>span]:animate-pulse" : undefined} data-testid="host-state" data-state={state}>
      {known ? t(`hosts.state.${state}` as MessageKey) : state || t("common.unknown")}
    </Badge>
  );
}
