// Transitions of the resources of this folder and of chc/, hpc/, repair/ (a host being created, a CHC server
// being configured, a repair task being processed): scheduled on the emulator clock and landed lazily when the
// resource is next read, as instances are (state/instances/repo.ts). Their speed follows /_emulator/speed like
// the instance transitions: realistic (with per-operation `overridesMs`), instant, or "after N describes".
import { getSpeed, transitionTiming } from "../instances/durations";
import type { Store } from "../store";

export interface ScheduledTransition<S extends string = string> {
  /** The action that started it (becomes LatestOperation where the resource has one). */
  operation: string;
  to: S;
  /** Due time, ms on the emulator clock. */
  at: number;
  /** "After N describes" mode: also wait for this many Describe* calls that could show it. */
  describesLeft?: number;
}

/**
 * When an operation that realistically takes `defaultMs` lands: `overridesMs[operation]` replaces the default, the
 * speed factor applies, `instant` makes it due now and `describes` holds it for N describes.
 */
export function schedule<S extends string>(store: Store, now: number, operation: string, to: S, key: string, defaultMs: number): ScheduledTransition<S> {
  const ms = getSpeed(store).overridesMs?.[operation] ?? defaultMs;
  const timing = transitionTiming(store, operation, key, ms);
  return { operation, to, at: now + timing.ms, ...(timing.describesLeft ? { describesLeft: timing.describesLeft } : {}) };
}

export function isDue(p: ScheduledTransition | undefined, now: number): p is ScheduledTransition {
  return p !== undefined && now >= p.at && (p.describesLeft ?? 0) <= 0;
}

/** A describe saw the resource: one fewer describe to wait for. Returns whether anything changed. */
export function countDescribe(p: ScheduledTransition | undefined): boolean {
  if (!p || (p.describesLeft ?? 0) <= 0) return false;
  p.describesLeft! -= 1;
  return true;
}
