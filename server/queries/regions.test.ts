import { beforeEach, describe, expect, it, vi } from "vitest";
import { CloudApiError } from "@/server/cvm/errors";

const call = vi.fn();
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: vi.fn(async () => ({ call })) }));

const { clearRegionCaches, describeRegions, describeZones } = await import("./regions");

beforeEach(() => {
  call.mockReset();
  clearRegionCaches();
});

describe("describeRegions", () => {
  it("asks in the UI language and keeps Tencent's field names", async () => {
    call.mockResolvedValue({ RegionSet: [{ Region: "ap-guangzhou", RegionName: "华南地区(广州)", RegionState: "AVAILABLE" }], TotalCount: 1 });
    expect(await describeRegions("acc", "zh-CN")).toEqual([{ Region: "ap-guangzhou", RegionName: "华南地区(广州)", RegionState: "AVAILABLE" }]);
    expect(call).toHaveBeenCalledWith("DescribeRegions", {}, { language: "zh-CN" });
  });

  it("serves repeat calls from the cache, separately per account and language", async () => {
    call.mockResolvedValue({ RegionSet: [], TotalCount: 0 });
    await Promise.all([describeRegions("acc", "en-US"), describeRegions("acc", "en-US")]);
    await describeRegions("acc", "en-US");
    expect(call).toHaveBeenCalledTimes(1);
    await describeRegions("acc", "zh-CN");
    await describeRegions("other", "en-US");
    expect(call).toHaveBeenCalledTimes(3);
  });

  it("passes a failure through with its Tencent code and RequestId", async () => {
    call.mockRejectedValueOnce(new CloudApiError({ code: "InternalError", message: "boom", requestId: "r" }));
    await expect(describeRegions("acc", "en-US")).rejects.toMatchObject({ code: "InternalError", requestId: "r" });
    clearRegionCaches(); // failures are kept a few seconds (see ttl-cache.test.ts); start afresh
    call.mockResolvedValueOnce({ RegionSet: [{ Region: "ap-beijing", RegionName: "North China", RegionState: "AVAILABLE" }] });
    expect((await describeRegions("acc", "en-US")).map((r) => r.Region)).toEqual(["ap-beijing"]);
  });
});

describe("describeZones", () => {
  it("sends the region and caches per region", async () => {
    call.mockResolvedValue({ ZoneSet: [{ Zone: "ap-guangzhou-3", ZoneName: "Guangzhou Zone 3", ZoneId: "100003", ZoneState: "AVAILABLE" }] });
    const zones = await describeZones("acc", "ap-guangzhou", "en-US");
    expect(zones[0]).toEqual({ Zone: "ap-guangzhou-3", ZoneName: "Guangzhou Zone 3", ZoneId: "100003", ZoneState: "AVAILABLE" });
    expect(call).toHaveBeenCalledWith("DescribeZones", {}, { region: "ap-guangzhou", language: "en-US" });
    await describeZones("acc", "ap-guangzhou", "en-US");
    await describeZones("acc", "ap-shanghai", "en-US");
    expect(call).toHaveBeenCalledTimes(2);
  });
});
