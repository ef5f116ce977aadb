// What RunInstances guarantees beyond one call: ClientToken idempotency (seed 8771), DryRun (seed 8851), quota
// (DescribeAccountQuota, seed 16572), injected faults, and persistence across a restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, minimalLaunch, describeOne, stateOf, SETTLE_MS, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { setQuotaOverride } from "../state/quota";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
});
afterAll(() => h.close());
beforeEach(() => {
  h.elapse(1_000);
  h.emu.runtime.faults.clear();
});

const total = async () => (await h.client.DescribeInstances({ Limit: 1 })).TotalCount!;

describe("ClientToken idempotency", () => {
  it("RunInstances: the same ClientToken and params twice → the same InstanceIdSet, one set created", async () => {
    const before = await total();
    const req = minimalLaunch({ InstanceCount: 2, ClientToken: "system-f3827db9-c58a-49cc-bf10-33fc1923a34a" });
    const first = await h.client.RunInstances(req);
    const second = await h.client.RunInstances(req);
    expect(second.InstanceIdSet).toEqual(first.InstanceIdSet);
    expect(second.RequestId).not.toBe(first.RequestId);
    expect(await total()).toBe(before + 2);
  });

  it("RunInstances: a used ClientToken with different params → InvalidParameter, nothing created", async () => {
    await h.client.RunInstances(minimalLaunch({ ClientToken: "token-b" }));
    const before = await total();
    expect(await errorCodeOf(h.client.RunInstances(minimalLaunch({ ClientToken: "token-b", InstanceName: "other" })))).toBe("InvalidParameter");
    expect(await total()).toBe(before);
  });

  it("RunInstances: dropResponseAfterCommit → the call commits but gets no answer; the retry with its token gets the ids, nothing twice", async () => {
    const before = await total();
    h.emu.runtime.faults.set({ action: "RunInstances", kind: "dropResponseAfterCommit", probability: 1, latencyMs: 0 });
    const req = minimalLaunch({ InstanceCount: 3, ClientToken: "retry-after-drop" });
    await expect(h.client.RunInstances(req)).rejects.toThrow();
    expect(await total()).toBe(before + 3);
    h.emu.runtime.faults.clear();
    const retry = await h.client.RunInstances(req);
    expect(retry.InstanceIdSet).toHaveLength(3);
    expect(await total()).toBe(before + 3);
    expect((await h.client.DescribeInstances({ InstanceIds: retry.InstanceIdSet })).TotalCount).toBe(3);
  });

  it("RunInstances: a token is scoped to the region — the same token in another region creates there", async () => {
    const token = "per-region";
    const gz = await h.client.RunInstances(minimalLaunch({ ClientToken: token }));
    const { sdkClient } = await import("../testing");
    const sh = await sdkClient(h.emu.url, { region: "ap-shanghai" }).RunInstances({ Placement: { Zone: "ap-shanghai-2" }, ImageId: "img-pmqg1cw7", ClientToken: token });
    expect(sh.InstanceIdSet).not.toEqual(gz.InstanceIdSet);
  });
});

describe("DryRun", () => {
  it("RunInstances: DryRun with a valid request → DryRunOperation, nothing created", async () => {
    const before = await total();
    expect(await errorCodeOf(h.client.RunInstances(minimalLaunch({ DryRun: true, InstanceCount: 5 })))).toBe("DryRunOperation");
    expect(await total()).toBe(before);
  });

  it("RunInstances: DryRun still reports the first broken rule (here the password)", async () => {
    expect(await errorCodeOf(h.client.RunInstances(minimalLaunch({ DryRun: true, LoginSettings: { Password: "short" } })))).toBe("InvalidParameterValue.InvalidPassword");
  });

  it("RunInstances: DryRun with a ClientToken records nothing — the real call with that token then creates", async () => {
    const req = minimalLaunch({ ClientToken: "dry-then-real" });
    expect(await errorCodeOf(h.client.RunInstances({ ...req, DryRun: true }))).toBe("DryRunOperation");
    expect((await h.client.RunInstances(req)).InstanceIdSet).toHaveLength(1);
  });
});

