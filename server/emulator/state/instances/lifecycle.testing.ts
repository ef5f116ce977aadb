// Helpers for the instance lifecycle contract tests: the official SDK against a fresh emulator whose clock is
// the (faked) system clock, so that moving time moves both the emulator and the SDK's signing timestamps.
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { vi } from "vitest";
import { startEmulator, type RunningEmulator } from "../../server";
import { sdkClient, type CvmClient } from "../../testing";
import { setSpeed, type SpeedSetting } from "./durations";
import type { InstanceCtx } from "./repo";

export interface LifecycleHarness {
  emu: RunningEmulator;
  client: CvmClient;
  /** The demo account's ap-guangzhou scope, for looking behind the API. */
  ctx: InstanceCtx;
  /** Moves time forward for the emulator and the SDK alike. */
  elapse(ms: number): void;
  close(): Promise<void>;
}

/**
 * A fresh emulator (in memory, or on `dbPath`) with the given transition speed. Date is faked (still flowing in
 * real time) so that `elapse` can jump hours without signatures expiring.
 */
let openHarnesses = 0;

export async function startHarness(speed: SpeedSetting = { mode: "realistic" }, dbPath?: string): Promise<LifecycleHarness> {
  // One faked Date for all harnesses of a file, so time never runs backwards between them.
  if (openHarnesses++ === 0) vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  const emu = await startEmulator({ port: 0, ...(dbPath ? { dbPath } : {}) });
  setSpeed(emu.runtime.store, speed);
  return {
    emu,
    client: sdkClient(emu.url),
    ctx: { store: emu.runtime.store, clock: emu.runtime.clock, scope: { account: "100000000001", region: "ap-guangzhou" } },
    elapse: (ms) => vi.setSystemTime(Date.now() + ms),
    close: async () => {
      await emu.close();
      if (--openHarnesses === 0) vi.useRealTimers();
    },
  };
}

/** The smallest valid launch (the seed's "最简单参数的购买", seed 9205–9225), in ap-guangzhou-3. */
export function minimalLaunch(extra: Partial<RunInstancesRequest> = {}): RunInstancesRequest {
  return { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", ...extra };
}

/** Launches one instance and returns its id. */
export async function launchOne(h: LifecycleHarness, extra: Partial<RunInstancesRequest> = {}): Promise<string> {
  const res = await h.client.RunInstances(minimalLaunch(extra));
  return res.InstanceIdSet![0];
}

/** The instance as DescribeInstances shows it (undefined once it is gone). */
export async function describeOne(h: LifecycleHarness, id: string) {
  return (await h.client.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0];
}

export async function stateOf(h: LifecycleHarness, id: string): Promise<string | undefined> {
  return (await describeOne(h, id))?.InstanceState;
}

/** Long enough for any realistic transition (RunInstances takes at most 40 s). */
export const SETTLE_MS = 60_000;
