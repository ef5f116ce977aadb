// The CDH and CHC actions and reads against the embedded emulator over real loopback HTTP.
import { randomUUID } from "node:crypto";
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

const { allocateHosts } = await import("./allocate");
const { modifyHosts } = await import("./modify");
const { renewHosts } = await import("./renew");
const { configureChcAssistVpc } = await import("./chc-configure-assist");
const { configureChcDeployVpc } = await import("./chc-configure-deploy");
const { removeChcNetwork } = await import("./chc-remove-network");
const { modifyChcAttribute } = await import("./chc-attributes");
const q = await import("@/server/queries/hosts");

const REGION = "ap-guangzhou";
const ZONE = "ap-guangzhou-3";
const where = { accountId: "acc-1", region: REGION };
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: CvmClient;
let hostId = "";

const codeOf = (r: { ok: boolean }) => (r as { error?: { code: string } }).error?.code;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  m.client = client;
  const res = await fetch(`${emulator.url}/_emulator/speed`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "instant" }) });
  expect(res.ok).toBe(true);
});

afterAll(async () => {
  client?.close();
  await emulator?.close();
});

describe("CDH hosts ↔ emulator", () => {
  it("allocateHosts buys a prepaid host with its renewal setting; a retry with the same ClientToken buys nothing more", async () => {
    const input = { ...where, Zone: ZONE, HostType: "HS1", HostCount: 1, Period: 3, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" as const, ClientToken: randomUUID() };
    const res = await allocateHosts(input);
    expect(res).toMatchObject({ ok: true, hostIds: [expect.stringMatching(/^host-/)] });
    hostId = (res as { hostIds: string[] }).hostIds[0];
    const again = await allocateHosts(input);
    expect((again as { hostIds: string[] }).hostIds).toEqual([hostId]);
    const list = await q.listHosts("acc-1", REGION);
    expect(list.HostSet).toHaveLength(1);
    expect(list.HostSet[0]).toMatchObject({ HostId: hostId, HostType: "HS1", Zone: ZONE, RenewFlag: "NOTIFY_AND_MANUAL_RENEW", HostChargeType: "PREPAID" });
    expect(list.HostSet[0].HostResource.CpuTotal).toBeGreaterThan(0);
    expect(list.HostSet[0].HostResource.CpuAvailable).toBe(list.HostSet[0].HostResource.CpuTotal);
  });

  it("an instance launched on the host (CDHPAID) takes its CPU and memory and is listed with its name", async () => {
    await expect.poll(async () => (await q.listHosts("acc-1", REGION)).HostSet[0].HostState).toBe("RUNNING");
    const run = await client.call(
      "RunInstances",
      { InstanceChargeType: "CDHPAID", Placement: { Zone: ZONE, HostIds: [hostId] }, ImageId: "img-pmqg1cw7", InstanceType: "S5.LARGE8", InstanceName: "on-cdh" },
      { region: REGION },
    );
    const host = (await q.listHosts("acc-1", REGION)).HostSet[0];
    expect(host.InstanceIds).toEqual(run.InstanceIdSet);
    expect(host.Instances[0]).toMatchObject({ InstanceName: "on-cdh", CPU: 4, Memory: 8 });
    expect(host.HostResource.CpuTotal - host.HostResource.CpuAvailable).toBe(4);
    expect(host.HostResource.MemTotal - host.HostResource.MemAvailable).toBe(8);
  });

  it("renew: the price comes first (InquiryPriceRenewHosts), then the term grows by the period", async () => {
    const before = (await q.listHosts("acc-1", REGION)).HostSet[0].ExpiredTime;
    const one = await q.quoteHostRenewal("acc-1", REGION, [hostId], 1);
    const year = await q.quoteHostRenewal("acc-1", REGION, [hostId], 12);
    expect(one.amount).toBeGreaterThan(0);
    expect(year.amount).toBeGreaterThan(one.amount);
    expect(one.requestId).toMatch(/\S/);
    expect(await renewHosts({ ...where, HostIds: [hostId], Period: 1 })).toMatchObject({ ok: true });
    const after = (await q.listHosts("acc-1", REGION)).HostSet[0].ExpiredTime;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
  });

  it("modifyHosts: rename, auto-renewal, and a project move that keeps the renewal setting", async () => {
    expect((await modifyHosts({ ...where, HostIds: [hostId], HostName: "cdh-a" })).ok).toBe(true);
    expect((await modifyHosts({ ...where, HostIds: [hostId], RenewFlag: "DISABLE_NOTIFY_AND_MANUAL_RENEW" })).ok).toBe(true);
    // seed 21585: a call needs HostName or RenewFlag; a project move re-sends the host's own flag, which stays.
    expect((await modifyHosts({ ...where, HostIds: [hostId], ProjectId: 7 })).ok).toBe(true);
    expect((await q.listHosts("acc-1", REGION)).HostSet[0]).toMatchObject({ HostName: "cdh-a", RenewFlag: "DISABLE_NOTIFY_AND_MANUAL_RENEW", ProjectId: 7 });
    expect(codeOf(await modifyHosts({ ...where, HostIds: [hostId], HostName: "x", RenewFlag: "NOTIFY_AND_AUTO_RENEW" }))).toBe("ValidationError");
  });

  it("an unknown host is refused by the price inquiry with Tencent's code", async () => {
    await expect(q.quoteHostRenewal("acc-1", REGION, ["host-00000000"], 1)).rejects.toMatchObject({ code: "InvalidHostId.NotFound" });
  });
});

describe("CHC servers ↔ emulator", () => {
  it("lists the servers with the actions their state denies", async () => {
    const list = await q.listChcHosts("acc-1", REGION);
    expect(list.ChcHostSet.length).toBeGreaterThan(0);
    expect(list.deniedUnavailable).toBeUndefined();
    const init = list.ChcHostSet.find((s) => s.InstanceState === "INIT" && !s.Bmc)!;
    expect(init.DenyActions).toContain("RemoveChcAssistVpc");
    expect(init.DenyActions).not.toContain("ConfigureChcAssistVpc");
    const prepared = list.ChcHostSet.find((s) => s.InstanceState === "PREPARED")!;
    expect(prepared.Bmc?.SubnetId).toMatch(/^subnet-/);
    expect(prepared.DenyActions).not.toContain("RunInstances");
  });

  it("configure out-of-band + deploy on a new server (subnet of a neighbour), then remove the deploy network, then both", async () => {
    const list = await q.listChcHosts("acc-1", REGION);
    const init = list.ChcHostSet.find((s) => s.InstanceState === "INIT" && !s.Bmc)!;
    const net = list.ChcHostSet.find((s) => s.Bmc)!.Bmc!;
    const network = { VpcId: net.VpcId, SubnetId: net.SubnetId };
    const res = await configureChcAssistVpc({ ...where, ChcIds: [init.ChcId], Bmc: network, Deploy: network, DeployExtra: { MiniOsType: "public", BootType: "x86_legacy" } });
    expect(res.ok).toBe(true);
    const ready = (await q.listChcHosts("acc-1", REGION)).ChcHostSet.find((s) => s.ChcId === init.ChcId)!;
    expect(ready.Bmc?.Ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(ready.Deploy?.Ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(["READY", "PREPARED", "OPERATING"]).toContain(ready.InstanceState);

    expect(codeOf(await configureChcDeployVpc({ ...where, ChcIds: [init.ChcId], Deploy: network }))).toMatch(/DeployVpcAlreadyExists|InvalidHost.NotSupported/);
    expect((await modifyChcAttribute({ ...where, ChcIds: [init.ChcId], InstanceName: "rack-a01-renamed", BmcUser: "admin", Password: "Passw0rd!" })).ok).toBe(true);
    expect((await removeChcNetwork({ ...where, ChcIds: [init.ChcId], network: "deploy" })).ok).toBe(true);
    expect((await removeChcNetwork({ ...where, ChcIds: [init.ChcId], network: "assist" })).ok).toBe(true);
    const back = (await q.listChcHosts("acc-1", REGION)).ChcHostSet.find((s) => s.ChcId === init.ChcId)!;
    expect(back).toMatchObject({ InstanceName: "rack-a01-renamed", Bmc: null, Deploy: null });
    const passwordAudit = m.recordAudit.mock.calls.map((c) => JSON.stringify(c)).find((s) => s.includes("chc.modify"))!;
    expect(passwordAudit).not.toContain("Passw0rd!");
  });

  it("removing networks a fresh server does not have is refused as its state denies", async () => {
    const init = (await q.listChcHosts("acc-1", REGION)).ChcHostSet.find((s) => s.InstanceState === "INIT" && !s.Bmc)!;
    expect(codeOf(await removeChcNetwork({ ...where, ChcIds: [init.ChcId], network: "assist" }))).toBe("InvalidHost.NotSupported");
  });
});
