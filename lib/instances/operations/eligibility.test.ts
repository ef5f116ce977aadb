import { describe, expect, it } from "vitest";
import { checkEligibility, partitionEligibility, reasonMessage } from "./eligibility";
import { OPERATION_KINDS } from "./kinds";
import type { OperationTarget } from "./types";

const inst = (over: Partial<OperationTarget> = {}): OperationTarget => ({
  InstanceId: "ins-aaaaaaaa",
  InstanceState: "RUNNING",
  LatestOperationState: "SUCCESS",
  InstanceChargeType: "POSTPAID_BY_HOUR",
  ...over,
});

describe("checkEligibility: state rules from the seed", () => {
  it.each([
    ["start", "STOPPED", true],
    ["start", "RUNNING", false],
    ["stop", "RUNNING", true],
    ["stop", "STOPPED", false],
    ["reboot", "RUNNING", true],
    ["reboot", "STOPPED", false],
    ["terminate", "RUNNING", true],
    ["terminate", "STOPPED", true],
    ["terminate", "SHUTDOWN", true],
    ["terminate", "LAUNCH_FAILED", false],
    ["exitRescue", "RESCUE_MODE", true],
    ["exitRescue", "RUNNING", false],
    ["enterRescue", "RESCUE_MODE", false],
    ["diskType", "STOPPED", true],
    ["diskType", "RUNNING", false],
    ["project", "SHUTDOWN", true],
    ["rename", "SHUTDOWN", false],
  ] as const)("%s from %s → eligible %s", (kind, state, expected) => {
    expect(checkEligibility(kind, inst({ InstanceState: state })).eligible).toBe(expected);
  });

  it("a wrong state names the state", () => {
    expect(checkEligibility("stop", inst({ InstanceState: "STOPPED" }))).toEqual({ eligible: false, reason: { code: "state", state: "STOPPED" } });
  });

  it("an operation in flight (LatestOperationState OPERATING) blocks every operation", () => {
    for (const kind of OPERATION_KINDS) {
      const result = checkEligibility(kind, inst({ InstanceState: "RUNNING", LatestOperationState: "OPERATING" }));
      expect(result, kind).toEqual({ eligible: false, reason: { code: "busy", state: "RUNNING" } });
    }
  });

  it("a transitional state (STOPPING) is busy, not merely the wrong state", () => {
    expect(checkEligibility("start", inst({ InstanceState: "STOPPING", LatestOperationState: "SUCCESS" }))).toEqual({
      eligible: false,
      reason: { code: "busy", state: "STOPPING" },
    });
  });

  it("an instance without a known state is left for the API to judge", () => {
    expect(checkEligibility("stop", { InstanceId: "ins-1" }).eligible).toBe(true);
  });
});

describe("checkEligibility: ForceStop rules", () => {
  it.each(["resetPassword", "changeType", "keyPairs", "vpc", "resizeDisks"] as const)("%s: RUNNING needs ForceStop, STOPPED does not", (kind) => {
    expect(checkEligibility(kind, inst())).toEqual({ eligible: false, reason: { code: "needsForceStop" } });
    expect(checkEligibility(kind, inst(), { forceStop: true }).eligible).toBe(true);
    expect(checkEligibility(kind, inst({ InstanceState: "STOPPED" })).eligible).toBe(true);
  });

  it("resizeDisks: ResizeOnline also lets a RUNNING instance grow its disk (seed 15084)", () => {
    expect(checkEligibility("resizeDisks", inst(), { resizeOnline: true }).eligible).toBe(true);
  });
});

describe("checkEligibility: per-operation rules", () => {
  it("terminate: DisableApiTermination (destroy protection) blocks it", () => {
    expect(checkEligibility("terminate", inst({ DisableApiTermination: true }))).toEqual({ eligible: false, reason: { code: "protected" } });
    expect(checkEligibility("terminate", inst({ DisableApiTermination: false })).eligible).toBe(true);
  });

  it("renew and renewFlag: PREPAID only", () => {
    expect(checkEligibility("renew", inst())).toEqual({ eligible: false, reason: { code: "notPrepaid" } });
    expect(checkEligibility("renewFlag", inst())).toEqual({ eligible: false, reason: { code: "notPrepaid" } });
    expect(checkEligibility("renew", inst({ InstanceChargeType: "PREPAID", InstanceState: "SHUTDOWN" })).eligible).toBe(true);
  });

  it("changeChargeType: only the other of PREPAID / POSTPAID_BY_HOUR, never a stop-charging instance", () => {
    expect(checkEligibility("changeChargeType", inst(), { targetChargeType: "PREPAID" }).eligible).toBe(true);
    expect(checkEligibility("changeChargeType", inst(), { targetChargeType: "POSTPAID_BY_HOUR" })).toEqual({
      eligible: false,
      reason: { code: "sameChargeType", chargeType: "POSTPAID_BY_HOUR" },
    });
    expect(checkEligibility("changeChargeType", inst({ InstanceChargeType: "SPOTPAID" }), { targetChargeType: "PREPAID" })).toEqual({
      eligible: false,
      reason: { code: "chargeTypeUnsupported", chargeType: "SPOTPAID" },
    });
    expect(
      checkEligibility("changeChargeType", inst({ InstanceState: "STOPPED", StopChargingMode: "STOP_CHARGING" }), { targetChargeType: "PREPAID" }),
    ).toEqual({ eligible: false, reason: { code: "stopCharging" } });
  });

  it("keyPairs: Linux only", () => {
    expect(checkEligibility("keyPairs", inst({ InstanceState: "STOPPED", OsName: "Windows Server 2019" }))).toEqual({
      eligible: false,
      reason: { code: "windows" },
    });
  });

  it("diskType: never for spot instances", () => {
    expect(checkEligibility("diskType", inst({ InstanceState: "STOPPED", InstanceChargeType: "SPOTPAID" }))).toEqual({
      eligible: false,
      reason: { code: "spot" },
    });
  });

  it("changeType: a downgrade is refused when DescribeInstancesOperationLimit says none are left; -1 is no limit", () => {
    const limits = { "ins-aaaaaaaa": { CurrentCount: 5, LimitCount: 5 } };
    expect(checkEligibility("changeType", inst({ InstanceState: "STOPPED" }), { downgrade: true, limits })).toEqual({
      eligible: false,
      reason: { code: "degradeLimit", current: 5, limit: 5 },
    });
    expect(checkEligibility("changeType", inst({ InstanceState: "STOPPED" }), { downgrade: false, limits }).eligible).toBe(true);
    const unlimited = { "ins-aaaaaaaa": { CurrentCount: -1, LimitCount: -1 } };
    expect(checkEligibility("changeType", inst({ InstanceState: "STOPPED" }), { downgrade: true, limits: unlimited }).eligible).toBe(true);
  });
});

