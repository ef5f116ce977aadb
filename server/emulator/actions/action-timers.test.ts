import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, prepaid } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { isoSeconds } from "../state/instances/time";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const HOUR = 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const importTimer = (ids: string[], ActionTime: string, TimerAction = "TerminateInstances") =>
  h.client.ImportInstancesActionTimer({ InstanceIds: ids, ActionTimer: { TimerAction, ActionTime } });
const timersOf = async (id: string) => (await h.client.DescribeInstancesActionTimer({ InstanceIds: [id] })).ActionTimers!;
/** "YYYY-MM-DD hh:mm:ss" in Beijing time (UTC+8), the form of the seed's example. */
const beijing = (ms: number) => isoSeconds(ms + 8 * HOUR).replace("T", " ").replace("Z", "");

group("ImportInstancesActionTimer / DescribeInstancesActionTimer", () => {
  it("ImportInstancesActionTimer: returns one UUID per instance; DescribeInstancesActionTimer (the seed's example) shows it UNDO", async () => {
    const [id] = await launchRunning(h);
    const at = isoSeconds(Date.now() + HOUR);
    const res = await importTimer([id], at);
    expect(res.ActionTimerIds).toHaveLength(1);
    expect(res.ActionTimerIds![0]).toMatch(UUID);
    expect(await timersOf(id)).toEqual([
      { ActionTime: at, ActionTimerId: res.ActionTimerIds![0], Externals: {}, InstanceId: id, Status: "UNDO", TimerAction: "TerminateInstances" },
    ]);
  });

  it("ImportInstancesActionTimer: the timer fires on the clock — the instance goes TERMINATING (timer DOING), then is gone (timer DONE)", async () => {
    const [id, other] = await launchRunning(h, { InstanceCount: 2 });
    await importTimer([id], isoSeconds(Date.now() + HOUR));
    h.elapse(HOUR - 60_000);
    expect((await describe(h.client, id)).InstanceState).toBe("RUNNING");
    h.elapse(61_000);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "TERMINATING", LatestOperation: "TerminateInstances" });
    expect((await timersOf(id))[0].Status).toBe("DOING");
    h.elapse(60_000);
    expect((await h.client.DescribeInstances({ InstanceIds: [id] })).TotalCount).toBe(0);
    expect((await timersOf(id))[0].Status).toBe("DONE");
    expect((await describe(h.client, other)).InstanceState).toBe("RUNNING");
  });

  it("ImportInstancesActionTimer: a timer already due when the emulator is next asked has run in between (instance gone, for every action)", async () => {
    const [id] = await launchRunning(h);
    await importTimer([id], isoSeconds(Date.now() + 10 * 60_000));
    h.elapse(3 * HOUR);
    expect(await errorCodeOf(h.client.ModifyInstancesAttribute({ InstanceIds: [id], InstanceName: "late" }))).toBe("InvalidInstanceId.NotFound");
    expect((await h.client.DescribeInstances({ InstanceIds: [id] })).TotalCount).toBe(0);
    expect((await timersOf(id))[0].Status).toBe("DONE");
  });

  it("ImportInstancesActionTimer: the seed's \"2018-08-01 20:00:00\" form is Beijing time; a time in the past or < 5 min ahead → InvalidParameter", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(importTimer([id], "2018-08-01 20:00:00"))).toBe("InvalidParameter");
    expect(await errorCodeOf(importTimer([id], isoSeconds(Date.now() + 4 * 60_000)))).toBe("InvalidParameter");
    const at = Date.now() + 2 * HOUR;
    await importTimer([id], beijing(at));
    expect((await timersOf(id))[0].ActionTime).toBe(isoSeconds(at));
  });

  it("ImportInstancesActionTimer: bad time → InvalidParameterValue.InvalidTimeFormat; other actions → InvalidParameter; a second timer → FailedOperation.MutActionTimerExist", async () => {
    const [id] = await launchRunning(h);
    const later = isoSeconds(Date.now() + HOUR);
    expect(await errorCodeOf(importTimer([id], "tomorrow"))).toBe("InvalidParameterValue.InvalidTimeFormat");
    expect(await errorCodeOf(importTimer([id], "2030-02-30T00:00:00Z"))).toBe("InvalidParameterValue.InvalidTimeFormat");
    expect(await errorCodeOf(importTimer([id], later, "StopInstances"))).toBe("InvalidParameter");
    await importTimer([id], later);
    expect(await errorCodeOf(importTimer([id], later))).toBe("FailedOperation.MutActionTimerExist");
  });

  it("ImportInstancesActionTimer: PREPAID or protected instances → UnsupportedOperation.NotSupportImportInstancesActionTimer; ids → documented codes", async () => {
    const later = isoSeconds(Date.now() + HOUR);
    const [pre] = await launchRunning(h, prepaid());
    expect(await errorCodeOf(importTimer([pre], later))).toBe("UnsupportedOperation.NotSupportImportInstancesActionTimer");
    const [guarded] = await launchRunning(h, { DisableApiTermination: true });
    expect(await errorCodeOf(importTimer([guarded], later))).toBe("UnsupportedOperation.NotSupportImportInstancesActionTimer");
    expect(await errorCodeOf(importTimer(["ins-00000000"], later))).toBe("InvalidInstanceId.NotFound");
    expect(await errorCodeOf(importTimer(["ins-1"], later))).toBe("InvalidParameterValue.InstanceIdMalformed");
  });

  it("ImportInstancesActionTimer: a scheduled instance refuses destroy protection and a charge-type switch", async () => {
    const [id] = await launchRunning(h);
    await importTimer([id], isoSeconds(Date.now() + HOUR));
    const protect = h.client.ModifyInstancesAttribute({ InstanceIds: [id], DisableApiTermination: true });
    expect(await errorCodeOf(protect)).toBe("UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance");
    const switchIt = h.client.ModifyInstancesChargeType({ InstanceIds: [id], InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } });
    expect(await errorCodeOf(switchIt)).toBe("InvalidInstance.NotSupported");
  });

  it("DescribeInstancesActionTimer: filters by status, action, timer id and ActionTime range; bad values → documented codes", async () => {
    const [a, b] = await launchRunning(h, { InstanceCount: 2 });
    const t1 = Date.now() + HOUR;
    const t2 = Date.now() + 5 * HOUR;
    const [idA] = (await importTimer([a], isoSeconds(t1))).ActionTimerIds!;
    const [idB] = (await importTimer([b], isoSeconds(t2))).ActionTimerIds!;
    const ids = async (req: object) => (await h.client.DescribeInstancesActionTimer({ InstanceIds: [a, b], ...req })).ActionTimers!.map((t) => t.ActionTimerId);
    expect(await ids({})).toEqual([idA, idB]);
    expect(await ids({ ActionTimerIds: [idB] })).toEqual([idB]);
    expect(await ids({ StartActionTime: isoSeconds(t1 + HOUR), EndActionTime: beijing(t2 + HOUR) })).toEqual([idB]);
    expect(await ids({ TimerAction: "TerminateInstances", StatusList: ["UNDO"] })).toEqual([idA, idB]);
    h.elapse(2 * HOUR);
    expect(await ids({ StatusList: ["DONE"] })).toEqual([idA]);
    expect(await errorCodeOf(h.client.DescribeInstancesActionTimer({ StartActionTime: "05/01/2018" }))).toBe("InvalidParameterValue.InvalidTimeFormat");
    expect(await errorCodeOf(h.client.DescribeInstancesActionTimer({ StatusList: ["LATER"] }))).toBe("InvalidParameterValue");
    const many = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(h.client.DescribeInstancesActionTimer({ InstanceIds: many }))).toBe("InvalidParameterValue.LimitExceeded");
  });
});

