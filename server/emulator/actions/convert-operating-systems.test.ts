// ConvertOperatingSystems (seed 28263–28506) through the official SDK: CentOS 7 / 8 → TencentOS Server on the clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "../accounts";
import { describeOne, launchOne } from "../state/instances/lifecycle.testing";
import { IMAGE_DURATIONS_MS } from "../state/images/timing";
import { IMAGE_SETTLE_MS, runningInstance, startImageHarness, type ImageHarness } from "../state/images/images.testing";
import { errorCodeOf } from "../testing";

let h: ImageHarness;
beforeAll(async () => {
  h = await startImageHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.emu.runtime.store.reset(DEMO_ACCOUNT.ownerUin);
  h.elapse(1_000);
});

describe("ConvertOperatingSystems", () => {
  it("ConvertOperatingSystems: seed example (a CentOS 7 instance) → TencentOS 2.4 target and a TaskId; OsName changes when it lands", async () => {
    const ins = await runningInstance(h, { ImageId: "img-pmqg1cw7" });
    const res = await h.client.ConvertOperatingSystems({ InstanceIds: [ins] });
    expect(res.SupportTargetOSList).toEqual([{ TargetOSType: "TencentOS", TargetOSVersion: "2.4" }]);
    expect(res.TaskId).toMatch(/^\d{8}$/);
    expect(await describeOne(h, ins)).toMatchObject({ InstanceState: "RUNNING", LatestOperation: "ConvertOperatingSystems", LatestOperationState: "OPERATING", OsName: "CentOS 7.9 64位" });
    expect(await errorCodeOf(h.client.RebootInstances({ InstanceIds: [ins] }))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(IMAGE_DURATIONS_MS.ConvertOperatingSystems + 1_000);
    expect(await describeOne(h, ins)).toMatchObject({ InstanceState: "RUNNING", LatestOperationState: "SUCCESS", OsName: "TencentOS Server 2.4 (TK4)" });
  });

  it("ConvertOperatingSystems: DryRun lists the targets (CentOS 8 → TencentOS 3.1) and converts nothing", async () => {
    const c8 = await runningInstance(h, { ImageId: "img-25szkc8t" });
    const c7 = await runningInstance(h, { ImageId: "img-8toqc6s3" });
    const res = await h.client.ConvertOperatingSystems({ InstanceIds: [c8, c7], DryRun: true, TargetOSType: "TencentOS", MinimalConversion: true });
    expect(res.SupportTargetOSList).toEqual([{ TargetOSType: "TencentOS", TargetOSVersion: "3.1" }, { TargetOSType: "TencentOS", TargetOSVersion: "2.4" }]);
    expect(res.TaskId).toBe("");
    expect((await describeOne(h, c8)).LatestOperation).toBe("RunInstances");
  });

  it("ConvertOperatingSystems: the documented refusals", async () => {
    const ubuntu = await runningInstance(h, { ImageId: "img-487zeit5" });
    const windows = await runningInstance(h, { ImageId: "img-9id7emv8", InstanceType: "S5.MEDIUM4" });
    const pending = await launchOne(h);
    const cases: [Parameters<typeof h.client.ConvertOperatingSystems>[0], string][] = [
      [{ InstanceIds: [ubuntu] }, "UnsupportedOperation.InstanceOsConvertOsNotSupport"],
      [{ InstanceIds: [windows] }, "UnsupportedOperation.InstanceOsWindows"],
      [{ InstanceIds: [pending] }, "UnsupportedOperation.InstanceStateNotRunning"],
      [{ InstanceIds: ["ins-zzzzzzzz"] }, "InvalidInstanceId.NotFound"],
      [{ InstanceIds: ["i-123"] }, "InvalidParameterValue.InstanceIdMalformed"],
      [{ InstanceIds: [ubuntu], TargetOSType: "Ubuntu" }, "InvalidParameter.InvalidTargetOSType"],
    ];
    for (const [req, code] of cases) expect(await errorCodeOf(h.client.ConvertOperatingSystems(req)), JSON.stringify(req)).toBe(code);
  });

  it("ConvertOperatingSystems: a STOPPED CentOS instance → UnsupportedOperation.InstanceStateNotRunning", async () => {
    const ins = await runningInstance(h);
    await h.client.StopInstances({ InstanceIds: [ins] });
    h.elapse(IMAGE_SETTLE_MS);
    expect(await errorCodeOf(h.client.ConvertOperatingSystems({ InstanceIds: [ins] }))).toBe("UnsupportedOperation.InstanceStateNotRunning");
  });
});
