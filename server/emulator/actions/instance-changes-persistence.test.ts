import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { describe, launchRunning, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness } from "../state/instances/lifecycle.testing";
import { isoSeconds } from "../state/instances/time";

const dir = mkdtempSync(join(tmpdir(), "cvm-changes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("instance changes persist: a restarted emulator on the same file keeps names, terms, an in-flight change and timers", async () => {
  const dbPath = join(dir, "emulator.db");
  const first = await startHarness({ mode: "realistic" }, dbPath);
  const [a] = await launchRunning(first, prepaid());
  const [b] = await launchRunning(first);
  await first.client.ModifyInstancesAttribute({ InstanceIds: [a], InstanceName: "kept" });
  await first.client.RenewInstances({ InstanceIds: [a], InstanceChargePrepaid: { Period: 2 } });
  await first.client.ResetInstancesType({ InstanceIds: [a], InstanceType: "S5.LARGE8", ForceStop: true });
  const at = isoSeconds(Date.now() + 3_600_000);
  const [timer] = (await first.client.ImportInstancesActionTimer({ InstanceIds: [b], ActionTimer: { TimerAction: "TerminateInstances", ActionTime: at } })).ActionTimerIds!;
  const before = await describe(first.client, a);
  await first.close();

  const second = await startHarness({ mode: "realistic" }, dbPath);
  try {
    const after = await describe(second.client, a);
    expect(after).toMatchObject({ InstanceName: "kept", ExpiredTime: before.ExpiredTime, InstanceState: "STOPPING", LatestOperation: "ResetInstancesType" });
    expect((await second.client.DescribeInstancesActionTimer({ ActionTimerIds: [timer] })).ActionTimers).toMatchObject([{ InstanceId: b, ActionTime: at, Status: "UNDO" }]);
    // The second harness restarts Date at real time, behind the first one's elapsed time: move past both.
    second.elapse(5 * SETTLE_MS);
    expect(await describe(second.client, a)).toMatchObject({ InstanceState: "RUNNING", InstanceType: "S5.LARGE8" });
  } finally {
    await second.close();
  }
});
