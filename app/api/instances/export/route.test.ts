import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { parseCsv } from "@/lib/instances/csv";
import type { InstanceRow } from "@/lib/instances/instance-view";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), iterate: vi.fn(), fleetRegions: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/instances", () => ({ iterateInstances: m.iterate, fleetRegions: m.fleetRegions }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const request = (query = "") => new NextRequest(`http://localhost/api/instances/export${query}`);
const row = (i: number, extra: Partial<InstanceRow> = {}): InstanceRow => ({
  InstanceId: `ins-${String(i).padStart(8, "0")}`,
  Region: "ap-guangzhou",
  InstanceName: `web-${i}`,
  InstanceState: "RUNNING",
  Placement: { Zone: "ap-guangzhou-3" },
  ...extra,
});

async function* pages(batches: InstanceRow[][], failAfter?: number) {
  for (const [i, batch] of batches.entries()) {
    if (failAfter !== undefined && i >= failAfter) throw new CloudApiError({ code: "InternalError", message: "boom" });
    yield batch;
  }
}

beforeEach(() => {
  m.getConsoleContext.mockReset().mockResolvedValue({ account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" });
  m.iterate.mockReset();
  m.fleetRegions.mockReset().mockResolvedValue([{ Region: "ap-guangzhou" }, { Region: "ap-shanghai" }]);
});

describe("GET /api/instances/export", () => {
  it("streams every page as CSV with the chosen columns, a BOM and an attachment name", async () => {
    m.iterate.mockReturnValue(pages([[row(1), row(2)], [row(3)]]));
    const res = await GET(request("?q=state%3Arunning&columns=instance,state,zone"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="instances-ap-guangzhou-\d{8}-\d{4}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = new TextDecoder().decode(bytes);
    expect(parseCsv(text)).toEqual([
      ["Instance ID", "Name", "State", "Zone"],
      ["ins-00000001", "web-1", "RUNNING", "ap-guangzhou-3"],
      ["ins-00000002", "web-2", "RUNNING", "ap-guangzhou-3"],
      ["ins-00000003", "web-3", "RUNNING", "ap-guangzhou-3"],
    ]);
    expect(m.iterate).toHaveBeenCalledWith("acc-1", ["ap-guangzhou"], [{ Name: "instance-state", Values: ["RUNNING"] }], expect.any(AbortSignal));
  });

  it("escapes commas, quotes and newlines, and defuses spreadsheet formulas", async () => {
    m.iterate.mockReturnValue(pages([[row(1, { InstanceName: 'a, "b"\nc' }), row(2, { InstanceName: "=HYPERLINK(1)" })]]));
    const text = await (await GET(request("?columns=instance"))).text();
    expect(text).toContain('"a, ""b""\nc"');
    expect(parseCsv(text)[2]).toEqual(["ins-00000002", "'=HYPERLINK(1)"]);
  });

  it("all regions: adds the region column and walks every region", async () => {
    m.iterate.mockReturnValue(pages([[row(1)]]));
    const text = await (await GET(request("?scope=all&columns=instance"))).text();
    expect(parseCsv(text)[0]).toEqual(["Instance ID", "Name", "Region"]);
    expect(m.iterate.mock.calls[0][1]).toEqual(["ap-guangzhou", "ap-shanghai"]);
  });

  it("a cloud error on the first page is a JSON error, not a broken file", async () => {
    m.iterate.mockReturnValue(pages([[row(1)]], 0));
    const res = await GET(request());
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe("InternalError");
  });

  it("a failure after the first page fails the download instead of ending it short", async () => {
    m.iterate.mockReturnValue(pages([[row(1)], [row(2)]], 1));
    const res = await GET(request());
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("refuses a search with errors before touching the cloud", async () => {
    const res = await GET(request("?q=colour%3Ared"));
    expect(res.status).toBe(400);
    expect(m.iterate).not.toHaveBeenCalled();
  });
});
