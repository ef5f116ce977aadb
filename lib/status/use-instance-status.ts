"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { applyStatusEvent, INITIAL_STATE, markDisconnected, type StatusState, type StatusView, type Watched } from "./status-store";
import { encodeWatch, INSTANCE_ID_RE, MAX_STREAM_IDS, type StatusEvent } from "./types";

export type { StatusHealth, StatusView } from "./status-store";
export type { LiveStatus } from "./types";

/** No event and no ping (sent every 15 s) for this long: the stream is dead even if the socket is not. */
const WATCHDOG_MS = 45_000;
/** A hidden tab lets go of its stream after this long: it frees one of the browser's 6 connections per host. */
const HIDDEN_RELEASE_MS = 30_000;
const MAX_RETRY_MS = 30_000;
/** A reconnect quicker than this (the server ends streams every 5 min on purpose) is not worth a "stale" flash. */
const STALE_AFTER_MS = 5_000;
/** Nothing to watch: nothing to wait for. */
const IDLE_VIEW: StatusView = { byId: new Map(), health: { state: "live" } };

/**
 * Live status of `ids` in one region (at most 1000, e.g. the rows on screen) from GET /api/status. See
 * useFleetInstanceStatus for rows from several regions.
 */
export function useInstanceStatus(accountId: string, region: string, ids: string[]): StatusView {
  const byRegion = useMemo(() => ({ [region]: ids }), [region, ids]);
  return useFleetInstanceStatus(accountId, byRegion);
}

/** `{region: "id,id", …}` sorted and capped: the identity of what a stream watches. */
function watchKey(idsByRegion: Readonly<Record<string, readonly string[]>>): string {
  let budget = MAX_STREAM_IDS;
  const parts: string[] = [];
  for (const region of Object.keys(idsByRegion).sort()) {
    const ids = [...new Set(idsByRegion[region])].filter((id) => INSTANCE_ID_RE.test(id)).sort().slice(0, budget);
    budget -= ids.length;
    if (ids.length) parts.push(`${region}=${ids.join(",")}`);
  }
  return parts.join("|");
}

/**
 * Live status of instances in several regions over ONE EventSource (browsers allow 6 connections per host; a
 * stream per region would use them up). State lives here, outside the rows it updates: an update never remounts
 * a row, closes a menu or clears a selection. `byId` changes identity only when an instance changed, and each
 * LiveStatus keeps its identity until it changes, so memoised rows skip re-rendering. Reconnects (network, server
 * restart, id changes) resume from the last event id; the server replays the polls missed meanwhile.
 */
export function useFleetInstanceStatus(accountId: string, idsByRegion: Readonly<Record<string, readonly string[]>>): StatusView {
  const key = useMemo(() => watchKey(idsByRegion), [idsByRegion]);
  const [state, setState] = useState<{ account: string; state: StatusState }>({ account: accountId, state: INITIAL_STATE });
  const lastEventId = useRef<string | null>(null);

  useEffect(() => {
    if (!accountId || !key) return;
    const byRegion = new Map(key.split("|").map((part) => [part.split("=")[0]!, part.split("=")[1]!.split(",")] as const));
    const watched: Watched = { ids: new Set([...byRegion.values()].flat()), regions: [...byRegion.keys()] };
    const update = (fn: (v: StatusState) => StatusState) =>
      setState((s) => {
        const base = s.account === accountId ? s.state : INITIAL_STATE;
        const next = fn(base);
        return next === base && s.account === accountId ? s : { account: accountId, state: next };
      });
    let es: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    let staleTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let skewMs = 0;

    const disconnect = () => {
      es?.close();
      es = null;
      clearTimeout(watchdog);
      clearTimeout(retryTimer);
      clearTimeout(staleTimer);
      staleTimer = undefined;
    };
    const markStaleSoon = () => {
      staleTimer ??= setTimeout(() => update((v) => markDisconnected(v, "connection")), STALE_AFTER_MS);
    };
    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        update((v) => markDisconnected(v, "connection"));
        disconnect();
        connect();
      }, WATCHDOG_MS);
    };
    const connect = () => {
      const since = lastEventId.current ? `&since=${encodeURIComponent(lastEventId.current)}` : "";
      const source = new EventSource(`/api/status?account=${encodeURIComponent(accountId)}&${encodeWatch(byRegion)}${since}`);
      es = source;
      armWatchdog();
      source.onmessage = (m: MessageEvent<string>) => {
        failures = 0;
        clearTimeout(staleTimer);
        staleTimer = undefined;
        if (m.lastEventId) lastEventId.current = m.lastEventId;
        const ev = JSON.parse(m.data) as StatusEvent;
        if (!ev.replay) skewMs = ev.at - Date.now();
        update((v) => applyStatusEvent(v, ev, watched, skewMs));
        armWatchdog();
      };
      source.addEventListener("ping", armWatchdog);
      source.onerror = () => {
        markStaleSoon();
        // CONNECTING: the browser retries by itself (with Last-Event-ID). CLOSED: it gave up (an HTTP error such
        // as 401, 429 or 502): retry ourselves, backing off.
        if (source.readyState !== EventSource.CLOSED) return;
        source.close();
        es = null;
        clearTimeout(watchdog);
        failures += 1;
        retryTimer = setTimeout(connect, Math.min(MAX_RETRY_MS, 1_000 * 2 ** failures));
      };
    };
    const onVisibility = () => {
      clearTimeout(hiddenTimer);
      if (document.visibilityState === "hidden") {
        hiddenTimer = setTimeout(() => {
          disconnect();
          update((v) => markDisconnected(v, "paused"));
        }, HIDDEN_RELEASE_MS);
      } else if (!es) {
        clearTimeout(retryTimer);
        connect();
      }
    };

    connect();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      clearTimeout(hiddenTimer);
      disconnect();
    };
  }, [accountId, key]);

  if (!accountId || !key) return IDLE_VIEW;
  return state.account === accountId ? state.state : INITIAL_STATE;
}
