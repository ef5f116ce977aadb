// The operation actions and dialog reads against the embedded emulator over real loopback HTTP: the parameters we
// send are the ones the API takes, and its answers (prices, limits, refusals) come back as the dialogs expect.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator } from "@/server/emulator/server";
import { CvmClient } from "@/server/cvm/client";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ client: null as unknown, recordAudit: vi.fn(async () => undefined) }));
vi.mock("@/server/auth/session", () => ({ requireRole: async () => ({ id: "op-1", email: "op@x", name: "Op", role: "operator" }) }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => m.client }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { stopInstances } = await import("./stop");
const { startInstances } = await import("./start");
const { terminateInstances } = await import("./terminate");
const { modifyTerminationProtection } = await import("./termination-protection");
const q = await import("@/server/queries/instance-operations");

const REGION = "ap-guangzhou";
const where = { accountId: "acc-1", region: REGION };
const read = { accountId: "acc-1", region: REGION, language: "en-US" as const };
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: CvmClient;

async function admin(path: string, body: unknown) {
  const res = await fetch(`${emulator.url}/_emulator/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

async function instances() {
  const res = await client.call("DescribeInstances", { Limit: 100 }, { region: REGION });
  return res.InstanceSet ?? [];
}

const settled = (i: { InstanceState?: string; LatestOperationState?: string }) => i.LatestOperationState !== "OPERATING";

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  m.client = client;
  await admin("speed", { mode: "instant" });
  await admin("seed", { region: REGION, instances: 40 });
});

afterAll(async () => {
  client?.close();
  await emulator?.close();
});

describe("instance operations ↔ emulator", () => {
  it("stop: RUNNING instances go STOPPED; stopping them again is refused with Tencent's code and RequestId", async () => {
    const running = (await instances()).filter((i) => i.InstanceState === "RUNNING" && settled(i) && i.InstanceChargeType === "POSTPAID_BY_HOUR").slice(0, 2);
    expect(running.length).toBe(2);
    const ids = running.map((i) => i.InstanceId!);
    const ok = await stopInstances({ ...where, InstanceIds: ids, StopType: "SOFT", StoppedMode: "KEEP_CHARGING" });
    expect(ok).toEqual({ ok: true, requestId: expect.any(String) });
    const after = (await instances()).filter((i) => ids.includes(i.InstanceId!));
    expect(after.map((i) => i.InstanceState)).toEqual(["STOPPED", "STOPPED"]);

    const again = await stopInstances({ ...where, InstanceIds: ids });
    expect(again.ok).toBe(false);
    const error = (again as { error: { code: string; requestId?: string } }).error;
    expect(error.code).toBe("UnsupportedOperation.InstanceStateStopped");
    expect(error.requestId).toMatch(/\S/);
    expect((await startInstances({ ...where, InstanceIds: ids })).ok).toBe(true);
  });

  it("terminate: protection makes the API refuse; the refund inquiry answers per instance", async () => {
    const [target] = (await instances()).filter((i) => i.InstanceState === "RUNNING" && settled(i) && i.InstanceChargeType === "POSTPAID_BY_HOUR");
    const id = target.InstanceId!;
    expect((await modifyTerminationProtection({ ...where, InstanceIds: [id], DisableApiTermination: true })).ok).toBe(true);
    const refused = await terminateInstances({ ...where, InstanceIds: [id] });
    expect((refused as { error: { code: string } }).error.code).toBe("UnsupportedOperation.InstancesProtected");

    const quote = await q.inquirePrice(read, { kind: "terminate", InstanceIds: [id] });
    expect(quote.refunds).toEqual([{ InstanceId: id, Refunds: expect.any(Number) }]);
    expect(quote.requestId).toMatch(/\S/);
  });

  it("every Inquiry* the dialogs use answers for a fitting instance", async () => {
    const all = await instances();
    const prepaid = all.find((i) => i.InstanceChargeType === "PREPAID" && i.InstanceState === "RUNNING" && settled(i));
    const postpaid = all.find((i) => i.InstanceChargeType === "POSTPAID_BY_HOUR" && i.InstanceState === "RUNNING" && settled(i))!;
    const withNet = all.find((i) => (i.InternetAccessible?.InternetMaxBandwidthOut ?? 0) > 0 && i.InstanceState === "RUNNING" && settled(i) && i.InstanceChargeType !== "SPOTPAID");
    expect(prepaid).toBeDefined();
    const renew = await q.inquirePrice(read, { kind: "renew", InstanceIds: [prepaid!.InstanceId!], Period: 3, RenewPortableDataDisk: true });
    expect(renew.instance?.amount).toBeGreaterThan(0);
    const toPrepaid = await q.inquirePrice(read, { kind: "changeChargeType", InstanceIds: [postpaid.InstanceId!], InstanceChargeType: "PREPAID", Period: 1 });
    expect(toPrepaid.instance?.amount).toBeGreaterThan(0);
    const choices = await q.describeTypeChoices(read, postpaid.InstanceId!);
    const other = choices.find((c) => c.Status === "SELL" && c.InstanceType !== postpaid.InstanceType);
    expect(other).toBeDefined();
    const type = await q.inquirePrice(read, { kind: "changeType", InstanceId: postpaid.InstanceId!, InstanceType: other!.InstanceType });
    expect(type.requestId).toMatch(/\S/);
    const disks = await q.describeInstanceDisks(read, postpaid.InstanceId!);
    expect(disks?.SystemDisk.DiskSize).toBeGreaterThan(0);
    const resize = await q.inquirePrice(read, { kind: "resizeDisks", InstanceId: postpaid.InstanceId!, SystemDiskSize: disks!.SystemDisk.DiskSize + 50, ForceStop: true, ResizeOnline: false });
    expect(resize.requestId).toMatch(/\S/);
    const reinstall = await q.inquirePrice(read, { kind: "reinstall", InstanceId: postpaid.InstanceId! });
    expect(reinstall.requestId).toMatch(/\S/);
    expect(withNet).toBeDefined();
    const bw = await q.inquirePrice(read, { kind: "bandwidth", InstanceIds: [withNet!.InstanceId!], InternetMaxBandwidthOut: 30 });
    expect(bw.requestId).toMatch(/\S/);
  });

  it("DescribeInstancesOperationLimit: prepaid instances have a downgrade budget, postpaid ones none (-1)", async () => {
    const all = await instances();
    const ids = all.slice(0, 10).map((i) => i.InstanceId!);
    const { limits } = await q.describeOperationLimits(read, ids, "INSTANCE_DEGRADE");
    for (const inst of all.slice(0, 10)) {
      const limit = limits[inst.InstanceId!];
      if (inst.InstanceChargeType === "PREPAID") expect(limit.LimitCount).toBeGreaterThan(0);
      else expect(limit.LimitCount).toBe(-1);
    }
  });

  it("action timers are listed for their instances", async () => {
    const [target] = (await instances()).filter((i) => i.InstanceState === "STOPPED" && settled(i));
    const at = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await client.call("ImportInstancesActionTimer", { InstanceIds: [target.InstanceId!], ActionTimer: { TimerAction: "TerminateInstances", ActionTime: at } }, { region: REGION });
    const timers = await q.describeActionTimers(read, [target.InstanceId!]);
    expect(timers).toEqual([expect.objectContaining({ InstanceId: target.InstanceId, TimerAction: "TerminateInstances", Status: "UNDO" })]);
  });
});
