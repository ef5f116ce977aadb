import type { LiveStatus, PollerHealth, StatusEvent } from "./types";

/** What the page shows about the stream as a whole. */
export interface StatusHealth {
  /** connecting: nothing received yet; live: polling works; stale: showing the last known state. */
  state: "live" | "stale" | "connecting";
  /** Why it is stale: a Tencent / ClientXxx code from the poller, or "connection" / "paused" from the browser. */
  reason?: string;
  /** The server's user-facing message for a poller failure. */
  message?: string;
  /** Browser-clock epoch ms of the last poll that confirmed every watched instance (the oldest over regions). */
  asOf?: number;
}

export interface StatusView {
  byId: ReadonlyMap<string, LiveStatus>;
  health: StatusHealth;
}

/** The hook's state: the view plus each region's own health (one stream may carry several regions). */
export interface StatusState extends StatusView {
  regions: ReadonlyMap<string, StatusHealth>;
}

/** What one stream watches. */
export interface Watched {
  ids: ReadonlySet<string>;
  regions: readonly string[];
}

export const INITIAL_STATE: StatusState = { byId: new Map(), health: { state: "connecting" }, regions: new Map() };

function healthOf(h: PollerHealth, skewMs: number): StatusHealth {
  const asOf = h.lastSuccessAt === null ? undefined : h.lastSuccessAt - skewMs;
  return h.state === "ok" ? { state: "live", asOf } : { state: "stale", reason: h.reason, message: h.message, asOf };
}

const sameHealth = (a: StatusHealth, b: StatusHealth) =>
  a.state === b.state && a.reason === b.reason && a.message === b.message && a.asOf === b.asOf;

const RANK: Record<StatusHealth["state"], number> = { live: 0, connecting: 1, stale: 2 };

/** The page's health over its regions: the worst state (a region not heard from yet is connecting), the oldest time. */
export function combineHealth(regions: ReadonlyMap<string, StatusHealth>, expected: readonly string[]): StatusHealth {
  const all = expected.map((r) => regions.get(r) ?? { state: "connecting" as const });
  if (all.length === 0) return { state: "live" };
  const worst = all.reduce((a, b) => (RANK[b.state] > RANK[a.state] ? b : a));
  const times = all.map((h) => h.asOf);
  const asOf = times.every((v): v is number => v !== undefined) ? Math.min(...times) : undefined;
  return { ...worst, asOf };
}

/**
 * Applies one SSE event. Unchanged parts keep their identity (the same Map, the same LiveStatus objects), so a
 * poll that changed nothing re-renders nothing but the freshness, and rows re-render only when their own
 * instance changed. `skewMs` (server clock − browser clock) moves server times onto the browser's clock.
 */
export function applyStatusEvent(state: StatusState, ev: StatusEvent, watched: Watched, skewMs = 0): StatusState {
  let byId = state.byId;
  const entries = Object.entries(ev.statuses).filter(([id]) => watched.ids.has(id));
  if (ev.kind === "snapshot") {
    // Keep what we had for ids still watched (the snapshot lacks ids the poller has not seen yet); drop the rest.
    const next = new Map<string, LiveStatus>();
    for (const [id, s] of state.byId) if (watched.ids.has(id)) next.set(id, s);
    for (const [id, s] of entries) next.set(id, shift(s, skewMs));
    byId = next.size === state.byId.size && entries.length === 0 ? state.byId : next;
  } else if (entries.length > 0) {
    const next = new Map(state.byId);
    for (const [id, s] of entries) next.set(id, shift(s, skewMs));
    byId = next;
  }
  const fresh = healthOf(ev.health, skewMs);
  const old = state.regions.get(ev.region);
  let regions = state.regions;
  if (!old || !sameHealth(old, fresh) || regions.size !== watched.regions.length) {
    const next = new Map<string, StatusHealth>();
    for (const r of watched.regions) {
      const h = r === ev.region ? fresh : state.regions.get(r);
      if (h) next.set(r, h);
    }
    regions = next;
  }
  const combined = combineHealth(regions, watched.regions);
  const health = sameHealth(combined, state.health) ? state.health : combined;
  return byId === state.byId && health === state.health && regions === state.regions ? state : { byId, health, regions };
}

const shift = (s: LiveStatus, skewMs: number): LiveStatus => (skewMs === 0 ? s : { ...s, asOf: s.asOf - skewMs });

/** The browser lost the stream (or paused it): keep every value, say why it may be old. */
export function markDisconnected(state: StatusState, reason: "connection" | "paused"): StatusState {
  if (state.health.state === "connecting" && state.byId.size === 0) return state;
  if (state.health.state === "stale" && state.health.reason === reason) return state;
  return { ...state, health: { state: "stale", reason, asOf: state.health.asOf } };
}
