// The poller against the real emulator over loopback HTTP, through our CvmClient (signing, limiter, breaker):
// the batching and the transition sequence as the wire shows them, counted by GET /_emulator/stats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CvmClient } from "@/server/cvm/client";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator, type RunningEmulator } from "@/server/emulator/server";
import type { LiveStatus } from "@/lib/status/types";
import { StatusPoller } from "./poller";
import { statusUpstream } from "./upstream";

let emu: RunningEmulator;
let client: CvmClient;
const REGION = "ap-guangzhou";
// Timers never fire on their own here: every poll is an explicit pollNow().
const MANUAL = { fastMs: 3_600_000, slowMs: 3_600_000, kickDelayMs: 3_600_000, lingerMs: 0 };

const admin = async (path: string, body?: unknown) =>
  (await fetch(`${emu.url}/_emulator/${path}`, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json();
const calls = async (action: string): Promise<number> => ((await admin("stats")) as { calls: Record<string, number> }).calls[action] ?? 0;

async function instanceIds(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ids.length < n; offset += 100) {
    const res = await client.call("DescribeInstances", { Offset: offset, Limit: 100 }, { region: REGION });
    ids.push(...(res.InstanceSet ?? []).map((i) => i.InstanceId!));
    if ((res.InstanceSet ?? []).length < 100) break;
  }
  return ids.slice(0, n);
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emu.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  expect(await admin("seed", { instances: 260, region: REGION })).toMatchObject({ seeded: { instances: 260 } });
});
afterAll(async () => {
  client?.close();
  await emu?.close();
});

describe("StatusPoller ↔ emulator", () => {
  it("250 watched instances cost 3 DescribeInstancesStatus calls per poll, and DescribeInstances only on the first", async () => {
    const ids = await instanceIds(250);
    const poller = new StatusPoller(statusUpstream(async () => client, REGION), MANUAL);
    poller.subscribe(ids, () => {});
    const [s0, d0] = [await calls("DescribeInstancesStatus"), await calls("DescribeInstances")];
    await poller.pollNow();
    expect(poller.health.state).toBe("ok");
    expect(poller.snapshot(ids).size).toBe(250);
    expect([await calls("DescribeInstancesStatus"), await calls("DescribeInstances")]).toEqual([s0 + 3, d0 + 3]);

    const busy = [...poller.snapshot(ids).values()].filter((s) => s.LatestOperationState === "OPERATING").length;
    await poller.pollNow();
    expect(await calls("DescribeInstancesStatus")).toBe(s0 + 6);
    // Only instances whose state moved, or OPERATING ones in a settled state, are re-read.
    expect(await calls("DescribeInstances")).toBeLessThanOrEqual(d0 + 3 + Math.ceil(busy / 100));
    poller.dispose();
  });

  it("shows StopInstances as STOPPING (OPERATING) and then STOPPED (SUCCESS)", async () => {
    await admin("speed", { mode: "describes", describes: 2 });
    const ids = await instanceIds(260);
    const poller = new StatusPoller(statusUpstream(async () => client, REGION), MANUAL);
    const seen: LiveStatus[] = [];
    let target = "";
    poller.subscribe(ids, (r) => {
      const s = r.changes.get(target);
      if (s) seen.push(s);
    });
    await poller.pollNow();
    target = [...poller.snapshot(ids)].find(([, s]) => s.InstanceState === "RUNNING" && s.LatestOperationState !== "OPERATING")![0];

    await client.call("StopInstances", { InstanceIds: [target] }, { region: REGION });
    poller.nudge([target]);
    for (let i = 0; i < 4 && seen.at(-1)?.InstanceState !== "STOPPED"; i++) await poller.pollNow();

    expect(seen.map((s) => [s.InstanceState, s.LatestOperation, s.LatestOperationState])).toEqual([
      ["STOPPING", "StopInstances", "OPERATING"],
      ["STOPPED", "StopInstances", "SUCCESS"],
    ]);
    poller.dispose();
  });
});
