// What becomes of a LAUNCH_FAILED instance (seed 8568, 37357), through the official SDK: TerminateInstances refuses it
// (seed 19386), it holds no quota, and the platform releases it LAUNCH_FAILED_RETENTION_MS after the failure (not in
// the seed: the emulator's product choice, state/instances/repo.ts), across a restart too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { setSpeed } from "../state/instances/durations";
import { describeOne, launchOne, minimalLaunch, startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { LAUNCH_FAILED_RETENTION_MS } from "../state/instances/repo";
import { setQuotaOverride } from "../state/quota";
import { errorCodeOf } from "../testing";

/** Every launch takes exactly this long, so the failure time is known. */
const LAUNCH_MS = 30_000;
const SPEED = { mode: "realistic", overridesMs: { RunInstances: LAUNCH_MS } } as const;

let h: LifecycleHarness;
const dir = mkdtempSync(join(tmpdir(), "cvm-launch-failed-"));
beforeAll(async () => {
  h = await startHarness(SPEED);
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  h.elapse(1_000);
  h.emu.runtime.faults.clear();
});

/** Launches one instance that will fail (in `zone`), returning its id and when the launch was asked for. */
async function launchFailing(on: LifecycleHarness, zone = "ap-guangzhou-3"): Promise<{ id: string; t0: number }> {
  on.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 1, latencyMs: 0, message: "no stock" });
  const t0 = Date.now();
  const id = await launchOne(on, { Placement: { Zone: zone } });
  on.emu.runtime.faults.clear("RunInstances");
  return { id, t0 };
}

/** Moves time to `t` (never back). */
const at = (on: LifecycleHarness, t: number) => on.elapse(Math.max(0, t - Date.now()));

it("LAUNCH_FAILED: listed with its error, TerminateInstances refuses it, and it is released an hour after it failed", async () => {
  const { id, t0 } = await launchFailing(h);
  at(h, t0 + LAUNCH_MS + 1_000);
  expect(await describeOne(h, id)).toMatchObject({ InstanceState: "LAUNCH_FAILED", LatestOperationState: "FAILED", LatestOperationErrorMsg: "no stock" });
  expect(await errorCodeOf(h.client.TerminateInstances({ InstanceIds: [id] }))).toBe("UnsupportedOperation.InstanceStateLaunchFailed");
  // Failed at t0 + LAUNCH_MS (the call itself took a few ms more): still there just before the hour is up.
  at(h, t0 + LAUNCH_MS + LAUNCH_FAILED_RETENTION_MS - 1_000);
  expect((await h.client.DescribeInstancesStatus({ InstanceIds: [id] })).InstanceStatusSet).toEqual([{ InstanceId: id, InstanceState: "LAUNCH_FAILED" }]);
  at(h, t0 + LAUNCH_MS + LAUNCH_FAILED_RETENTION_MS + 5_000);
  expect((await h.client.DescribeInstancesStatus({ InstanceIds: [id] })).InstanceStatusSet).toEqual([]);
  expect(await describeOne(h, id)).toBeUndefined();
  expect(await errorCodeOf(h.client.TerminateInstances({ InstanceIds: [id] }))).toBe("InvalidInstanceId.NotFound");
});

it("LAUNCH_FAILED: a RUNNING instance of the same launch stays; nothing else is released with the failed one", async () => {
  h.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 0.5, latencyMs: 0, seed: 7 });
  const t0 = Date.now();
  const ids = (await h.client.RunInstances(minimalLaunch({ InstanceCount: 6 }))).InstanceIdSet!;
  h.emu.runtime.faults.clear();
  at(h, t0 + LAUNCH_MS + 1_000);
  const states = (await h.client.DescribeInstancesStatus({ InstanceIds: ids })).InstanceStatusSet!;
  const failed = states.filter((s) => s.InstanceState === "LAUNCH_FAILED").map((s) => s.InstanceId);
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.length).toBeLessThan(ids.length);
  at(h, t0 + LAUNCH_MS + LAUNCH_FAILED_RETENTION_MS + 5_000);
  const left = (await h.client.DescribeInstancesStatus({ InstanceIds: ids })).InstanceStatusSet!;
  expect(left.map((s) => s.InstanceId).sort()).toEqual(ids.filter((i) => !failed.includes(i)).sort());
  expect(left.every((s) => s.InstanceState === "RUNNING")).toBe(true);
});

