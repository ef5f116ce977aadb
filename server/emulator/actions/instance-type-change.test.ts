import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { ALWAYS_SOLD_OUT } from "../catalog/compute/availability";
import { describe, launchRunning, launchStopped, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const resetType = (ids: string[], InstanceType: string, ForceStop?: boolean) => h.client.ResetInstancesType({ InstanceIds: ids, InstanceType, ForceStop });

group("ResetInstancesType", () => {
  it("ResetInstancesType: the seed's example changes a STOPPED instance to S5.16XLARGE256 (STOPPED, OPERATING → SUCCESS)", async () => {
    const id = await launchStopped(h, { InstanceType: "S5.MEDIUM4" });
    const res = await resetType([id], "S5.16XLARGE256");
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", InstanceType: "S5.MEDIUM4", LatestOperation: "ResetInstancesType", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", InstanceType: "S5.16XLARGE256", CPU: 64, Memory: 256, LatestOperationState: "SUCCESS" });
  });

  it("ResetInstancesType: RUNNING → UnsupportedOperation.InstanceStateRunning; with ForceStop it goes STOPPING → RUNNING with the new type", async () => {
    const [id] = await launchRunning(h, { InstanceType: "S5.MEDIUM4" });
    expect(await errorCodeOf(resetType([id], "S5.LARGE8"))).toBe("UnsupportedOperation.InstanceStateRunning");
    await resetType([id], "S5.LARGE8", true);
    expect((await describe(h.client, id)).InstanceState).toBe("STOPPING");
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", InstanceType: "S5.LARGE8", CPU: 4, Memory: 8 });
  });

  it("ResetInstancesType: one instance per call → InvalidParameterValue.LimitExceeded; in flight → OperationDenied.InstanceOperationInProgress", async () => {
    const ids = await launchRunning(h, { InstanceCount: 2 });
    expect(await errorCodeOf(resetType(ids, "S5.LARGE8", true))).toBe("InvalidParameterValue.LimitExceeded");
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    expect(await errorCodeOf(resetType(InstanceIdSet!, "S5.LARGE8", true))).toBe("OperationDenied.InstanceOperationInProgress");
  });

  it("ResetInstancesType: the target type — malformed, unknown, not sold in the zone, sold out, unchanged", async () => {
    const id = await launchStopped(h, { InstanceType: "S5.MEDIUM4" });
    expect(await errorCodeOf(resetType([id], "s5-large"))).toBe("InvalidInstanceType.Malformed");
    expect(await errorCodeOf(resetType([id], "S5.HUGE999"))).toBe("ResourceNotFound.InvalidZoneInstanceType");
    expect(await errorCodeOf(resetType([id], "S2.SMALL1"))).toBe("ResourceUnavailable.InstanceType");
    expect(await errorCodeOf(resetType([id], ALWAYS_SOLD_OUT))).toBe("ResourcesSoldOut.SpecifiedInstanceType");
    expect(await errorCodeOf(resetType([id], "S5.MEDIUM4"))).toBe("InvalidParameterValue");
    expect((await describe(h.client, id)).LatestOperation).toBe("StopInstances");
  });

  it("ResetInstancesType: family moves the seed refuses — to ARM, to GPU, to FPGA", async () => {
    const id = await launchStopped(h, { InstanceType: "S5.MEDIUM4" });
    expect(await errorCodeOf(resetType([id], "SR1.MEDIUM4"))).toBe("UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM");
    expect(await errorCodeOf(resetType([id], "GN7.2XLARGE32"))).toBe("InvalidParameterValue.GPUInstanceFamily");
    expect(await errorCodeOf(resetType([id], "FX4.4XLARGE64"))).toBe("UnsupportedOperation.HeterogeneousChangeInstanceFamily");
  });

  it("ResetInstancesType: a PREPAID instance may downgrade 5 times, then → LimitExceeded; DescribeInstancesOperationLimit counts them", async () => {
    const id = await launchStopped(h, { InstanceType: "S5.LARGE8", ...prepaid() });
    const expired = (await describe(h.client, id)).ExpiredTime;
    const limit = async () => (await h.client.DescribeInstancesOperationLimit({ InstanceIds: [id], Operation: "INSTANCE_DEGRADE" })).InstanceOperationLimitSet![0];
    expect(await limit()).toEqual({ Operation: "INSTANCE_DEGRADE", InstanceId: id, CurrentCount: 0, LimitCount: 5 });
    for (let i = 0; i < 5; i++) {
      await resetType([id], "S5.MEDIUM4");
      h.elapse(SETTLE_MS);
      await resetType([id], "S5.LARGE8"); // an upgrade is not counted
      h.elapse(SETTLE_MS);
    }
    expect(await limit()).toMatchObject({ CurrentCount: 5, LimitCount: 5 });
    expect(await errorCodeOf(resetType([id], "S5.MEDIUM4"))).toBe("LimitExceeded");
    expect((await describe(h.client, id)).ExpiredTime).toBe(expired);
  });
});

