// Issue 7 coverage features against the embedded emulator over loopback HTTP: security group binding, FPGA
// programming, user data, bandwidth history and the wizard's catalogue facts send what the API takes and read what
// it answers.
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
vi.mock("@/server/status/registry", () => ({ notifyInstancesChanged: () => undefined }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { bindSecurityGroup } = await import("./bind-security-group");
const { programFpgaImage } = await import("./program-fpga");
const { describeInstanceUserData, describeBandwidthHistory } = await import("@/server/queries/instance-attributes");
const { describePurchaseCatalog } = await import("@/server/queries/purchase-catalog");

const REGION = "ap-guangzhou";
const where = { accountId: "acc-1", region: REGION };
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: CvmClient;

async function admin(path: string, body: unknown) {
  const res = await fetch(`${emulator.url}/_emulator/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

async function describe1(id: string) {
  const res = await client.call("DescribeInstances", { InstanceIds: [id] }, { region: REGION });
  return res.InstanceSet![0];
}

async function settle(ids: string[]) {
  for (let i = 0; i < 50; i++) {
    const res = await client.call("DescribeInstances", { InstanceIds: ids }, { region: REGION });
    if ((res.InstanceSet ?? []).every((x) => x.LatestOperationState !== "OPERATING" && (x.InstanceState === "RUNNING" || x.InstanceState === "STOPPED"))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  m.client = client;
  await admin("speed", { mode: "instant" });
  await admin("seed", { region: REGION, instances: 30 });
});

afterAll(async () => {
  client?.close();
  await emulator?.close();
});

describe("issue 7 coverage ↔ emulator", () => {
  it("binds one security group to instances after their groups, then unbinds it", async () => {
    const all = (await client.call("DescribeInstances", { Limit: 100 }, { region: REGION })).InstanceSet ?? [];
    const groups = [...new Set(all.flatMap((i) => i.SecurityGroupIds ?? []))];
    const ready = all.filter((i) => (i.InstanceState === "RUNNING" || i.InstanceState === "STOPPED") && i.LatestOperationState !== "OPERATING");
    const group = groups.find((g) => ready.filter((i) => !i.SecurityGroupIds?.includes(g) && (i.SecurityGroupIds?.length ?? 0) < 5).length >= 2);
    expect(group).toBeDefined();
    const ids = ready.filter((i) => !i.SecurityGroupIds?.includes(group!) && (i.SecurityGroupIds?.length ?? 0) < 5).slice(0, 2).map((i) => i.InstanceId!);
    expect(await bindSecurityGroup({ ...where, InstanceIds: ids, mode: "associate", SecurityGroupId: group! })).toEqual({ ok: true, requestId: expect.any(String) });
    await settle(ids);
    for (const id of ids) expect((await describe1(id)).SecurityGroupIds?.at(-1)).toBe(group);
    expect(await bindSecurityGroup({ ...where, InstanceIds: ids, mode: "disassociate", SecurityGroupId: group! })).toEqual({ ok: true, requestId: expect.any(String) });
    await settle(ids);
    for (const id of ids) expect((await describe1(id)).SecurityGroupIds).not.toContain(group);
  });

  it("programs an FPGA image on a running FX4 instance; a non-FPGA instance is refused with NotFpgaInstance", async () => {
    const fx = await client.call("DescribeInstanceTypeConfigs", { Filters: [{ Name: "instance-family", Values: ["FX4"] }] }, { region: REGION });
    const shapes = fx.InstanceTypeConfigSet ?? [];
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.every((s) => (s.FPGA ?? 0) > 0)).toBe(true);
    // The first FX4 shape in stock (zones sell out).
    let id = "";
    for (const shape of shapes) {
      const run = await client.call("RunInstances", { Placement: { Zone: shape.Zone! }, ImageId: "img-pmqg1cw7", InstanceType: shape.InstanceType! }, { region: REGION }).catch(() => null);
      if (run) {
        id = run.InstanceIdSet![0];
        break;
      }
    }
    expect(id).not.toBe("");
    await settle([id]);
    const FPGAUrl = "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin";
    expect(await programFpgaImage({ ...where, InstanceId: id, FPGAUrl, DBDFs: ["0000:00:08.0"] })).toEqual({ ok: true, requestId: expect.any(String) });
    expect((await describe1(id)).LatestOperation).toBe("ProgramFpgaImage");

    const plain = await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4" }, { region: REGION });
    await settle(plain.InstanceIdSet!);
    const refused = await programFpgaImage({ ...where, InstanceId: plain.InstanceIdSet![0], FPGAUrl });
    expect(refused).toMatchObject({ ok: false, error: { code: "UnsupportedOperation.NotFpgaInstance" } });
  });

  it("reads user data back decoded for an operator, and only its size for a viewer", async () => {
    const script = "#!/bin/bash\necho hello\n";
    const run = await client.call(
      "RunInstances",
      { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", UserData: Buffer.from(script).toString("base64") },
      { region: REGION },
    );
    const id = run.InstanceIdSet![0];
    expect(await describeInstanceUserData("acc-1", REGION, id, true)).toEqual({ present: true, bytes: script.length, redacted: false, text: script });
    expect(await describeInstanceUserData("acc-1", REGION, id, false)).toEqual({ present: true, bytes: script.length, redacted: true });
  });

  it("lists a prepaid-bandwidth instance's bandwidth windows, and says why a pay-as-you-go one has none", async () => {
    const prepaid = await client.call(
      "RunInstances",
      {
        Placement: { Zone: "ap-guangzhou-3" },
        ImageId: "img-pmqg1cw7",
        InstanceType: "S5.MEDIUM4",
        InstanceChargeType: "PREPAID",
        InstanceChargePrepaid: { Period: 1 },
        InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
      },
      { region: REGION },
    );
    await settle(prepaid.InstanceIdSet!);
    const history = await describeBandwidthHistory("acc-1", REGION, prepaid.InstanceIdSet![0], "en-US");
    expect(history).toMatchObject({ supported: true, windows: [{ Mbps: 5, ChargeType: "BANDWIDTH_PREPAID" }] });

    const postpaid = await client.call(
      "RunInstances",
      { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 5 } },
      { region: REGION },
    );
    expect(await describeBandwidthHistory("acc-1", REGION, postpaid.InstanceIdSet![0], "en-US")).toMatchObject({ supported: false, code: "InvalidInstance.NotSupported" });
  });

  it("gives the wizard family names, accelerator facts and the network billing modes in the caller's language", async () => {
    const zh = await describePurchaseCatalog({ accountId: "acc-1", region: REGION, language: "zh-CN" });
    expect(zh.families.S5).toMatch(/标准型/);
    const enCatalog = await describePurchaseCatalog({ accountId: "acc-1", region: REGION, language: "en-US" });
    expect(enCatalog.families.FX4).toBe("FPGA FX4");
    expect(Object.entries(enCatalog.accelerators).some(([type, f]) => type.startsWith("FX4") && f.Fpga > 0)).toBe(true);
    expect(enCatalog.accelerators["S5.MEDIUM4"]).toBeUndefined();
    expect(enCatalog.internetChargeTypes.map((c) => c.type)).toEqual(expect.arrayContaining(["BANDWIDTH_PREPAID", "TRAFFIC_POSTPAID_BY_HOUR"]));
    expect(enCatalog.internetChargeTypes.every((c) => c.description.length > 0)).toBe(true);
  });
});
