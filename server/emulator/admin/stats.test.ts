import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../server";
import { sdkClient } from "../testing";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu?.close();
});

const stats = async () => (await (await fetch(`${emu.url}/_emulator/stats`)).json()) as { calls: Record<string, number>; total: number };

describe("GET /_emulator/stats", () => {
  it("counts API calls per action, failed ones included", async () => {
    const before = await stats();
    const client = sdkClient(emu.url);
    await client.DescribeZones();
    await client.DescribeZones();
    await client.DescribeInstancesStatus({ InstanceIds: ["bad-id"] }).catch(() => undefined);
    const after = await stats();
    expect((after.calls.DescribeZones ?? 0) - (before.calls.DescribeZones ?? 0)).toBe(2);
    expect((after.calls.DescribeInstancesStatus ?? 0) - (before.calls.DescribeInstancesStatus ?? 0)).toBe(1);
    expect(after.total - before.total).toBe(3);
  });
});
