import { beforeEach, describe, expect, it, vi } from "vitest";
import { getRun, resetOperationsStore } from "./operations-store";
import { executeRun, type RunPlan } from "./run";

const item = (id: string, region = "ap-guangzhou") => ({ InstanceId: id, Region: region, phase: "queued" as const });
const plan = (over: Partial<RunPlan>): RunPlan => ({
  runId: "run-1",
  intentId: "00000000-0000-4000-8000-000000000000",
  kind: "stop",
  accountId: "acc-1",
  items: [],
  batches: [],
  send: vi.fn(async () => ({ ok: true as const, requestId: "req" })),
  transportError: { code: "InternalError", message: "failed" },
  ...over,
});

beforeEach(() => resetOperationsStore());

describe("executeRun", () => {
  it("sends one call per planned batch, in order, and marks each instance with its call's RequestId", async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `ins-${i}`);
    let n = 0;
    const send = vi.fn(async () => ({ ok: true as const, requestId: `req-${++n}` }));
    const items = [...ids.map((id) => item(id)), item("ins-sh", "ap-shanghai")];
    const batches = [
      { region: "ap-guangzhou", ids: ["ins-0", "ins-1"] },
      { region: "ap-guangzhou", ids: ["ins-2", "ins-3"] },
      { region: "ap-guangzhou", ids: ["ins-4"] },
      { region: "ap-shanghai", ids: ["ins-sh"] },
    ];
    await executeRun(plan({ items, batches, send }));
    expect(send.mock.calls).toEqual([
      ["ap-guangzhou", ["ins-0", "ins-1"]],
      ["ap-guangzhou", ["ins-2", "ins-3"]],
      ["ap-guangzhou", ["ins-4"]],
      ["ap-shanghai", ["ins-sh"]],
    ]);
    const run = getRun("run-1")!;
    expect(run.finished).toBe(true);
    expect(run.items.map((i) => [i.InstanceId, i.phase, i.requestId])).toEqual([
      ["ins-0", "sent", "req-1"],
      ["ins-1", "sent", "req-1"],
      ["ins-2", "sent", "req-2"],
      ["ins-3", "sent", "req-2"],
      ["ins-4", "sent", "req-3"],
      ["ins-sh", "sent", "req-4"],
    ]);
  });

  it("a Tencent error fails every instance of that call only, with its code and RequestId; later chunks still run", async () => {
    const error = { code: "OperationDenied.InstanceOperationInProgress", message: "busy", requestId: "req-bad" };
    const send = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error })
      .mockResolvedValueOnce({ ok: true, requestId: "req-ok" });
    await executeRun(plan({ items: [item("a"), item("b"), item("c")], batches: [{ region: "ap-guangzhou", ids: ["a", "b"] }, { region: "ap-guangzhou", ids: ["c"] }], send }));
    const items = getRun("run-1")!.items;
    expect(items[0]).toMatchObject({ phase: "failed", error, requestId: "req-bad" });
    expect(items[1]).toMatchObject({ phase: "failed", error });
    expect(items[2]).toMatchObject({ phase: "sent", requestId: "req-ok" });
  });

  it("skipped (ineligible) instances stay skipped with their reason", async () => {
    const send = vi.fn(async () => ({ ok: true as const, requestId: "r" }));
    await executeRun(plan({ items: [item("a"), { ...item("b"), phase: "skipped", reason: { code: "protected" } }], batches: [{ region: "ap-guangzhou", ids: ["a"] }], send }));
    expect(send).toHaveBeenCalledWith("ap-guangzhou", ["a"]);
    expect(getRun("run-1")!.items[1]).toMatchObject({ phase: "skipped", reason: { code: "protected" } });
  });

  it("a transport failure (the action threw) marks its instances failed with the generic error", async () => {
    const send = vi.fn(async () => {
      throw new Error("network");
    });
    await executeRun(plan({ items: [item("a")], batches: [{ region: "ap-guangzhou", ids: ["a"] }], send }));
    expect(getRun("run-1")!.items[0]).toMatchObject({ phase: "failed", error: { code: "InternalError" } });
  });
});
