// The instance state machine through the official SDK, row by row (seed 37340–37388 states; Start seed 14097,
// Stop 14566, Reboot 14311, Terminate 19139), on realistic durations moved by the faked clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, launchOne, describeOne, stateOf, SETTLE_MS, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { beginOperation } from "../state/instances/lifecycle";
import { loadInstance } from "../state/instances/repo";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
});
afterAll(() => h.close());
// Each test starts in a fresh rate-limit second.
beforeEach(() => h.elapse(1_000));

const PREPAID = { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } } as const;

/** An instance in `state`, reached through the API only (LAUNCH_FAILED through the launchFailed fault). */
async function reach(state: string): Promise<string> {
  const call = (action: "StartInstances" | "StopInstances" | "RebootInstances" | "TerminateInstances", id: string) => h.client[action]({ InstanceIds: [id] });
  if (state === "LAUNCH_FAILED") {
    h.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 1, latencyMs: 0 });
    const id = await launchOne(h);
    h.emu.runtime.faults.clear("RunInstances");
    h.elapse(SETTLE_MS);
    return id;
  }
  const id = await launchOne(h, state === "SHUTDOWN" ? PREPAID : {});
  if (state === "PENDING") return id;
  h.elapse(SETTLE_MS);
  if (state === "RUNNING") return id;
  if (state === "STOPPING" || state === "STOPPED" || state === "STARTING") {
    await call("StopInstances", id);
    if (state === "STOPPING") return id;
    h.elapse(SETTLE_MS);
    if (state === "STARTING") await call("StartInstances", id);
    return id;
  }
  if (state === "REBOOTING") await call("RebootInstances", id);
  if (state === "TERMINATING") await call("TerminateInstances", id);
  if (state === "SHUTDOWN") {
    await call("TerminateInstances", id);
    h.elapse(SETTLE_MS);
  }
  return id;
}

type Action = "StartInstances" | "StopInstances" | "RebootInstances" | "TerminateInstances";
/** [from, action, code] or [from, action, via → to] ("GONE": released). */
type Row = [from: string, action: Action, expected: string];

