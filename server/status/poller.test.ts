import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CloudApiError } from "@/server/cvm/errors";
import { StatusPoller, type DetailRow, type PollResult, type StatusUpstream } from "./poller";

/** A fake cloud: instances by id, plus a log of every upstream call. */
function fakeCloud(ids: string[], state = "RUNNING") {
  const instances = new Map<string, Omit<DetailRow, "InstanceId">>(
    ids.map((id) => [id, { InstanceState: state, LatestOperation: "StartInstances", LatestOperationState: "SUCCESS", LatestOperationErrorMsg: null }]),
  );
  const calls: Array<{ action: "DescribeInstancesStatus" | "DescribeInstances"; ids: string[] }> = [];
  let failure: Error | null = null;
  const upstream: StatusUpstream = {
    async describeStatus(batch) {
      calls.push({ action: "DescribeInstancesStatus", ids: batch });
      if (failure) throw failure;
      return batch.flatMap((id) => (instances.has(id) ? [{ InstanceId: id, InstanceState: instances.get(id)!.InstanceState }] : []));
    },
    async describeDetails(batch) {
      calls.push({ action: "DescribeInstances", ids: batch });
      if (failure) throw failure;
      return batch.flatMap((id) => (instances.has(id) ? [{ InstanceId: id, ...instances.get(id)! }] : []));
    },
  };
  const count = (action: string) => calls.filter((c) => c.action === action).length;
  return {
    instances,
    calls,
    upstream,
    count,
    set: (id: string, patch: Partial<Omit<DetailRow, "InstanceId">>) => instances.set(id, { ...instances.get(id)!, ...patch }),
    fail: (err: Error | null) => (failure = err),
  };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
const OPTS = { fastMs: 2_500, slowMs: 30_000, lingerMs: 0, kickDelayMs: 50, maxBackoffMs: 60_000, random: () => 0.5 };

let poller: StatusPoller | undefined;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  poller?.dispose();
  poller = undefined;
  vi.useRealTimers();
});

describe("StatusPoller batching", () => {
  it("250 watched ids → 3 DescribeInstancesStatus calls of 100, 100 and 50, each with its own ids", async () => {
    const cloud = fakeCloud(ids(250));
    poller = new StatusPoller(cloud.upstream, OPTS);
    poller.subscribe(ids(250), () => {});
    await vi.advanceTimersByTimeAsync(60);
    const status = cloud.calls.filter((c) => c.action === "DescribeInstancesStatus");
    expect(status.map((c) => c.ids.length)).toEqual([100, 100, 50]);
    expect(new Set(status.flatMap((c) => c.ids)).size).toBe(250);
  });

  it("reads LatestOperation* (DescribeInstances) once for new ids, then only the heartbeat while nothing changes", async () => {
    const cloud = fakeCloud(ids(250));
    poller = new StatusPoller(cloud.upstream, OPTS);
    poller.subscribe(ids(250), () => {});
    await vi.advanceTimersByTimeAsync(60);
    expect(cloud.count("DescribeInstances")).toBe(3);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(cloud.count("DescribeInstancesStatus")).toBe(6);
    expect(cloud.count("DescribeInstances")).toBe(3);
  });

  it("re-reads details only for the instance whose state changed", async () => {
    const cloud = fakeCloud(ids(250));
    poller = new StatusPoller(cloud.upstream, OPTS);
    poller.subscribe(ids(250), () => {});
    await vi.advanceTimersByTimeAsync(60);
    cloud.set("ins-00000007", { InstanceState: "STOPPING", LatestOperation: "StopInstances", LatestOperationState: "OPERATING" });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(cloud.calls.at(-1)).toEqual({ action: "DescribeInstances", ids: ["ins-00000007"] });
    expect(poller.snapshot(["ins-00000007"]).get("ins-00000007")).toMatchObject({ InstanceState: "STOPPING", LatestOperation: "StopInstances", LatestOperationState: "OPERATING" });
  });

  it("keeps re-reading an OPERATING instance in a settled state until its operation ends", async () => {
    const cloud = fakeCloud(ids(1));
    cloud.set("ins-00000000", { LatestOperation: "ResetInstancesPassword", LatestOperationState: "OPERATING" });
    poller = new StatusPoller(cloud.upstream, OPTS);
    poller.subscribe(ids(1), () => {});
    await vi.advanceTimersByTimeAsync(60);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(cloud.count("DescribeInstances")).toBe(2);
    cloud.set("ins-00000000", { LatestOperationState: "SUCCESS" });
    await vi.advanceTimersByTimeAsync(2_500);
    expect(poller.snapshot(["ins-00000000"]).get("ins-00000000")?.LatestOperationState).toBe("SUCCESS");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(cloud.count("DescribeInstances")).toBe(3);
  });

  it("reports an instance missing from DescribeInstancesStatus as gone (InstanceState null)", async () => {
    const cloud = fakeCloud(ids(2));
    poller = new StatusPoller(cloud.upstream, OPTS);
    const seen: PollResult[] = [];
    poller.subscribe(ids(2), (r) => seen.push(r));
    await vi.advanceTimersByTimeAsync(60);
    cloud.instances.delete("ins-00000001");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(seen.at(-1)!.changes.get("ins-00000001")?.InstanceState).toBeNull();
    expect(seen.at(-1)!.changes.has("ins-00000000")).toBe(false);
  });
});

