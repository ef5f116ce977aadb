import type { Store } from "../store";

// How long instance transitions take. Realistic by default (Moto's instant transitions are the complaint we
// must not repeat); `instant` for fast tests; `describes` holds every transition until it has been seen by N
// DescribeInstances/DescribeInstancesStatus calls (for polling UIs). Set with POST /_emulator/speed or the env
// EMULATOR_SPEED ("realistic" | "instant" | "describes:3" | "realistic:0.1" for a tenth of the time).

export type SpeedMode = "realistic" | "instant" | "describes";

export interface SpeedSetting {
  mode: SpeedMode;
  /** realistic: multiply every duration (0.1 = ten times faster). Default 1. */
  factor?: number;
  /** describes: how many describe calls a transition waits for. Default 2. */
  describes?: number;
  /** realistic: per-operation durations in ms that replace the defaults. */
  overridesMs?: Record<string, number>;
}

/** Realistic durations of the operations (ms); RunInstances picks a per-instance value in its range. */
export const DEFAULT_DURATIONS_MS: Record<string, number | [number, number]> = {
  RunInstances: [20_000, 40_000],
  StartInstances: 8_000,
  StopInstances: 10_000,
  RebootInstances: 15_000,
  TerminateInstances: 5_000,
};
/** For operations without an entry (other engineers' actions, e.g. ResetInstance). */
export const FALLBACK_DURATION_MS = 10_000;

const SETTINGS_SCOPE = { account: "_emulator", region: "" };
const SETTINGS_KIND = "settings";
const SPEED_ID = "speed";

/** Parses `EMULATOR_SPEED` or a JSON body; returns the setting or a message saying what is wrong. */
export function parseSpeed(input: unknown): SpeedSetting | string {
  if (typeof input === "string") return parseSpeedString(input);
  if (typeof input !== "object" || input === null || Array.isArray(input)) return "expected an object or a string";
  const o = input as Record<string, unknown>;
  if (o.mode !== "realistic" && o.mode !== "instant" && o.mode !== "describes") return "mode: expected realistic, instant or describes";
  const setting: SpeedSetting = { mode: o.mode };
  if (o.factor !== undefined) {
    if (typeof o.factor !== "number" || !(o.factor > 0 && o.factor <= 100)) return "factor: expected a number above 0 and at most 100";
    setting.factor = o.factor;
  }
  if (o.describes !== undefined) {
    if (typeof o.describes !== "number" || !Number.isInteger(o.describes) || o.describes < 0 || o.describes > 1000) {
      return "describes: expected an integer from 0 to 1000";
    }
    setting.describes = o.describes;
  }
  if (o.overridesMs !== undefined) {
    if (typeof o.overridesMs !== "object" || o.overridesMs === null) return "overridesMs: expected {Action: ms}";
    const overrides: Record<string, number> = {};
    for (const [k, v] of Object.entries(o.overridesMs)) {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 86_400_000) return `overridesMs.${k}: expected ms from 0 to 86400000`;
      overrides[k] = v;
    }
    setting.overridesMs = overrides;
  }
  return setting;
}

function parseSpeedString(text: string): SpeedSetting | string {
  const [mode, arg] = text.trim().split(":");
  if (mode === "instant") return { mode: "instant" };
  if (mode === "describes") return parseSpeed({ mode, describes: arg === undefined ? 2 : Number(arg) });
  if (mode === "realistic") return parseSpeed({ mode, ...(arg === undefined ? {} : { factor: Number(arg) }) });
  return `expected realistic[:factor], instant or describes[:n], got ${JSON.stringify(text)}`;
}

/** The env default (EMULATOR_SPEED), else realistic. A malformed value fails loudly at first use. */
export function defaultSpeed(): SpeedSetting {
  const env = process.env.EMULATOR_SPEED;
  if (!env) return { mode: "realistic" };
  const parsed = parseSpeed(env);
  if (typeof parsed === "string") throw new Error(`EMULATOR_SPEED: ${parsed}`);
  return parsed;
}

/** The current setting: persisted in the store (so it survives a restart; /_emulator/reset restores the default). */
export function getSpeed(store: Store): SpeedSetting {
  return store.get<SpeedSetting>(SETTINGS_SCOPE, SETTINGS_KIND, SPEED_ID) ?? defaultSpeed();
}

export function setSpeed(store: Store, setting: SpeedSetting): void {
  store.put(SETTINGS_SCOPE, SETTINGS_KIND, SPEED_ID, setting);
}

/** When a transition is due: after `ms` on the clock, and (describes mode) after `describesLeft` describe calls. */
export interface TransitionTiming {
  ms: number;
  describesLeft?: number;
}

/**
 * The timing of one operation on one instance. `key` (e.g. the InstanceId) spreads RunInstances over its range
 * deterministically. An explicit `durationMs` (from the caller) wins in realistic mode.
 */
export function transitionTiming(store: Store, operation: string, key: string, durationMs?: number): TransitionTiming {
  const speed = getSpeed(store);
  if (speed.mode === "instant") return { ms: 0 };
  if (speed.mode === "describes") return { ms: 0, describesLeft: speed.describes ?? 2 };
  const base = durationMs ?? speed.overridesMs?.[operation] ?? pick(DEFAULT_DURATIONS_MS[operation] ?? FALLBACK_DURATION_MS, key);
  return { ms: Math.round(base * (speed.factor ?? 1)) };
}

function pick(d: number | [number, number], key: string): number {
  if (typeof d === "number") return d;
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return d[0] + ((h >>> 0) % (d[1] - d[0] + 1));
}