const ROWS: Row[] = [
  ["RUNNING", "StartInstances", "UnsupportedOperation.InstanceStateRunning"],
  ["RUNNING", "StopInstances", "STOPPING → STOPPED"],
  ["RUNNING", "RebootInstances", "REBOOTING → RUNNING"],
  ["RUNNING", "TerminateInstances", "TERMINATING → GONE"],
  ["STOPPED", "StartInstances", "STARTING → RUNNING"],
  ["STOPPED", "StopInstances", "UnsupportedOperation.InstanceStateStopped"],
  ["STOPPED", "RebootInstances", "UnsupportedOperation.InstanceStateStopped"],
  ["STOPPED", "TerminateInstances", "TERMINATING → GONE"],
  ["PENDING", "StartInstances", "UnsupportedOperation.InstanceStatePending"],
  ["PENDING", "StopInstances", "UnsupportedOperation.InstanceStatePending"],
  ["PENDING", "RebootInstances", "UnsupportedOperation.InstanceStatePending"],
  ["PENDING", "TerminateInstances", "UnsupportedOperation.InstanceStatePending"],
  ["STARTING", "StartInstances", "UnsupportedOperation.InstanceStateStarting"],
  ["STARTING", "StopInstances", "UnsupportedOperation.InstanceStateStarting"],
  ["STARTING", "RebootInstances", "UnsupportedOperation.InstanceStateStarting"],
  ["STARTING", "TerminateInstances", "UnsupportedOperation.InstanceStateStarting"],
  ["STOPPING", "StartInstances", "UnsupportedOperation.InstanceStateStopping"],
  ["STOPPING", "StopInstances", "UnsupportedOperation.InstanceStateStopping"],
  ["STOPPING", "RebootInstances", "UnsupportedOperation.InstanceStateStopping"],
  ["STOPPING", "TerminateInstances", "UnsupportedOperation.InstanceStateStopping"],
  ["REBOOTING", "StartInstances", "UnsupportedOperation.InstanceStateRebooting"],
  ["REBOOTING", "StopInstances", "UnsupportedOperation.InstanceStateRebooting"],
  ["REBOOTING", "RebootInstances", "UnsupportedOperation.InstanceStateRebooting"],
  ["REBOOTING", "TerminateInstances", "UnsupportedOperation.InstanceStateRebooting"],
  ["TERMINATING", "StartInstances", "UnsupportedOperation.InstanceStateTerminating"],
  ["TERMINATING", "StopInstances", "UnsupportedOperation.InstanceStateTerminating"],
  ["TERMINATING", "RebootInstances", "UnsupportedOperation.InstanceStateTerminating"],
  ["TERMINATING", "TerminateInstances", "UnsupportedOperation.InstanceStateTerminating"],
  ["SHUTDOWN", "StartInstances", "UnsupportedOperation.InstanceStateShutdown"],
  ["SHUTDOWN", "StopInstances", "UnsupportedOperation.InstanceStateShutdown"],
  ["SHUTDOWN", "RebootInstances", "UnsupportedOperation.InstanceStateShutdown"],
  ["SHUTDOWN", "TerminateInstances", "TERMINATING → GONE"],
  // LAUNCH_FAILED has a documented code only on TerminateInstances; the others answer the common UnsupportedOperation.
  ["LAUNCH_FAILED", "StartInstances", "UnsupportedOperation"],
  ["LAUNCH_FAILED", "StopInstances", "UnsupportedOperation"],
  ["LAUNCH_FAILED", "RebootInstances", "UnsupportedOperation"],
  ["LAUNCH_FAILED", "TerminateInstances", "UnsupportedOperation.InstanceStateLaunchFailed"],
];

describe("transition table", () => {
  for (const [from, action, expected] of ROWS) {
    it(`${action}: ${from} → ${expected}`, async () => {
      const id = await reach(from);
      expect(await stateOf(h, id)).toBe(from);
      if (!expected.includes("→")) {
        expect(await errorCodeOf(h.client[action]({ InstanceIds: [id] }))).toBe(expected);
        expect(await stateOf(h, id)).toBe(from);
        return;
      }
      const [via, to] = expected.split(" → ");
      await h.client[action]({ InstanceIds: [id] });
      const during = await describeOne(h, id);
      expect(during).toMatchObject({ InstanceState: via, LatestOperation: action, LatestOperationState: "OPERATING" });
      h.elapse(SETTLE_MS);
      const after = await describeOne(h, id);
      if (to === "GONE") expect(after).toBeUndefined();
      else expect(after).toMatchObject({ InstanceState: to, LatestOperation: action, LatestOperationState: "SUCCESS", LatestOperationErrorMsg: "" });
    });
  }
});

