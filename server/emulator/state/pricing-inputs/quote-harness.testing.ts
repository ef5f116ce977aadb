// Test support only (never imported by runtime code): a fresh emulator for the instance-based inquiries, with
// instances bought through the official SDK and time that moves for the emulator and the SDK alike.
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { setSpeed, type SpeedSetting } from "../instances/durations";
import { minimalLaunch, startHarness, type LifecycleHarness } from "../instances/lifecycle.testing";
import { sdkClient, type CvmClient } from "../../testing";

export interface QuoteHarness extends LifecycleHarness {
  /** An SDK client for a region (default ap-guangzhou). The rate limiter is reset first: these tests are not about it. */
  sdk(region?: string): CvmClient;
  /** Buys one instance (default: the smallest launch in ap-guangzhou-3) and returns its id. */
  launch(req?: Partial<RunInstancesRequest>, region?: string): Promise<string>;
  speed(setting: SpeedSetting): void;
}

export async function startQuoteHarness(): Promise<QuoteHarness> {
  const h = await startHarness({ mode: "instant" });
  const sdk = (region = "ap-guangzhou") => {
    h.emu.runtime.limiter.reset();
    return sdkClient(h.emu.url, { region });
  };
  return {
    ...h,
    sdk,
    launch: async (req = {}, region) => (await sdk(region).RunInstances({ ...minimalLaunch(), ...req })).InstanceIdSet![0],
    speed: (setting) => setSpeed(h.emu.runtime.store, setting),
  };
}

/** Whole fen of a yuan amount, for exact money comparisons. */
export const fen = (yuan: number | undefined) => Math.round((yuan ?? NaN) * 100);
