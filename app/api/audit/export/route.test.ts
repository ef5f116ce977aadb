import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import type { AuditEntry } from "@/server/audit/log";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { parseCsv } from "@/lib/instances/csv";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), iterateAudit: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/audit/log", () => ({ iterateAudit: m.iterateAudit }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const request = (query = "") => new NextRequest(`http://localhost/api/audit/export${query}`);
const entry = (i: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `id-${i}`,
  at: new Date(Date.UTC(2024, 5, 1, 0, i)).toISOString(),
  userId: "u-1",
  userEmail: "alice@example.com",
  action: "instance.rename",
  target: `ins-${i}`,
  detail: { InstanceName: `web-${i}` },
  result: "ok",
  ...extra,
});

async function* pages(batches: AuditEntry[][], failAfter?: number) {
  for (const [i, batch] of batches.entries()) {
    if (failAfter !== undefined && i >= failAfter) throw new Error("database went away");
    yield batch;
  }
}

beforeEach(() => {
  m.requireRole.mockReset().mockResolvedValue({ id: "u-admin", role: "admin" });
  m.iterateAudit.mockReset();
});

describe("GET /api/audit/export", () => {
  it("refuses anyone below admin with 403, before reading the log", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "Admins only"));
    const res = await GET(request());
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
    expect(m.requireRole).toHaveBeenCalledWith("admin");
    expect(m.iterateAudit).not.toHaveBeenCalled();
  });

  it("answers 401 when signed out", async () => {
    m.requireRole.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in"));
    expect((await GET(request())).status).toBe(401);
    expect(m.iterateAudit).not.toHaveBeenCalled();
  });

  it("streams every page of the filtered log as CSV: the page's columns, a BOM, an attachment name", async () => {
    m.iterateAudit.mockReturnValue(pages([[entry(2), entry(1, { userId: null, userEmail: null, target: null, detail: null, result: "denied" })], [entry(0, { userEmail: null })]]));
    const res = await GET(request("?user=u-1&action=instance.*&target=ins-&result=ok&from=2024-06-01&to=2024-06-01"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{8}-\d{4}\.csv"$/);
    expect(m.iterateAudit).toHaveBeenCalledWith({
      userId: "u-1",
      actionGroup: "instance",
      targetContains: "ins-",
      result: "ok",
      fromMs: Date.UTC(2024, 5, 1),
      toMs: Date.UTC(2024, 5, 2),
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(new TextDecoder().decode(bytes))).toEqual([
      ["Time", "User", "Action", "Target", "Result", "Detail"],
      ["2024-06-01T00:02:00.000Z", "alice@example.com", "instance.rename", "ins-2", "ok", '{"InstanceName":"web-2"}'],
      ["2024-06-01T00:01:00.000Z", "", "instance.rename", "", "denied", ""],
      ["2024-06-01T00:00:00.000Z", "u-1", "instance.rename", "ins-0", "ok", '{"InstanceName":"web-0"}'], // a deleted user keeps their id
    ]);
  });

  it("an empty log is a header-only file", async () => {
    m.iterateAudit.mockReturnValue(pages([]));
    expect(parseCsv(await (await GET(request())).text())).toEqual([["Time", "User", "Action", "Target", "Result", "Detail"]]);
  });

  it("defuses spreadsheet formulas in user-chosen targets and details", async () => {
    m.iterateAudit.mockReturnValue(pages([[entry(1, { target: "=HYPERLINK(\"x\")", detail: { n: "+1" } })]]));
    const rows = parseCsv(await (await GET(request())).text());
    expect(rows[1][3]).toBe("'=HYPERLINK(\"x\")");
    expect(rows[1][5]).toBe('{"n":"+1"}'); // JSON starts with {, which no spreadsheet evaluates
  });

  it("refuses filters it does not understand (400) instead of exporting more than was asked for", async () => {
    const res = await GET(request("?result=maybe&from=2024-13-01"));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/result, from/);
    expect(m.iterateAudit).not.toHaveBeenCalled();
  });

  it("a failure on the first page is a JSON error; a later one fails the download instead of ending it short", async () => {
    m.iterateAudit.mockReturnValue(pages([[entry(1)]], 0));
    const first = await GET(request());
    expect(first.status).toBe(500);
    expect(JSON.stringify(await first.json())).not.toContain("database went away");

    m.iterateAudit.mockReturnValue(pages([[entry(1)], [entry(0)]], 1));
    const later = await GET(request());
    expect(later.status).toBe(200);
    await expect(later.text()).rejects.toThrow();
  });
});
