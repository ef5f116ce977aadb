import { describe, expect, it } from "vitest";
import { checkEligibility } from "@/lib/instances/operations/eligibility";
import type { LiveStatus } from "@/lib/status/types";
import { RELEASED_STATE } from "./states";
import { withLive } from "./with-live";

const row = { InstanceId: "ins-aaaaaaaa", Region: "ap-guangzhou", InstanceState: "RUNNING", LatestOperation: "StartInstances", LatestOperationState: "SUCCESS" };
const live = (s: Partial<LiveStatus>): LiveStatus => ({ InstanceState: "RUNNING", LatestOperation: null, LatestOperationState: null, LatestOperationErrorMsg: null, asOf: 1, ...s });

describe("withLive", () => {
  it("without a live status the listed row is returned as it is", () => {
    expect(withLive(row, undefined)).toBe(row);
  });

  it("live values replace the listed ones; a null operation keeps the listed one", () => {
    expect(withLive(row, live({ InstanceState: "STOPPING", LatestOperation: "StopInstances", LatestOperationState: "OPERATING" }))).toMatchObject({
      InstanceState: "STOPPING",
      LatestOperation: "StopInstances",
      LatestOperationState: "OPERATING",
    });
    expect(withLive(row, live({ InstanceState: "STOPPED" }))).toMatchObject({ InstanceState: "STOPPED", LatestOperation: "StartInstances" });
  });

  it("a released instance (live InstanceState null) is RELEASED, not its listed state", () => {
    expect(withLive(row, live({ InstanceState: null })).InstanceState).toBe(RELEASED_STATE);
  });

  it("a released instance is eligible for no operation", () => {
    const gone = withLive(row, live({ InstanceState: null }));
    for (const kind of ["stop", "reboot", "terminate", "rename", "renew", "project"] as const) {
      expect(checkEligibility(kind, gone)).toEqual({ eligible: false, reason: { code: "state", state: RELEASED_STATE } });
    }
  });
});
