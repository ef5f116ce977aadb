import { describe, expect, it } from "vitest";
import type { LiveStatus } from "@/lib/status/types";
import type { RunItem } from "./operations-store";
import { progressOf, summarise } from "./progress";

const sent: RunItem = { InstanceId: "ins-a", Region: "ap-guangzhou", phase: "sent", requestId: "r", sentAt: 10_000 };
const live = (over: Partial<LiveStatus>): LiveStatus => ({
  InstanceState: "RUNNING",
  LatestOperation: "StartInstances",
  LatestOperationState: "SUCCESS",
  LatestOperationErrorMsg: null,
  asOf: 20_000,
  ...over,
});

describe("progressOf", () => {
  it("before and during the call it is the call's phase", () => {
    expect(progressOf("stop", { ...sent, phase: "sending" }, undefined)).toEqual({ step: "sending" });
    expect(progressOf("stop", { ...sent, phase: "failed" }, undefined)).toEqual({ step: "failed" });
  });

  it("stop: RUNNING from before the call is still working; STOPPING is working; STOPPED + SUCCESS is done", () => {
    expect(progressOf("stop", sent, live({ asOf: 5_000 }))).toEqual({ step: "working" });
    expect(progressOf("stop", sent, live({ InstanceState: "STOPPING", LatestOperation: "StopInstances", LatestOperationState: "OPERATING" }))).toEqual({
      step: "working",
    });
    expect(progressOf("stop", sent, live({ InstanceState: "STOPPED", LatestOperation: "StopInstances" }))).toEqual({ step: "done" });
  });

  it("an old SUCCESS of the same action observed before the call does not count as done", () => {
    expect(progressOf("stop", sent, live({ InstanceState: "STOPPED", LatestOperation: "StopInstances", asOf: 1_000 }))).toEqual({ step: "working" });
  });

  it("LatestOperationState FAILED after the call is a failed operation with its message", () => {
    expect(
      progressOf("reboot", sent, live({ LatestOperation: "RebootInstances", LatestOperationState: "FAILED", LatestOperationErrorMsg: "boom" })),
    ).toEqual({ step: "operationFailed", message: "boom" });
  });

  it("terminate: a released instance (state null) is done", () => {
    expect(progressOf("terminate", sent, live({ InstanceState: null }))).toEqual({ step: "done" });
  });

  it("bind/unbind dialogs: the unbind call's LatestOperation (Disassociate*) settles the run too", () => {
    const unbound = (LatestOperation: string, LatestOperationState = "SUCCESS") => live({ LatestOperation, LatestOperationState });
    expect(progressOf("securityGroupBind", sent, unbound("DisassociateSecurityGroups", "OPERATING"))).toEqual({ step: "working" });
    expect(progressOf("securityGroupBind", sent, unbound("DisassociateSecurityGroups"))).toEqual({ step: "done" });
    expect(progressOf("securityGroupBind", sent, unbound("AssociateSecurityGroups"))).toEqual({ step: "done" });
    expect(progressOf("keyPairs", sent, unbound("DisassociateInstancesKeyPairs"))).toEqual({ step: "done" });
    // Someone else's operation finishing is not this run's.
    expect(progressOf("securityGroupBind", sent, unbound("ModifyInstancesAttribute"))).toEqual({ step: "working" });
  });

  it("immediate changes (rename, renew…) are done when the call returns", () => {
    expect(progressOf("rename", sent, undefined)).toEqual({ step: "done" });
  });
});

describe("summarise", () => {
  it("counts done, working, failed and skipped", () => {
    expect(summarise([{ step: "done" }, { step: "working" }, { step: "sending" }, { step: "failed" }, { step: "operationFailed" }, { step: "skipped" }])).toEqual({
      done: 1,
      working: 2,
      failed: 2,
      skipped: 1,
    });
  });
});