group("DescribeInstancesModification", () => {
  it("DescribeInstancesModification: the seed's example (status SELL) lists the same-zone types the instance can move to, in stock", async () => {
    const [id] = await launchRunning(h, { InstanceType: "S5.MEDIUM4" });
    const res = await h.client.DescribeInstancesModification({ InstanceIds: [id], Filters: [{ Name: "status", Values: ["SELL"] }] });
    const set = res.InstanceTypeConfigStatusSet!;
    expect(res.TotalCount).toBe(set.length);
    expect(set.length).toBeGreaterThan(10);
    const types = set.map((s) => s.InstanceTypeConfig!.InstanceType!);
    expect(types).not.toContain("S5.MEDIUM4");
    expect(types).not.toContain(ALWAYS_SOLD_OUT);
    expect(types.some((t) => /^(SR1|GN7|GNV4|FX4)\./.test(t))).toBe(false);
    expect(set.every((s) => s.Status === "SELL" && s.Message === "" && s.InstanceTypeConfig!.Zone === "ap-guangzhou-3")).toBe(true);
    expect(set.find((s) => s.InstanceTypeConfig!.InstanceType === "SA2.MEDIUM4")).toEqual({
      Status: "SELL",
      Message: "",
      InstanceTypeConfig: { Zone: "ap-guangzhou-3", InstanceType: "SA2.MEDIUM4", InstanceFamily: "SA2", GPU: 0, CPU: 2, Memory: 4, FPGA: 0, GpuCount: 0 },
    });
  });

  it("DescribeInstancesModification: sold-out targets are UNAVAILABLE without the filter", async () => {
    const [id] = await launchRunning(h, { InstanceType: "M5.SMALL8" });
    const set = (await h.client.DescribeInstancesModification({ InstanceIds: [id] })).InstanceTypeConfigStatusSet!;
    expect(set.find((s) => s.InstanceTypeConfig!.InstanceType === ALWAYS_SOLD_OUT)!.Status).toBe("UNAVAILABLE");
  });

  it("DescribeInstancesModification: instances of two zones → FailedOperation.ZoneInconsistent; bad filters → InvalidFilter / InvalidFilterValue.LimitExceeded; > 20 ids → LimitExceeded", async () => {
    const [a] = await launchRunning(h);
    const [b] = await launchRunning(h, { Placement: { Zone: "ap-guangzhou-4" } });
    expect(await errorCodeOf(h.client.DescribeInstancesModification({ InstanceIds: [a, b] }))).toBe("FailedOperation.ZoneInconsistent");
    expect(await errorCodeOf(h.client.DescribeInstancesModification({ InstanceIds: [a], Filters: [{ Name: "zone", Values: ["x"] }] }))).toBe("InvalidFilter");
    const three = { Name: "status", Values: ["SELL", "UNAVAILABLE", "SOLD_OUT"] };
    expect(await errorCodeOf(h.client.DescribeInstancesModification({ InstanceIds: [a], Filters: [three] }))).toBe("InvalidFilterValue.LimitExceeded");
    const ids = Array.from({ length: 21 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(h.client.DescribeInstancesModification({ InstanceIds: ids }))).toBe("InvalidParameterValue.LimitExceeded");
  });
});

group("DescribeInstancesOperationLimit", () => {
  it("DescribeInstancesOperationLimit: postpaid instances have no limit (-1), both operations; unknown operation → InvalidParameterValue", async () => {
    const [id] = await launchRunning(h);
    for (const Operation of ["INSTANCE_DEGRADE", "INTERNET_CHARGE_TYPE_CHANGE"]) {
      const res = await h.client.DescribeInstancesOperationLimit({ InstanceIds: [id], Operation });
      expect(res.InstanceOperationLimitSet).toEqual([{ Operation, InstanceId: id, CurrentCount: -1, LimitCount: -1 }]);
    }
    expect(await errorCodeOf(h.client.DescribeInstancesOperationLimit({ InstanceIds: [id], Operation: "REBOOT" }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(h.client.DescribeInstancesOperationLimit({ InstanceIds: ["ins-00000000"], Operation: "INSTANCE_DEGRADE" }))).toBe("InvalidInstanceId.NotFound");
  });
});