describe("quota", () => {
  const scope = { account: "100000000001", region: "ap-guangzhou" };

  it("RunInstances: more pay-as-you-go instances than the zone's remaining quota → LimitExceeded.InstanceQuota; DescribeAccountQuota shows the usage", async () => {
    const zone = "ap-guangzhou-6";
    setQuotaOverride(h.emu.runtime.store, scope, zone, { postPaid: 3 });
    await h.client.RunInstances({ Placement: { Zone: zone }, ImageId: "img-pmqg1cw7", InstanceCount: 2 });
    expect(await errorCodeOf(h.client.RunInstances({ Placement: { Zone: zone }, ImageId: "img-pmqg1cw7", InstanceCount: 2 }))).toBe("LimitExceeded.InstanceQuota");
    const quota = await h.client.DescribeAccountQuota({ Filters: [{ Name: "zone", Values: [zone] }, { Name: "quota-type", Values: ["PostPaidQuotaSet"] }] });
    expect(quota.AccountQuotaOverview!.AccountQuota!.PostPaidQuotaSet).toEqual([{ Zone: zone, TotalQuota: 3, UsedQuota: 2, RemainingQuota: 1 }]);
    await h.client.RunInstances({ Placement: { Zone: zone }, ImageId: "img-pmqg1cw7", InstanceCount: 1 });
  });

  it("RunInstances: prepaid over the zone's quota → LimitExceeded.PrepayQuota; spot over its vCPU quota → LimitExceeded.SpotQuota", async () => {
    const zone = "ap-guangzhou-7";
    setQuotaOverride(h.emu.runtime.store, scope, zone, { prePaid: 1, spotCores: 8 });
    const base = { Placement: { Zone: zone }, ImageId: "img-pmqg1cw7" };
    expect(await errorCodeOf(h.client.RunInstances({ ...base, InstanceCount: 2, InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } }))).toBe("LimitExceeded.PrepayQuota");
    expect(await errorCodeOf(h.client.RunInstances({ ...base, InstanceCount: 3, InstanceType: "S5.LARGE8", InstanceChargeType: "SPOTPAID" }))).toBe("LimitExceeded.SpotQuota");
    await h.client.RunInstances({ ...base, InstanceCount: 2, InstanceType: "S5.LARGE8", InstanceChargeType: "SPOTPAID" });
    const quota = await h.client.DescribeAccountQuota({ Filters: [{ Name: "zone", Values: [zone] }] });
    expect(quota.AccountQuotaOverview!.AccountQuota!.SpotPaidQuotaSet).toEqual([{ Zone: zone, TotalQuota: 8, UsedQuota: 8, RemainingQuota: 0 }]);
  });

  it("DescribeAccountQuota: AppId, Region and every set; filters — unknown name → InvalidFilter, bad zone → InvalidZone.MismatchRegion, bad quota-type → InvalidParameterValue.Range, > 5 values → InvalidFilterValue.LimitExceeded", async () => {
    const all = await h.client.DescribeAccountQuota({});
    expect(all.AppId).toBe(1250000000);
    expect(all.AccountQuotaOverview!.Region).toBe("ap-guangzhou");
    const q = all.AccountQuotaOverview!.AccountQuota!;
    expect(q.PostPaidQuotaSet!.map((z) => z.Zone)).toEqual(["ap-guangzhou-1", "ap-guangzhou-2", "ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"]);
    expect(q.PrePaidQuotaSet![0]).toMatchObject({ OnceQuota: 300 });
    expect(q.ImageQuotaSet).toEqual([{ UsedQuota: 0, TotalQuota: 500 }]);
    expect(q.DisasterRecoverGroupQuotaSet).toEqual([{ GroupQuota: 10, CurrentNum: 0, CvmInHostGroupQuota: 50, CvmInSwitchGroupQuota: 20, CvmInRackGroupQuota: 30 }]);
    const onlyImages = await h.client.DescribeAccountQuota({ Filters: [{ Name: "quota-type", Values: ["ImageQuotaSet"] }] });
    expect(onlyImages.AccountQuotaOverview!.AccountQuota!.PostPaidQuotaSet).toEqual([]);
    expect(await errorCodeOf(h.client.DescribeAccountQuota({ Filters: [{ Name: "region", Values: ["x"] }] }))).toBe("InvalidFilter");
    expect(await errorCodeOf(h.client.DescribeAccountQuota({ Filters: [{ Name: "zone", Values: ["ap-shanghai-2"] }] }))).toBe("InvalidZone.MismatchRegion");
    expect(await errorCodeOf(h.client.DescribeAccountQuota({ Filters: [{ Name: "quota-type", Values: ["CpuQuotaSet"] }] }))).toBe("InvalidParameterValue.Range");
    const six = ["1", "2", "3", "4", "6", "7"].map((n) => `ap-guangzhou-${n}`);
    expect(await errorCodeOf(h.client.DescribeAccountQuota({ Filters: [{ Name: "zone", Values: six }] }))).toBe("InvalidFilterValue.LimitExceeded");
  });
});

