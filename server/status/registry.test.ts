import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("./upstream", () => ({
  cvmStatusUpstream: () => ({ describeStatus: async () => [], describeDetails: async () => [] }),
}));
const { disposeStatusPollers, getStatusPoller, notifyInstancesChanged } = await import("./registry");

afterEach(() => disposeStatusPollers());

describe("status poller registry", () => {
  it("keeps one poller per (account, region) for the whole process", () => {
    const a = getStatusPoller("acc-1", "ap-guangzhou");
    expect(getStatusPoller("acc-1", "ap-guangzhou")).toBe(a);
    expect(getStatusPoller("acc-1", "ap-shanghai")).not.toBe(a);
    expect(getStatusPoller("acc-2", "ap-guangzhou")).not.toBe(a);
    expect((globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for("cvm-console.statusPollers")]!.size).toBe(3);
  });

  it("notifyInstancesChanged nudges the poller of that account and region only", () => {
    const a = getStatusPoller("acc-1", "ap-guangzhou");
    const b = getStatusPoller("acc-1", "ap-shanghai");
    const nudgeA = vi.spyOn(a, "nudge");
    const nudgeB = vi.spyOn(b, "nudge");
    notifyInstancesChanged("acc-1", "ap-guangzhou", ["ins-aaaaaaaa"]);
    expect(nudgeA).toHaveBeenCalledWith(["ins-aaaaaaaa"]);
    expect(nudgeB).not.toHaveBeenCalled();
    notifyInstancesChanged("acc-9", "ap-guangzhou", ["ins-aaaaaaaa"]); // nobody watches: no poller is created
    expect((globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for("cvm-console.statusPollers")]!.size).toBe(2);
  });
});
