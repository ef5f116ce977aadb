// Helpers for the instance-change contract tests: instances are bought with RunInstances through the official
// SDK on the lifecycle harness (faked Date, realistic durations), then moved to the state a test needs.
import type { Instance, RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { expect } from "vitest";
import { minimalLaunch, type LifecycleHarness } from "../instances/lifecycle.testing";
import { sdkClient, type CvmClient } from "../../testing";

/** Longer than any transition (RunInstances takes 20–40 s, the changes up to 40 s). */
export const SETTLE_MS = 61_000;

/** A client for another region of the same emulator (e.g. ap-shanghai, where legacy local-disk types are sold). */
export function regionClient(h: LifecycleHarness, region: string): CvmClient {
  return sdkClient(h.emu.url, { region });
}

/** Buys instances and waits until they are RUNNING; returns their ids. */
export async function launchRunning(h: LifecycleHarness, extra: Partial<RunInstancesRequest> = {}, client: CvmClient = h.client): Promise<string[]> {
  const { InstanceIdSet } = await client.RunInstances(minimalLaunch(extra));
  h.elapse(SETTLE_MS);
  return InstanceIdSet!;
}

/** Buys one instance and shuts it down; returns its id once STOPPED. */
export async function launchStopped(h: LifecycleHarness, extra: Partial<RunInstancesRequest> = {}, client: CvmClient = h.client): Promise<string> {
  const [id] = await launchRunning(h, extra, client);
  await client.StopInstances({ InstanceIds: [id] });
  h.elapse(SETTLE_MS);
  expect((await describe(client, id)).InstanceState).toBe("STOPPED");
  return id;
}

/** One instance as DescribeInstances shows it. */
export async function describe(client: CvmClient, id: string): Promise<Instance> {
  const res = await client.DescribeInstances({ InstanceIds: [id] });
  expect(res.InstanceSet, `instance ${id}`).toHaveLength(1);
  return res.InstanceSet![0];
}

/** A PREPAID purchase of `period` months. */
export const prepaid = (period = 1): Partial<RunInstancesRequest> => ({ InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: period } });
