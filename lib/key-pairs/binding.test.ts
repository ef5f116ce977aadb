import { describe, expect, it } from "vitest";
import { bindEligibility, deleteBlocker, type BindableInstance } from "./binding";

const base: BindableInstance = { InstanceId: "ins-aaaaaaaa", InstanceName: "web", InstanceState: "STOPPED", OsName: "TencentOS Server 3.1", KeyIds: [], StopChargingMode: "KEEP_CHARGING", Zone: "ap-guangzhou-3" };
const KEY = "skey-aaaaaaaa";

describe("bindEligibility (seed 29009–29013, 29257)", () => {
  it("STOPPED Linux instance: bind without a force stop", () => {
    expect(bindEligibility(base, "associate", KEY, false)).toEqual({ ok: true, needsForceStop: false });
  });

  it("RUNNING: refused unless ForceStop, which is then announced", () => {
    const running = { ...base, InstanceState: "RUNNING" };
    expect(bindEligibility(running, "associate", KEY, false)).toEqual({ ok: false, reason: "keyPairs.bind.reason.running" });
    expect(bindEligibility(running, "associate", KEY, true)).toEqual({ ok: true, needsForceStop: true });
  });

  it("Windows: never, whatever the state (UnsupportedOperation.InstanceOsWindows)", () => {
    expect(bindEligibility({ ...base, OsName: "Windows Server 2022 DataCenter" }, "associate", KEY, true)).toEqual({ ok: false, reason: "keyPairs.bind.reason.windows" });
  });

  it("transitional states are busy, even with ForceStop", () => {
    for (const state of ["PENDING", "STARTING", "STOPPING", "REBOOTING", "TERMINATING", "LAUNCH_FAILED"]) {
      expect(bindEligibility({ ...base, InstanceState: state }, "associate", KEY, true), state).toEqual({ ok: false, reason: "keyPairs.bind.reason.busy" });
    }
  });

  it("stopped without charging must be started first (UnsupportedOperation.StoppedModeStopCharging)", () => {
    expect(bindEligibility({ ...base, StopChargingMode: "STOP_CHARGING" }, "associate", KEY, true)).toEqual({ ok: false, reason: "keyPairs.bind.reason.stopCharging" });
  });

  it("bind skips instances that hold the key; unbind only offers those that do", () => {
    const holding = { ...base, KeyIds: [KEY] };
    expect(bindEligibility(holding, "associate", KEY, false)).toEqual({ ok: false, reason: "keyPairs.bind.reason.alreadyBound" });
    expect(bindEligibility(holding, "disassociate", KEY, false)).toEqual({ ok: true, needsForceStop: false });
    expect(bindEligibility(base, "disassociate", KEY, false)).toEqual({ ok: false, reason: "keyPairs.bind.reason.notBound" });
  });
});

describe("deleteBlocker (seed 29493)", () => {
  it("blocks a key bound to any instance, allows an unbound one", () => {
    expect(deleteBlocker(["ins-aaaaaaaa"])).toBe("keyPairs.delete.inUse");
    expect(deleteBlocker([])).toBeNull();
  });
});
