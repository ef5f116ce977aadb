"use client";

import type { Translate } from "@/lib/i18n/translate";
import type { LiveStatus } from "@/lib/status/types";
import { stateCellClass, stateLabel } from "@/components/instances/state-badge";

/** Id (mono) and name of an instance, one line each way. */
export function InstanceCell({ id, name }: { id: string; name?: string }) {
  return (
    <span className="flex min-w-0 flex-col leading-tight">
      <span className="font-mono text-xs">{id}</span>
      {name && <span className="truncate text-xs text-muted">{name}</span>}
    </span>
  );
}

/** The live state if the stream has one, else what the row said. */
export function StateCell({ t, live, fallback }: { t: Translate; live: LiveStatus | undefined; fallback?: string }) {
  const state = live ? live.InstanceState : fallback;
  return (
    <span className={stateCellClass(state)} data-testid="op-live-state" data-state={state === null ? "RELEASED" : (state ?? "")}>
      {stateLabel(t, state)}
    </span>
  );
}