describe("StatusPoller intervals", () => {
  it("polls every slowMs while everything is settled and every fastMs while anything is transitional", async () => {
    const cloud = fakeCloud(ids(3));
    poller = new StatusPoller(cloud.upstream, OPTS);
    poller.subscribe(ids(3), () => {});
    await vi.advanceTimersByTimeAsync(60);
    expect(cloud.count("DescribeInstancesStatus")).toBe(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(cloud.count("DescribeInstancesStatus")).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000); // slow poll
    expect(cloud.count("DescribeInstancesStatus")).toBe(2);

    cloud.set("ins-00000001", { InstanceState: "STOPPING", LatestOperationState: "OPERATING" });
    await vi.advanceTimersByTimeAsync(30_000); // the slow poll that sees STOPPING
    const before = cloud.count("DescribeInstancesStatus");
    await vi.advanceTimersByTimeAsync(2_500);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(cloud.count("DescribeInstancesStatus")).toBe(before + 2); // fast

    cloud.set("ins-00000001", { InstanceState: "STOPPED", LatestOperationState: "SUCCESS" });
    await vi.advanceTimersByTimeAsync(2_500); // sees STOPPED: back to slow
    const settled = cloud.count("DescribeInstancesStatus");
    await vi.advanceTimersByTimeAsync(29_000);
    expect(cloud.count("DescribeInstancesStatus")).toBe(settled);
  });

  it("is paused (no timer, no calls) once no stream watches, and resumes at once when one subscribes", async () => {
    const cloud = fakeCloud(ids(3), "STARTING");
    poller = new StatusPoller(cloud.upstream, OPTS);
    const unsubscribe = poller.subscribe(ids(3), () => {});
    await vi.advanceTimersByTimeAsync(60);
    unsubscribe();
    expect(poller.active).toBe(false);
    const calls = cloud.calls.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(cloud.calls.length).toBe(calls);

    poller.subscribe(ids(1), () => {});
    await vi.advanceTimersByTimeAsync(60);
    expect(cloud.calls.at(-1)?.ids).toEqual(["ins-00000000"]);
  });

  it("keeps polling ids for lingerMs after their last stream closed (a reconnect misses nothing), then pauses", async () => {
    const cloud = fakeCloud(ids(1), "STOPPING");
    poller = new StatusPoller(cloud.upstream, { ...OPTS, lingerMs: 10_000 });
    poller.subscribe(ids(1), () => {})();
    await vi.advanceTimersByTimeAsync(7_600); // kick + 3 fast polls, all within the linger window
    expect(cloud.count("DescribeInstancesStatus")).toBe(4);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cloud.count("DescribeInstancesStatus")).toBe(4); // the poll due after the window finds nothing to do
    expect(poller.active).toBe(false);
  });

  it("a nudge (one of our actions) polls within kickDelayMs and re-reads the operation", async () => {
    const cloud = fakeCloud(ids(2));
    poller = new StatusPoller(cloud.upstream, OPTS);
    poller.subscribe(ids(2), () => {});
    await vi.advanceTimersByTimeAsync(60);
    cloud.set("ins-00000000", { LatestOperation: "ModifyInstancesAttribute", LatestOperationState: "OPERATING" });
    poller.nudge(["ins-00000000"]);
    await vi.advanceTimersByTimeAsync(60);
    expect(cloud.calls.at(-1)).toEqual({ action: "DescribeInstances", ids: ["ins-00000000"] });
  });
});