it("LAUNCH_FAILED holds no quota: while PENDING it counts, once failed DescribeAccountQuota shows it unused and the zone launches again", async () => {
  const zone = "ap-guangzhou-4";
  setQuotaOverride(h.emu.runtime.store, h.ctx.scope, zone, { postPaid: 1 });
  const quota = async () =>
    (await h.client.DescribeAccountQuota({ Filters: [{ Name: "zone", Values: [zone] }, { Name: "quota-type", Values: ["PostPaidQuotaSet"] }] })).AccountQuotaOverview!.AccountQuota!
      .PostPaidQuotaSet;
  const { id, t0 } = await launchFailing(h, zone);
  expect(await errorCodeOf(h.client.RunInstances(minimalLaunch({ Placement: { Zone: zone } })))).toBe("LimitExceeded.InstanceQuota");
  expect(await quota()).toEqual([{ Zone: zone, TotalQuota: 1, UsedQuota: 1, RemainingQuota: 0 }]);
  at(h, t0 + LAUNCH_MS + 1_000);
  expect((await describeOne(h, id)).InstanceState).toBe("LAUNCH_FAILED");
  expect(await quota()).toEqual([{ Zone: zone, TotalQuota: 1, UsedQuota: 0, RemainingQuota: 1 }]);
  expect((await h.client.RunInstances(minimalLaunch({ Placement: { Zone: zone } }))).InstanceIdSet).toHaveLength(1);
});

it("LAUNCH_FAILED after N describes (speed describes): the hour counts from the describe that showed the failure", async () => {
  setSpeed(h.emu.runtime.store, { mode: "describes", describes: 1 });
  try {
    const { id } = await launchFailing(h);
    expect((await describeOne(h, id)).InstanceState).toBe("PENDING");
    h.elapse(2 * LAUNCH_FAILED_RETENTION_MS);
    const seen = Date.now();
    expect((await describeOne(h, id)).InstanceState).toBe("LAUNCH_FAILED");
    at(h, seen + LAUNCH_FAILED_RETENTION_MS - 1_000);
    expect((await describeOne(h, id))?.InstanceState).toBe("LAUNCH_FAILED");
    at(h, seen + LAUNCH_FAILED_RETENTION_MS + 5_000);
    expect(await describeOne(h, id)).toBeUndefined();
  } finally {
    setSpeed(h.emu.runtime.store, SPEED);
  }
});

it("LAUNCH_FAILED persists: a restarted emulator on the same file still lists the failure, then releases it on time", async () => {
  const dbPath = join(dir, "emulator.db");
  const first = await startHarness(SPEED, dbPath);
  const { id, t0 } = await launchFailing(first);
  at(first, t0 + LAUNCH_MS + 1_000);
  expect((await describeOne(first, id)).InstanceState).toBe("LAUNCH_FAILED");
  await first.close();

  const second = await startHarness(SPEED, dbPath);
  try {
    expect(await describeOne(second, id)).toMatchObject({ InstanceState: "LAUNCH_FAILED", LatestOperationErrorMsg: "no stock" });
    at(second, t0 + LAUNCH_MS + LAUNCH_FAILED_RETENTION_MS - 1_000);
    expect((await describeOne(second, id)).InstanceState).toBe("LAUNCH_FAILED");
    at(second, t0 + LAUNCH_MS + LAUNCH_FAILED_RETENTION_MS + 5_000);
    expect(await describeOne(second, id)).toBeUndefined();
  } finally {
    await second.close();
  }
});
