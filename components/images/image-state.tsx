"use client";

import { useT } from "@/lib/i18n/provider";
import { isBusy, isFailed } from "@/lib/images/rules";
import type { MessageKey } from "@/lib/i18n/translate";
import { Badge } from "@/components/ui/badge";

const KNOWN = ["CREATING", "NORMAL", "CREATEFAILED", "SYNCING", "IMPORTING", "IMPORTFAILED"] as const;

export function useImageStateLabel() {
  const t = useT();
  return (state: string) => ((KNOWN as readonly string[]).includes(state) ? t(`images.state.${state}` as MessageKey) : state || t("common.unknown"));
}

/**
 * An image's state: green when usable, pulsing while work is in flight (a copy shows its SyncPercent, seed 36844,
 * as a bar), red when it failed. `data-state` lets tests and scripts wait for NORMAL.
 */
export function ImageStateBadge({ state, syncPercent, deprecated }: { state: string; syncPercent: number | null; deprecated?: boolean }) {
  const t = useT();
  const label = useImageStateLabel();
  const busy = isBusy(state);
  return (
    <span className="inline-flex items-center gap-1.5" data-testid="image-state" data-state={state}>
      <Badge tone={state === "NORMAL" ? "success" : isFailed(state) ? "danger" : busy ? "accent" : "neutral"} dot className={busy ? "[&>span]:animate-pulse" : undefined}>
        {label(state)}
        {state === "SYNCING" && syncPercent !== null && <span className="tabular-nums">{syncPercent}%</span>}
      </Badge>
      {state === "SYNCING" && syncPercent !== null && (
        <span aria-hidden className="h-1 w-12 overflow-hidden rounded-full bg-subtle">
          <span className="block h-full bg-accent transition-[width] duration-700" style={{ width: `${syncPercent}%` }} />
        </span>
      )}
      {deprecated && (
        <Badge tone="warning" title={t("images.deprecatedHint")} data-testid="image-deprecated">
          {t("images.deprecated")}
        </Badge>
      )}
    </span>
  );
}
