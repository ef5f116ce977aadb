// The instance reads against the real emulator over loopback HTTP (our CvmClient, as the console uses it).
// Instances are created through the official SDK; getCvmClient is pointed at the emulator.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator, type RunningEmulator } from "@/server/emulator/server";
import { setSpeed } from "@/server/emulator/state/instances/durations";
import { sdkClient } from "@/server/emulator/testing";
import { CvmClient } from "@/server/cvm/client";
import { CloudApiError } from "@/server/cvm/errors";
import { openTestDatabase, type TestDatabase } from "@/test/postgres";
import { recordAudit } from "@/server/audit/log";

const m = vi.hoisted(() => ({ client: null as unknown, failRegion: null as string | null, calls: [] as string[], db: null as unknown }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => m.client }));
vi.mock("@/server/db/connection", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/db/connection")>()),
  getDb: async () => m.db,
}));

const q = await import("./instances");
const { clearRegionCaches } = await import("./regions");

let emu: RunningEmulator;
let real: CvmClient;
let t: TestDatabase;
const ids: Record<string, string[]> = {};

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  setSpeed(emu.runtime.store, { mode: "instant" });
  real = new CvmClient({ endpoint: emu.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  // A client that can make one region fail, and remembers which regions were asked.
  m.client = {
    call: async (action: string, params: unknown, opts: { region?: string } = {}) => {
      if (action === "DescribeInstances") m.calls.push(opts.region ?? "");
      if (action === "DescribeInstances" && opts.region === m.failRegion) {
        throw new CloudApiError({ code: "UnauthorizedOperation", message: "not in this region", requestId: "rid-fail" });
      }
      return real.call(action as never, params as never, opts);
    },
  };
  const sdk = (region: string) => sdkClient(emu.url, { region });
  const launch = async (region: string, zone: string, count: number, extra: object = {}) => {
    const res = await sdk(region).RunInstances({ Placement: { Zone: zone }, ImageId: "img-pmqg1cw7", InstanceCount: count, ...extra });
    (ids[region] ??= []).push(...res.InstanceIdSet!);
  };
  await launch("ap-guangzhou", "ap-guangzhou-3", 100, { InstanceName: "gz-bulk" });
  await launch("ap-guangzhou", "ap-guangzhou-3", 49, { InstanceName: "gz-more" });
  await launch("ap-guangzhou", "ap-guangzhou-3", 1, {
    InstanceName: "tagged-web",
    LoginSettings: { Password: "Sup3r-Secret-Pw!" },
    TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "env", Value: "prod" }] }],
  });
  await launch("ap-shanghai", "ap-shanghai-2", 30, { InstanceName: "sh" });
  t = await openTestDatabase("sqlite");
  m.db = t.db;
});

afterAll(async () => {
  real?.close();
  await emu?.close();
  await t?.close();
});

const noFilters = { filters: [], page: 1, size: 50 as const };

describe("listInstances (one region)", () => {
  it("returns one page, the total, and rows that carry their region but never a password", async () => {
    const list = await q.listInstances("acc", "ap-guangzhou", noFilters);
    expect(list.scope).toBe("region");
    expect(list.TotalCount).toBe(150);
    expect(list.InstanceSet).toHaveLength(50);
    expect(list.offset).toBe(0);
    expect(list.InstanceSet.every((r) => r.Region === "ap-guangzhou")).toBe(true);
    expect(JSON.stringify(list)).not.toContain("Sup3r-Secret-Pw!");
    const last = await q.listInstances("acc", "ap-guangzhou", { ...noFilters, page: 3 });
    expect(last.offset).toBe(100);
    expect(last.InstanceSet).toHaveLength(50);
  });

  it("passes the parsed search through as Filters (tag:env=prod)", async () => {
    const list = await q.listInstances("acc", "ap-guangzhou", { ...noFilters, filters: [{ Name: "tag:env", Values: ["prod"] }] });
    expect(list.TotalCount).toBe(1);
    expect(list.InstanceSet[0].InstanceName).toBe("tagged-web");
    expect(list.InstanceSet[0].Tags).toEqual([{ Key: "env", Value: "prod" }]);
  });
});

