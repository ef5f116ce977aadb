// How long image work takes: realistic by default, and following the emulator's speed setting (POST /_emulator/speed,
// EMULATOR_SPEED) like instance transitions: `instant`, `describes:n` (held until n DescribeImages calls saw it),
// `realistic:factor`, and per-operation `overridesMs` (e.g. {"CreateImage": 5000}).
import { getSpeed, transitionTiming, type TransitionTiming } from "../instances/durations";
import type { Store } from "../store";
import type { ImagePending } from "./record";

/** Realistic durations (ms). Not in the seed: a system-disk image takes about a minute, a cross-region copy a few. */
export const IMAGE_DURATIONS_MS = {
  CreateImage: 60_000,
  SyncImages: 180_000,
  ImportImage: 300_000,
  ExportImages: 240_000,
  ConvertOperatingSystems: 600_000,
} as const;
export type ImageOperation = keyof typeof IMAGE_DURATIONS_MS;

/** The timing of one piece of image work; `key` is the image id (it only spreads ranged defaults). */
export function imageTiming(store: Store, operation: ImageOperation, key: string): TransitionTiming {
  const speed = getSpeed(store);
  return transitionTiming(store, operation, key, speed.overridesMs?.[operation] ?? IMAGE_DURATIONS_MS[operation]);
}

/** A pending state change starting now, for an image record. */
export function schedule(store: Store, now: number, operation: ImagePending["operation"], to: ImagePending["to"], key: string): ImagePending {
  const t = imageTiming(store, operation, key);
  return { operation, to, startedAt: now, at: now + t.ms, ...(t.describesLeft ? { describesLeft: t.describesLeft } : {}) };
}

/** Progress 0–99 of pending work (SyncPercent of a copy in flight, seed 36844). */
export function progressPercent(p: Readonly<ImagePending>, now: number): number {
  if (p.at <= p.startedAt) return 99;
  return Math.max(0, Math.min(99, Math.floor(((now - p.startedAt) / (p.at - p.startedAt)) * 100)));
}