describe("operations land on the clock", () => {
  it("StopInstances: STOPPING until the realistic 10 s have passed, then STOPPED; LatestOperationRequestId is the stop's RequestId", async () => {
    const id = await reach("RUNNING");
    const { RequestId } = await h.client.StopInstances({ InstanceIds: [id] });
    h.elapse(9_000);
    expect(await stateOf(h, id)).toBe("STOPPING");
    h.elapse(1_500);
    expect(await describeOne(h, id)).toMatchObject({ InstanceState: "STOPPED", LatestOperationRequestId: RequestId, StopChargingMode: "KEEP_CHARGING" });
  });

  it("RunInstances: PENDING with LatestOperation RunInstances/OPERATING, RUNNING within 20–40 s", async () => {
    const id = await launchOne(h);
    expect(await describeOne(h, id)).toMatchObject({ InstanceState: "PENDING", LatestOperation: "RunInstances", LatestOperationState: "OPERATING" });
    h.elapse(19_000);
    expect(await stateOf(h, id)).toBe("PENDING");
    h.elapse(21_500);
    expect(await stateOf(h, id)).toBe("RUNNING");
  });

  it("an operation in flight that keeps the state (e.g. a password reset) → OperationDenied.InstanceOperationInProgress", async () => {
    const id = await reach("RUNNING");
    const rec = loadInstance(h.ctx, id)!;
    beginOperation({ ...h.ctx, requestId: "r-1" }, rec, { operation: "ResetInstancesPassword", transitional: "RUNNING", final: "RUNNING" });
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [id] }))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(SETTLE_MS);
    await h.client.StopInstances({ InstanceIds: [id] });
    expect(await stateOf(h, id)).toBe("STOPPING");
  });

  it("a refused batch changes nothing: StopInstances with one STOPPED among RUNNING → InstanceStateStopped, the others stay RUNNING", async () => {
    const running = await reach("RUNNING");
    const stopped = await reach("STOPPED");
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [running, stopped] }))).toBe("UnsupportedOperation.InstanceStateStopped");
    expect(await stateOf(h, running)).toBe("RUNNING");
  });

  it("Start/Stop: unknown id → InvalidInstanceId.NotFound, malformed → InvalidInstanceId.Malformed, > 100 ids → InvalidParameterValue.LimitExceeded", async () => {
    expect(await errorCodeOf(h.client.StartInstances({ InstanceIds: ["ins-00000000"] }))).toBe("InvalidInstanceId.NotFound");
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: ["ins-1122"] }))).toBe("InvalidInstanceId.Malformed");
    const ids = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(h.client.RebootInstances({ InstanceIds: ids }))).toBe("InvalidParameterValue.LimitExceeded");
  });
});

describe("StopInstances options", () => {
  it("StopInstances: StopType and StoppedMode outside their values → InvalidParameterValue", async () => {
    const id = await reach("RUNNING");
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [id], StopType: "GENTLE" }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [id], StoppedMode: "MAYBE" }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(h.client.RebootInstances({ InstanceIds: [id], StopType: "GENTLE" }))).toBe("InvalidParameterValue");
  });

  it("StopInstances: STOP_CHARGING on a pay-as-you-go cloud-disk instance lands StopChargingMode STOP_CHARGING and releases the public IP; Start gives a new one", async () => {
    const id = await launchOne(h, { InternetAccessible: { InternetMaxBandwidthOut: 5 } });
    h.elapse(SETTLE_MS);
    const before = (await describeOne(h, id))!.PublicIpAddresses!;
    expect(before).toHaveLength(1);
    await h.client.StopInstances({ InstanceIds: [id], StopType: "SOFT_FIRST", StoppedMode: "STOP_CHARGING" });
    h.elapse(SETTLE_MS);
    expect(await describeOne(h, id)).toMatchObject({ InstanceState: "STOPPED", StopChargingMode: "STOP_CHARGING", PublicIpAddresses: null });
    await h.client.StartInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    const started = (await describeOne(h, id))!;
    expect(started).toMatchObject({ InstanceState: "RUNNING", StopChargingMode: "NOT_APPLICABLE" });
    expect(started.PublicIpAddresses).toHaveLength(1);
  });

  it("StopInstances: STOP_CHARGING on a prepaid instance → UnsupportedOperation.StoppedModeStopCharging", async () => {
    const id = await launchOne(h, { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(h.client.StopInstances({ InstanceIds: [id], StoppedMode: "STOP_CHARGING" }))).toBe("UnsupportedOperation.StoppedModeStopCharging");
    await h.client.StopInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    expect(await describeOne(h, id)).toMatchObject({ InstanceState: "STOPPED", StopChargingMode: "NOT_APPLICABLE" });
  });
});

