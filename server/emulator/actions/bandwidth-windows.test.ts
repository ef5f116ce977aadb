// Prepaid bandwidth windows on the clock, through the official SDK: ResetInstancesInternetMaxBandwidth with a
// StartTime–EndTime window (seed 31074) raises InternetMaxBandwidthOut from midnight (UTC+8) of StartTime through
// the whole EndTime day (seed 31125, 31133), then the bought bandwidth applies again — in DescribeInstances and in
// DescribeInstanceInternetBandwidthConfigs — also across a restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InternetBandwidthConfig } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { describe, launchRunning, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { beijingDate, beijingMidnight } from "../state/network/bandwidth-history";
import { errorCodeOf } from "../testing";

const DAY = 86_400_000;
const HOUR = 3_600_000;

let h: LifecycleHarness;
const dir = mkdtempSync(join(tmpdir(), "cvm-bandwidth-windows-"));
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});
// Each test starts at noon in Beijing on a later day, so that no step crosses a Beijing midnight by accident.
beforeEach(() => at(h, beijingMidnight(beijingDate(Date.now())) + DAY + 12 * HOUR));

/** Moves time to `t` (never back). */
const at = (on: LifecycleHarness, t: number) => on.elapse(Math.max(0, t - Date.now()));
const today = () => beijingDate(Date.now());
const dayAfter = (date: string, days: number) => beijingDate(beijingMidnight(date) + days * DAY + 12 * HOUR);

const buyPrepaidBandwidth = async (on: LifecycleHarness, mbps: number) =>
  (await launchRunning(on, { ...prepaid(), InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: mbps } }))[0];
const raise = (on: LifecycleHarness, id: string, mbps: number, StartTime: string, EndTime: string) =>
  on.client.ResetInstancesInternetMaxBandwidth({ InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: mbps }, StartTime, EndTime });

/** The bandwidth DescribeInstances shows, and the configurations DescribeInstanceInternetBandwidthConfigs lists. */
async function bandwidth(on: LifecycleHarness, id: string): Promise<{ mbps: number; configs: InternetBandwidthConfig[] }> {
  const inst = await describe(on.client, id);
  expect(inst.InternetAccessible!.InternetChargeType).toBe("BANDWIDTH_PREPAID");
  const { InternetBandwidthConfigSet } = await on.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: id });
  return { mbps: inst.InternetAccessible!.InternetMaxBandwidthOut!, configs: InternetBandwidthConfigSet! };
}

/** The highest bandwidth among the configurations in force now (the purchase always is, until expiry). */
const inForce = (configs: InternetBandwidthConfig[]) =>
  Math.max(...configs.filter((c) => Date.parse(c.StartTime!) <= Date.now() && Date.now() < Date.parse(c.EndTime!)).map((c) => c.InternetAccessible!.InternetMaxBandwidthOut!));

it("ResetInstancesInternetMaxBandwidth: a window from tomorrow is listed at once, switches on at its first midnight (UTC+8) and off after its EndTime day", async () => {
  const id = await buyPrepaidBandwidth(h, 5);
  const start = dayAfter(today(), 1);
  const end = dayAfter(start, 1);
  await raise(h, id, 10, start, end);
  h.elapse(SETTLE_MS);
  const before = await bandwidth(h, id);
  expect(before.mbps).toBe(5);
  expect((await describe(h.client, id)).LatestOperationState).toBe("SUCCESS");
  expect(before.configs[1]).toEqual({
    // Midnight UTC+8 as UTC (seed 30546): StartTime's midnight is 16:00 the day before, EndTime's day is included.
    StartTime: `${today()}T16:00:00Z`,
    EndTime: `${end}T16:00:00Z`,
    InternetAccessible: { InternetMaxBandwidthOut: 10, InternetChargeType: "BANDWIDTH_PREPAID" },
  });
  expect(inForce(before.configs)).toBe(5);

  at(h, beijingMidnight(start) - 1_000);
  expect((await bandwidth(h, id)).mbps).toBe(5);
  at(h, beijingMidnight(start) + 1_000);
  const during = await bandwidth(h, id);
  expect(during).toEqual({ mbps: 10, configs: before.configs });
  expect(inForce(during.configs)).toBe(10);

  at(h, beijingMidnight(end) + DAY - 1_000);
  expect((await bandwidth(h, id)).mbps).toBe(10);
  at(h, beijingMidnight(end) + DAY + 1_000);
  const after = await bandwidth(h, id);
  expect(after).toEqual({ mbps: 5, configs: before.configs });
  expect(inForce(after.configs)).toBe(5);
});

it("ResetInstancesInternetMaxBandwidth: read only long after, a window that has come and gone leaves the bought bandwidth", async () => {
  const id = await buyPrepaidBandwidth(h, 5);
  const start = dayAfter(today(), 2);
  await raise(h, id, 20, start, start);
  h.elapse(SETTLE_MS);
  expect((await bandwidth(h, id)).mbps).toBe(5);
  at(h, beijingMidnight(start) + 5 * DAY);
  expect((await bandwidth(h, id)).mbps).toBe(5);
});

it("ResetInstancesInternetMaxBandwidth: a window from today shows with the operation's SUCCESS; where windows overlap the higher holds; a lower one than in force → InvalidParameterValue", async () => {
  const id = await buyPrepaidBandwidth(h, 5);
  const t = today();
  await raise(h, id, 20, dayAfter(t, 2), dayAfter(t, 4));
  h.elapse(SETTLE_MS);
  await raise(h, id, 10, t, dayAfter(t, 2));
  expect(await describe(h.client, id)).toMatchObject({ InternetAccessible: { InternetMaxBandwidthOut: 5 }, LatestOperationState: "OPERATING" });
  h.elapse(SETTLE_MS);
  expect(await describe(h.client, id)).toMatchObject({ InternetAccessible: { InternetMaxBandwidthOut: 10 }, LatestOperationState: "SUCCESS" });
  // Never lower than the bandwidth in force (seed 31074), whatever was bought.
  expect(await errorCodeOf(raise(h, id, 8, t, t))).toBe("InvalidParameterValue");

  const noon = (date: string) => beijingMidnight(date) + 12 * HOUR;
  at(h, noon(dayAfter(t, 2)));
  expect((await bandwidth(h, id)).mbps).toBe(20);
  at(h, noon(dayAfter(t, 3)));
  expect((await bandwidth(h, id)).mbps).toBe(20);
  at(h, noon(dayAfter(t, 5)));
  const { mbps, configs } = await bandwidth(h, id);
  expect(mbps).toBe(5);
  expect(configs.map((c) => c.InternetAccessible!.InternetMaxBandwidthOut)).toEqual([5, 20, 10]);
});

it("bandwidth windows persist: a restarted emulator on the same file switches a recorded window on and off on its days", async () => {
  const dbPath = join(dir, "emulator.db");
  const first = await startHarness({ mode: "realistic" }, dbPath);
  const id = await buyPrepaidBandwidth(first, 5);
  const start = dayAfter(today(), 1);
  await raise(first, id, 15, start, start);
  first.elapse(SETTLE_MS);
  expect((await bandwidth(first, id)).mbps).toBe(5);
  await first.close();

  const second = await startHarness({ mode: "realistic" }, dbPath);
  try {
    expect((await bandwidth(second, id)).mbps).toBe(5);
    at(second, beijingMidnight(start) + 1_000);
    expect((await bandwidth(second, id)).mbps).toBe(15);
    at(second, beijingMidnight(start) + DAY + 1_000);
    expect((await bandwidth(second, id)).mbps).toBe(5);
  } finally {
    await second.close();
  }
});
