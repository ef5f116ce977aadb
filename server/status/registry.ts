import "server-only";
import { DEFAULT_POLLER_OPTIONS, StatusPoller, type PollerOptions } from "./poller";
import { cvmStatusUpstream } from "./upstream";

// One poller per (cloud account, region) per process, on globalThis so Next's dev-mode module reloads reuse it
// instead of starting a second loop. Pollers are cheap when idle (no timer, no ids), so they are kept.
const globalKey = Symbol.for("cvm-console.statusPollers");
const pollers: Map<string, StatusPoller> = ((globalThis as Record<symbol, unknown>)[globalKey] ??= new Map()) as Map<
  string,
  StatusPoller
>;

/** STATUS_FAST_MS / STATUS_SLOW_MS override the intervals (the benchmark shortens the slow one). */
function optionsFromEnv(): Partial<PollerOptions> {
  const ms = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isInteger(v) && v >= 500 ? v : fallback;
  };
  return { fastMs: ms("STATUS_FAST_MS", DEFAULT_POLLER_OPTIONS.fastMs), slowMs: ms("STATUS_SLOW_MS", DEFAULT_POLLER_OPTIONS.slowMs) };
}

export function getStatusPoller(accountId: string, region: string): StatusPoller {
  const key = `${accountId}\u0000${region}`;
  let poller = pollers.get(key);
  // In `next dev`, an edit to the poller's code reloads its class; a poller built from the old class is replaced
  // (its streams' watchdogs reconnect them) instead of serving stale code.
  if (poller && !(poller instanceof StatusPoller)) {
    (poller as { dispose?: () => void }).dispose?.();
    poller = undefined;
  }
  if (!poller) {
    poller = new StatusPoller(cvmStatusUpstream(accountId, region), optionsFromEnv());
    pollers.set(key, poller);
  }
  return poller;
}

/**
 * For instance actions (Start/Stop/Reboot/Terminate/Reset…): after a successful call, tell the poller so the
 * affected rows switch to fast polling at once and their LatestOperation is re-read. No-op when nobody watches.
 */
export function notifyInstancesChanged(accountId: string, region: string, instanceIds: readonly string[]): void {
  pollers.get(`${accountId}\u0000${region}`)?.nudge(instanceIds);
}

/** Tests; an account deleted. */
export function disposeStatusPollers(): void {
  for (const p of pollers.values()) p.dispose();
  pollers.clear();
}
