// The live-status wire format shared by the server poller (server/status), the SSE route (app/api/status) and
// the browser hook (use-instance-status.ts). Field names keep Tencent's spelling (STYLE: wire types).
import { TRANSITIONAL_STATES } from "@/lib/instances/states";

/** One instance as the poller last saw it. */
export interface LiveStatus {
  /** seed 37340–37388 states; null when the instance no longer exists (terminated and released). */
  InstanceState: string | null;
  LatestOperation: string | null;
  /** seed 37113: SUCCESS | OPERATING | FAILED. */
  LatestOperationState: string | null;
  LatestOperationErrorMsg: string | null;
  /** Epoch ms when these values were first observed. Later successful polls confirm them: see freshnessOf. */
  asOf: number;
}

/** How the shared poller of an (account, region) is doing. */
export interface PollerHealth {
  state: "ok" | "degraded";
  /** Why it is degraded: a Tencent code, or ClientCircuitOpen / ClientNetworkError / … from server/cvm. */
  reason?: string;
  /** A message safe to show (toUserError's). */
  message?: string;
  /** Epoch ms of the last poll that confirmed every watched instance; null before the first one. */
  lastSuccessAt: number | null;
}

/**
 * The data of every SSE event. `snapshot` (on connect): every known watched instance. `change` (each poll, and
 * each replayed poll on resume): only the instances that changed in that poll, possibly none.
 */
export interface StatusEvent {
  kind: "snapshot" | "change";
  /** The region whose poller this event comes from (one stream may carry several regions). */
  region: string;
  /** Epoch ms of the poll (or of the snapshot). */
  at: number;
  statuses: Record<string, LiveStatus>;
  health: PollerHealth;
  /** True on a replayed poll (a reconnect catching up), so clients can tell history from now. */
  replay?: boolean;
}

/** Busy: in a transitional state or with an operation still running (LatestOperationState OPERATING). */
export function isBusy(s: Pick<LiveStatus, "InstanceState" | "LatestOperationState"> | undefined): boolean {
  return !!s && ((s.InstanceState !== null && TRANSITIONAL_STATES.has(s.InstanceState)) || s.LatestOperationState === "OPERATING");
}

/** Same values (asOf aside). */
export function sameStatus(a: LiveStatus, b: Omit<LiveStatus, "asOf">): boolean {
  return (
    a.InstanceState === b.InstanceState &&
    a.LatestOperation === b.LatestOperation &&
    a.LatestOperationState === b.LatestOperationState &&
    a.LatestOperationErrorMsg === b.LatestOperationErrorMsg
  );
}

/**
 * How fresh one instance's values are: observed at `status.asOf`, and confirmed by every fully successful poll
 * since (`lastSuccessAt`). Never claims more than was confirmed: a partly failed poll advances neither.
 */
export function freshnessOf(status: LiveStatus | undefined, lastSuccessAt: number | null | undefined): number | undefined {
  const values = [status?.asOf, lastSuccessAt ?? undefined].filter((v): v is number => typeof v === "number");
  return values.length ? Math.max(...values) : undefined;
}

/** seed 10925: `ins-` + 8 of [a-z0-9]. */
export const INSTANCE_ID_RE = /^ins-[a-z0-9]{8}$/;
/** Most ids one stream may watch (keeps the GET URL under 10 kB; a table shows far fewer at once). */
export const MAX_STREAM_IDS = 1000;

/** Ids go on the URL without their `ins-` prefix: 9 bytes each instead of 13. */
export function encodeIds(ids: readonly string[]): string {
  return ids.map((id) => (id.startsWith("ins-") ? id.slice(4) : id)).join(",");
}

export function decodeIds(param: string | null): string[] {
  if (!param) return [];
  return [...new Set(param.split(",").filter(Boolean).map((s) => (s.startsWith("ins-") ? s : `ins-${s}`)))];
}

/** The stream's query for several regions at once: `w=<region>:<ids>&w=…` (one EventSource for all of them). */
export function encodeWatch(idsByRegion: ReadonlyMap<string, readonly string[]>): string {
  return [...idsByRegion].map(([region, ids]) => `w=${encodeURIComponent(region)}:${encodeIds(ids)}`).join("&");
}

/**
 * Reads `w=<region>:<ids>` params (or the single-region `region` + `ids`) into ids per region. Returns "badIds"
 * unless there are 1 to MAX_STREAM_IDS well-formed ids in all; region ids are for the caller to validate.
 */
export function parseWatchParams(w: readonly string[], region: string, ids: string | null): Map<string, string[]> | "badIds" {
  const entries = w.length > 0 ? w.map((p) => [p.slice(0, p.indexOf(":")), p.slice(p.indexOf(":") + 1)] as const) : [[region, ids ?? ""] as const];
  const out = new Map<string, string[]>();
  let total = 0;
  for (const [r, list] of entries) {
    if (!r) return "badIds";
    const decoded = decodeIds(list);
    if (!decoded.every((id) => INSTANCE_ID_RE.test(id))) return "badIds";
    const merged = [...new Set([...(out.get(r) ?? []), ...decoded])];
    total += merged.length - (out.get(r)?.length ?? 0);
    if (merged.length) out.set(r, merged);
  }
  return total === 0 || total > MAX_STREAM_IDS ? "badIds" : out;
}