describe("faults", () => {
  it("RunInstances under launchFailed → LAUNCH_FAILED, LatestOperationState FAILED with the fault's LatestOperationErrorMsg", async () => {
    h.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 1, latencyMs: 0, message: "no capacity" });
    const id = (await h.client.RunInstances(minimalLaunch())).InstanceIdSet![0];
    expect(await stateOf(h, id)).toBe("PENDING");
    h.elapse(SETTLE_MS);
    expect(await describeOne(h, id)).toMatchObject({ InstanceState: "LAUNCH_FAILED", LatestOperation: "RunInstances", LatestOperationState: "FAILED", LatestOperationErrorMsg: "no capacity" });
  });

  it("launchFailed with probability 0.5 and a seed fails the same instances of a batch every time", async () => {
    const outcome = async () => {
      const other = await startHarness({ mode: "instant" });
      try {
        other.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 0.5, latencyMs: 0, seed: 42 });
        const ids = (await other.client.RunInstances(minimalLaunch({ InstanceCount: 12 }))).InstanceIdSet!;
        const res = await other.client.DescribeInstancesStatus({ InstanceIds: ids });
        return ids.map((id) => res.InstanceStatusSet!.find((s) => s.InstanceId === id)!.InstanceState);
      } finally {
        await other.close();
      }
    };
    const first = await outcome();
    expect(first).toContain("LAUNCH_FAILED");
    expect(first).toContain("RUNNING");
    expect(await outcome()).toEqual(first);

  });

  it("RunInstances under stayPendingDescribes 3 → PENDING for three describes, however much time passes, then RUNNING", async () => {
    h.emu.runtime.faults.set({ action: "RunInstances", kind: "stayPendingDescribes", describes: 3, probability: 1, latencyMs: 0 });
    const id = (await h.client.RunInstances(minimalLaunch())).InstanceIdSet![0];
    h.elapse(SETTLE_MS);
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await stateOf(h, id));
    expect(seen).toEqual(["PENDING", "PENDING", "PENDING", "RUNNING"]);
  });

  it("POST /_emulator/faults: the new kinds are validated (launchFailed only on RunInstances, describes required)", async () => {
    const post = (body: unknown) => fetch(`${h.emu.url}/_emulator/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await post({ action: "StopInstances", kind: "launchFailed" })).status).toBe(400);
    expect((await post({ action: "RunInstances", kind: "stayPendingDescribes" })).status).toBe(400);
    expect((await post({ action: "RunInstances", kind: "stayPendingDescribes", describes: 2 })).status).toBe(200);
    expect((await post({ action: "*", kind: "dropResponseAfterCommit", probability: 0.1, seed: 7 })).status).toBe(200);
  });
});

describe("persistence", () => {
  it("an instance survives a restart of the emulator on the same file, and its transition still lands", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "emulator-lifecycle-"));
    const dbPath = path.join(dir, "emulator.db");
    try {
      const first = await startHarness({ mode: "realistic" }, dbPath);
      const id = (await first.client.RunInstances(minimalLaunch({ InstanceName: "kept", TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "env", Value: "prod" }] }] })))
        .InstanceIdSet![0];
      const before = await describeOne(first, id);
      await first.close();

      const second = await startHarness({ mode: "realistic" }, dbPath);
      try {
        expect(await describeOne(second, id)).toEqual(before);
        second.elapse(SETTLE_MS);
        expect(await describeOne(second, id)).toMatchObject({ InstanceName: "kept", InstanceState: "RUNNING", LatestOperationState: "SUCCESS", Tags: [{ Key: "env", Value: "prod" }] });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
