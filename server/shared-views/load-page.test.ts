import { beforeEach, describe, expect, it, vi } from "vitest";

const m = vi.hoisted(() => ({ listInstances: vi.fn(), listInstancesAllRegions: vi.fn() }));
vi.mock("@/server/queries/instances", () => ({ listInstances: m.listInstances, listInstancesAllRegions: m.listInstancesAllRegions }));

// The cache reads the clock it was created with: install the fake one before the module loads.
vi.useFakeTimers({ now: Date.UTC(2026, 10, 28), toFake: ["Date"] });
const { loadSharedViewPage, FRESH_MS } = await import("./load-page");

const view = { id: "sv-1", accountId: "acc-1", region: "ap-guangzhou", scope: "region" as const, q: "state:running tag:env=prod" } as Parameters<typeof loadSharedViewPage>[0];
const list = { scope: "region", TotalCount: 1, InstanceSet: [], offset: 0, asOf: "2026-11-28T00:00:00.000Z" };

beforeEach(() => {
  m.listInstances.mockReset().mockResolvedValue(list);
  m.listInstancesAllRegions.mockReset().mockResolvedValue(list);
});

describe("shared view pages", () => {
  it("many visitors within the freshness window cost one upstream listing; the view's search becomes filters", async () => {
    const v = { ...view, id: "sv-a" };
    await Promise.all(Array.from({ length: 20 }, () => loadSharedViewPage(v, 1, "en-US")));
    expect(m.listInstances).toHaveBeenCalledTimes(1);
    expect(m.listInstances).toHaveBeenCalledWith("acc-1", "ap-guangzhou", {
      filters: [
        { Name: "instance-state", Values: ["RUNNING"] },
        { Name: "tag:env", Values: ["prod"] },
      ],
      page: 1,
      size: 100,
    });
    vi.setSystemTime(Date.now() + FRESH_MS + 1);
    await loadSharedViewPage(v, 1, "en-US");
    expect(m.listInstances).toHaveBeenCalledTimes(2);
  });

  it("pages, languages and views are kept apart; All regions views fan out", async () => {
    const v = { ...view, id: "sv-b" };
    await loadSharedViewPage(v, 1, "en-US");
    await loadSharedViewPage(v, 2, "en-US");
    await loadSharedViewPage(v, 1, "zh-CN");
    await loadSharedViewPage({ ...v, id: "sv-c", scope: "all" }, 1, "en-US");
    expect(m.listInstances).toHaveBeenCalledTimes(3);
    expect(m.listInstancesAllRegions).toHaveBeenCalledTimes(1);
  });

  it("a failure is not served to the next visitor after a few seconds", async () => {
    const v = { ...view, id: "sv-d" };
    m.listInstances.mockRejectedValueOnce(new Error("RequestLimitExceeded"));
    await expect(loadSharedViewPage(v, 1, "en-US")).rejects.toThrow();
    vi.setSystemTime(Date.now() + 6_000);
    await expect(loadSharedViewPage(v, 1, "en-US")).resolves.toEqual(list);
  });
});