describe("listInstancesAllRegions", () => {
  it("lays regions end to end: page 1 from the first region, a later page straddling two", async () => {
    clearRegionCaches();
    const first = await q.listInstancesAllRegions("acc", "en-US", { filters: [], page: 1, size: 100 });
    expect(first.scope).toBe("all");
    expect(first.TotalCount).toBe(180);
    expect(first.InstanceSet).toHaveLength(100);
    const counted = first.regions!.filter((r) => (r.TotalCount ?? 0) > 0).map((r) => [r.Region, r.TotalCount]);
    expect(counted).toEqual([
      ["ap-guangzhou", 150],
      ["ap-shanghai", 30],
    ]);
    const second = await q.listInstancesAllRegions("acc", "en-US", { filters: [], page: 2, size: 100 });
    expect(second.offset).toBe(100);
    expect(second.InstanceSet.filter((r) => r.Region === "ap-guangzhou")).toHaveLength(50);
    expect(second.InstanceSet.filter((r) => r.Region === "ap-shanghai")).toHaveLength(30);
    const all = new Set([...first.InstanceSet, ...second.InstanceSet].map((r) => r.InstanceId));
    expect(all.size).toBe(180);
  });

  it("shows a failing region with its code and RequestId, and still lists the others", async () => {
    m.failRegion = "ap-shanghai";
    try {
      const list = await q.listInstancesAllRegions("acc", "en-US", { filters: [], page: 2, size: 100 });
      const shanghai = list.regions!.find((r) => r.Region === "ap-shanghai")!;
      expect(shanghai).toMatchObject({ TotalCount: null, error: { code: "UnauthorizedOperation", requestId: "rid-fail" } });
      expect(list.TotalCount).toBe(150);
      expect(list.InstanceSet).toHaveLength(50);
      expect(list.InstanceSet.every((r) => r.Region === "ap-guangzhou")).toBe(true);
    } finally {
      m.failRegion = null;
    }
  });

  it("asks only the zone's region when the search names a zone", async () => {
    m.calls.length = 0;
    const list = await q.listInstancesAllRegions("acc", "en-US", { filters: [{ Name: "zone", Values: ["ap-shanghai-2"] }], page: 1, size: 20 });
    expect([...new Set(m.calls)]).toEqual(["ap-shanghai"]);
    expect(list.TotalCount).toBe(30);
  });
});

describe("iterateInstances (CSV export)", () => {
  it("walks every page of every region, 100 at a time, each instance once", async () => {
    const seen: string[] = [];
    let batches = 0;
    for await (const rows of q.iterateInstances("acc", ["ap-guangzhou", "ap-shanghai"], [])) {
      batches++;
      expect(rows.length).toBeLessThanOrEqual(100);
      seen.push(...rows.map((r) => r.InstanceId));
    }
    expect(batches).toBe(3);
    expect(new Set(seen).size).toBe(180);
    expect(seen.length).toBe(180);
  });

  it("throws the cloud's error for the caller to report", async () => {
    m.failRegion = "ap-shanghai";
    try {
      const run = async () => {
        for await (const rows of q.iterateInstances("acc", ["ap-shanghai"], [])) void rows;
      };
      await expect(run()).rejects.toMatchObject({ code: "UnauthorizedOperation" });
    } finally {
      m.failRegion = null;
    }
  });
});

describe("describeInstance / listInstanceHistory", () => {
  it("finds an instance by id in its region, and null elsewhere", async () => {
    const id = ids["ap-shanghai"][0];
    const found = await q.describeInstance("acc", "ap-shanghai", id);
    expect(found?.InstanceId).toBe(id);
    expect(found?.Region).toBe("ap-shanghai");
    expect(await q.describeInstance("acc", "ap-guangzhou", id)).toBeNull();
  });

  it("never returns the login password the API may echo", async () => {
    const id = ids["ap-guangzhou"][149];
    const found = await q.describeInstance("acc", "ap-guangzhou", id);
    expect(found?.InstanceName).toBe("tagged-web");
    expect(JSON.stringify(found)).not.toContain("Sup3r-Secret-Pw!");
  });

  it("reads back what this console did to the instance, newest first, with error code and RequestId", async () => {
    const id = ids["ap-guangzhou"][0];
    await recordAudit({ userId: null, action: "instance.start", target: id, detail: { requestId: "r-1" }, result: "ok" }, t.db);
    await recordAudit({ userId: null, action: "instance.stop", target: id, detail: { errorCode: "UnsupportedOperation.InstanceStateStopped", requestId: "r-2" }, result: "error" }, t.db);
    await recordAudit({ userId: null, action: "instance.stop", target: ids["ap-guangzhou"][1], result: "ok" }, t.db);
    const history = await q.listInstanceHistory(id);
    expect(history.map((h) => [h.action, h.result, h.errorCode, h.requestId])).toEqual([
      ["instance.stop", "error", "UnsupportedOperation.InstanceStateStopped", "r-2"],
      ["instance.start", "ok", null, "r-1"],
    ]);
    expect(await q.listInstanceHistory("not-an-id")).toEqual([]);
  });
});