describe("TerminateInstances", () => {
  it("TerminateInstances: destroy protection (DisableApiTermination) → UnsupportedOperation.InstancesProtected", async () => {
    const id = await launchOne(h, { DisableApiTermination: true });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(h.client.TerminateInstances({ InstanceIds: [id] }))).toBe("UnsupportedOperation.InstancesProtected");
    expect(await stateOf(h, id)).toBe("RUNNING");
  });

  it("TerminateInstances: prepaid → SHUTDOWN in the recycle bin (IsolatedSource MANMADE); a second call destroys it", async () => {
    const id = await launchOne(h, PREPAID);
    h.elapse(SETTLE_MS);
    await h.client.TerminateInstances({ InstanceIds: [id] });
    expect(await stateOf(h, id)).toBe("TERMINATING");
    h.elapse(SETTLE_MS);
    expect(await describeOne(h, id)).toMatchObject({ InstanceState: "SHUTDOWN", IsolatedSource: "MANMADE", LatestOperationState: "SUCCESS" });
    await h.client.TerminateInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    expect(await describeOne(h, id)).toBeUndefined();
    expect(await errorCodeOf(h.client.StartInstances({ InstanceIds: [id] }))).toBe("InvalidInstanceId.NotFound");
  });

  it("a prepaid instance left in the recycle bin is released after 7 days", async () => {
    const id = await reach("SHUTDOWN");
    h.elapse(6 * 86_400_000);
    expect(await stateOf(h, id)).toBe("SHUTDOWN");
    h.elapse(86_400_000 + SETTLE_MS);
    expect(await describeOne(h, id)).toBeUndefined();
  });

  it("TerminateInstances: prepaid and pay-as-you-go in one call → UnsupportedOperation.InstanceMixedPricingModel", async () => {
    const prepaid = await launchOne(h, PREPAID);
    const postpaid = await launchOne(h);
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(h.client.TerminateInstances({ InstanceIds: [prepaid, postpaid] }))).toBe("UnsupportedOperation.InstanceMixedPricingModel");
  });

  it("a prepaid instance past its ExpiredTime without auto-renew is isolated (SHUTDOWN, RestrictState EXPIRED, IsolatedSource EXPIRE)", async () => {
    const manual = await launchOne(h, { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" } });
    const auto = await launchOne(h, { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_AUTO_RENEW" } });
    const expiry = (await describeOne(h, auto))!.ExpiredTime!;
    h.elapse(32 * 86_400_000);
    expect(await describeOne(h, manual)).toMatchObject({ InstanceState: "SHUTDOWN", RestrictState: "EXPIRED", IsolatedSource: "EXPIRE" });
    const renewed = (await describeOne(h, auto))!;
    expect(renewed).toMatchObject({ InstanceState: "RUNNING", RestrictState: "NORMAL" });
    expect(Date.parse(renewed.ExpiredTime!)).toBeGreaterThan(Date.parse(expiry));
  });
});

describe("speed settings", () => {
  it("instant: a stop has landed by the next describe", async () => {
    const fast = await startHarness({ mode: "instant" });
    try {
      const id = (await fast.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" })).InstanceIdSet![0];
      expect(await stateOf(fast, id)).toBe("RUNNING");
      await fast.client.StopInstances({ InstanceIds: [id] });
      expect(await stateOf(fast, id)).toBe("STOPPED");
    } finally {
      await fast.close();
    }
  });

  it("describes:2: PENDING for exactly two DescribeInstancesStatus calls, RUNNING on the third, whatever the clock says", async () => {
    const polled = await startHarness({ mode: "describes", describes: 2 });
    try {
      const id = (await polled.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" })).InstanceIdSet![0];
      polled.elapse(3_600_000);
      const states = [];
      for (let i = 0; i < 3; i++) states.push((await polled.client.DescribeInstancesStatus({ InstanceIds: [id] })).InstanceStatusSet![0].InstanceState);
      expect(states).toEqual(["PENDING", "PENDING", "RUNNING"]);
    } finally {
      await polled.close();
    }
  });
});