group("DeleteInstancesActionTimer", () => {
  it("DeleteInstancesActionTimer: the seed's example cancels an UNDO timer, and the instance is not terminated", async () => {
    const [id] = await launchRunning(h);
    const [timer] = (await importTimer([id], isoSeconds(Date.now() + HOUR))).ActionTimerIds!;
    await h.client.DeleteInstancesActionTimer({ ActionTimerIds: [timer] });
    expect(await timersOf(id)).toEqual([]);
    h.elapse(2 * HOUR);
    expect((await describe(h.client, id)).InstanceState).toBe("RUNNING");
  });

  it("DeleteInstancesActionTimer: an unknown timer → ResourceNotFound; one that has run → UnsupportedOperation", async () => {
    expect(await errorCodeOf(h.client.DeleteInstancesActionTimer({ ActionTimerIds: ["865d042d-0219-46c3-9821-6028c96cfb7c"] }))).toBe("ResourceNotFound");
    const [id] = await launchRunning(h);
    const [timer] = (await importTimer([id], isoSeconds(Date.now() + HOUR))).ActionTimerIds!;
    h.elapse(2 * HOUR);
    expect(await errorCodeOf(h.client.DeleteInstancesActionTimer({ ActionTimerIds: [timer] }))).toBe("UnsupportedOperation");
  });
});