describe("StatusPoller fan-out", () => {
  it("50 subscribers to the same 1000 ids cost the same 10 upstream calls per poll as one, and all hear each poll", async () => {
    const cloud = fakeCloud(ids(1000));
    poller = new StatusPoller(cloud.upstream, OPTS);
    const heard = Array.from({ length: 50 }, () => [] as PollResult[]);
    poller.subscribe(ids(1000), (r) => heard[0]!.push(r));
    await vi.advanceTimersByTimeAsync(60);
    const afterFirst = cloud.count("DescribeInstancesStatus");
    await vi.advanceTimersByTimeAsync(30_000);
    const perPollWithOne = cloud.count("DescribeInstancesStatus") - afterFirst;

    for (let i = 1; i < 50; i++) poller.subscribe(ids(1000), (r) => heard[i]!.push(r));
    const before = cloud.count("DescribeInstancesStatus");
    await vi.advanceTimersByTimeAsync(30_000);
    const perPollWithFifty = cloud.count("DescribeInstancesStatus") - before;

    expect(perPollWithOne).toBe(10);
    expect(perPollWithFifty).toBe(10);
    expect(heard.every((h) => h.length >= 1)).toBe(true);
    expect(heard[49]!.at(-1)!.seq).toBe(heard[0]!.at(-1)!.seq);
  });
});

describe("StatusPoller errors", () => {
  it("keeps the last known state, reports degraded with the reason, backs off, and recovers", async () => {
    const cloud = fakeCloud(ids(2), "STOPPING");
    poller = new StatusPoller(cloud.upstream, OPTS);
    const seen: PollResult[] = [];
    poller.subscribe(ids(2), (r) => seen.push(r));
    await vi.advanceTimersByTimeAsync(60);
    const lastSuccessAt = poller.health.lastSuccessAt;
    expect(poller.health.state).toBe("ok");

    cloud.fail(new CloudApiError({ code: "ClientCircuitOpen", message: "The cloud API is failing repeatedly" }));
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const n = cloud.calls.length;
      const start = Date.now();
      while (cloud.calls.length === n) await vi.advanceTimersByTimeAsync(100);
      times.push(Date.now() - start);
    }
    // fastMs · 2^(n−1) with 0.5 jitter (×1.0), capped at maxBackoffMs; the first failure came after one fast interval.
    expect(times.map((t) => Math.round(t / 100) * 100)).toEqual([2_500, 2_500, 5_000, 10_000, 20_000, 40_000]);
    expect(poller.health).toMatchObject({ state: "degraded", reason: "ClientCircuitOpen", lastSuccessAt });
    expect(seen.at(-1)!.health.state).toBe("degraded");
    expect(poller.snapshot(ids(2)).get("ins-00000000")?.InstanceState).toBe("STOPPING");

    cloud.fail(null);
    cloud.set("ins-00000000", { InstanceState: "STOPPED", LatestOperationState: "SUCCESS" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(poller.health.state).toBe("ok");
    expect(poller.health.lastSuccessAt).toBeGreaterThan(lastSuccessAt!);
    expect(poller.snapshot(ids(2)).get("ins-00000000")?.InstanceState).toBe("STOPPED");
  });

  it("a failure of one batch out of three is degraded, while the other batches still deliver their changes", async () => {
    const cloud = fakeCloud(ids(250));
    const flaky: StatusUpstream = {
      ...cloud.upstream,
      describeStatus: (batch, signal) =>
        batch.includes("ins-00000200") ? Promise.reject(new CloudApiError({ code: "InternalError", message: "boom" })) : cloud.upstream.describeStatus(batch, signal),
    };
    poller = new StatusPoller(flaky, OPTS);
    poller.subscribe(ids(250), () => {});
    await vi.advanceTimersByTimeAsync(60);
    expect(poller.health).toMatchObject({ state: "degraded", reason: "InternalError", lastSuccessAt: null });
    expect(poller.snapshot(ids(250)).size).toBe(200);
  });
});

describe("StatusPoller limits", () => {
  it("refuses ids beyond maxIds distinct ids, counting ids already watched only once", () => {
    const cloud = fakeCloud([]);
    poller = new StatusPoller(cloud.upstream, { ...OPTS, maxIds: 150 });
    poller.subscribe(ids(100), () => {});
    expect(poller.wouldExceed(ids(100))).toBe(false);
    expect(poller.wouldExceed(ids(150))).toBe(false);
    expect(poller.wouldExceed(ids(151))).toBe(true);
  });
});