describe("checkEligibility: bandwidth", () => {
  it("needs a public IP (FailedOperation.NotFoundEIP); a row without the field is left to the API", () => {
    expect(checkEligibility("bandwidth", inst({ PublicIpAddresses: [] }))).toEqual({ eligible: false, reason: { code: "noPublicIp" } });
    expect(checkEligibility("bandwidth", inst({ PublicIpAddresses: ["1.2.3.4"] })).eligible).toBe(true);
    expect(checkEligibility("bandwidth", inst()).eligible).toBe(true);
  });
});

describe("partitionEligibility", () => {
  it("keeps the selection's order and says why each left-out instance cannot go", () => {
    const a = inst({ InstanceId: "ins-a" });
    const b = inst({ InstanceId: "ins-b", InstanceState: "STOPPED" });
    const c = inst({ InstanceId: "ins-c" });
    const parts = partitionEligibility("stop", [a, b, c]);
    expect(parts.eligible.map((t) => t.InstanceId)).toEqual(["ins-a", "ins-c"]);
    expect(parts.ineligible).toEqual([{ target: b, reason: { code: "state", state: "STOPPED" } }]);
  });
});

describe("reasonMessage", () => {
  it("maps a reason to its ops.reason.* key and placeholders", () => {
    expect(reasonMessage({ code: "degradeLimit", current: 5, limit: 5 })).toEqual({ key: "ops.reason.degradeLimit", vars: { current: 5, limit: 5 } });
  });
});

describe("checkEligibility: security group binding and FPGA programming", () => {
  const sg = (mode: "associate" | "disassociate") => ({ securityGroup: { id: "sg-bbbbbbbb", mode } });

  it("binding skips instances that already hold the group or hold 5 (the limit)", () => {
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: ["sg-aaaaaaaa"] }), sg("associate")).eligible).toBe(true);
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: ["sg-bbbbbbbb"] }), sg("associate"))).toEqual({ eligible: false, reason: { code: "sgBound" } });
    const five = ["sg-00000001", "sg-00000002", "sg-00000003", "sg-00000004", "sg-00000005"];
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: five }), sg("associate"))).toEqual({ eligible: false, reason: { code: "sgLimit" } });
  });

  it("unbinding skips instances without the group, and those for which it is the only group", () => {
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: ["sg-aaaaaaaa", "sg-bbbbbbbb"] }), sg("disassociate")).eligible).toBe(true);
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: ["sg-aaaaaaaa"] }), sg("disassociate"))).toEqual({ eligible: false, reason: { code: "sgNotBound" } });
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: ["sg-bbbbbbbb"] }), sg("disassociate"))).toEqual({ eligible: false, reason: { code: "sgLast" } });
  });

  it("binding lets the API decide when the row does not say which groups it holds or no group is chosen yet", () => {
    expect(checkEligibility("securityGroupBind", inst(), sg("disassociate")).eligible).toBe(true);
    expect(checkEligibility("securityGroupBind", inst({ SecurityGroupIds: ["sg-bbbbbbbb"] })).eligible).toBe(true);
  });

  it("FPGA programming takes running FX instances only", () => {
    expect(checkEligibility("programFpga", inst({ InstanceType: "FX4.4XLARGE64" })).eligible).toBe(true);
    expect(checkEligibility("programFpga", inst({ InstanceType: "S5.LARGE8" }))).toEqual({ eligible: false, reason: { code: "notFpga" } });
    expect(checkEligibility("programFpga", inst({ InstanceType: "FX4.4XLARGE64", InstanceState: "STOPPED" }))).toEqual({
      eligible: false,
      reason: { code: "state", state: "STOPPED" },
    });
  });
});
