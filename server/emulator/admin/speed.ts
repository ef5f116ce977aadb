import type { EmulatorRuntime } from "../runtime";
import { getSpeed, parseSpeed, setSpeed } from "../state/instances/durations";
import type { AdminResult } from "./endpoints";

/**
 * GET|POST /_emulator/speed: how long instance transitions take. Body {mode: "realistic", factor?, overridesMs?}
 * | {mode: "instant"} | {mode: "describes", describes?: n}, or the EMULATOR_SPEED string form ("describes:3").
 * Persisted with the state; /_emulator/reset restores the default (EMULATOR_SPEED, else realistic).
 */
export function speed(rt: EmulatorRuntime, method: string, body: unknown): AdminResult {
  if (method === "POST") {
    const parsed = parseSpeed(body);
    if (typeof parsed === "string") return { status: 400, body: { error: parsed } };
    setSpeed(rt.store, parsed);
  }
  return { status: 200, body: getSpeed(rt.store) };
}
