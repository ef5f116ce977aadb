// Placement groups, HPC clusters, launch templates, repair tasks, quotas and the overview against the embedded
// emulator over real loopback HTTP: what the pages send is what the API takes, the documented refusals come back
// with their codes, and the reads turn the answers into what the pages show.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator } from "@/server/emulator/server";
import { CvmClient } from "@/server/cvm/client";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { openTestDatabase, type TestDatabase } from "@/test/postgres";

const m = vi.hoisted(() => ({ client: null as unknown, db: null as unknown, recordAudit: vi.fn(async (entry: unknown) => void entry) }));
vi.mock("@/server/auth/session", () => ({ requireRole: async () => ({ id: "op-1", email: "op@x", name: "Op", role: "operator" }) }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => m.client }));
vi.mock("@/server/db/connection", async (original) => ({ ...(await original<typeof import("@/server/db/connection")>()), getDb: async () => m.db }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const pg = { ...(await import("./placement-groups/create")), ...(await import("./placement-groups/modify")), ...(await import("./placement-groups/delete")) };
const hpc = { ...(await import("./hpc/create")), ...(await import("./hpc/modify")), ...(await import("./hpc/delete")) };
const lt = {
  ...(await import("./launch-templates/create")),
  ...(await import("./launch-templates/create-version")),
  ...(await import("./launch-templates/set-default")),
  ...(await import("./launch-templates/delete-versions")),
  ...(await import("./launch-templates/delete")),
};
const { authorizeRepairTask } = await import("./maintenance/authorize");
const { listPlacementGroups } = await import("@/server/queries/placement-groups");
const { listHpcClusters } = await import("@/server/queries/hpc");
const { listLaunchTemplates, describeLaunchTemplate, withoutSecrets } = await import("@/server/queries/launch-templates");
const { listRepairTasks } = await import("@/server/queries/maintenance");
const { describeQuotas } = await import("@/server/queries/quotas");
const { describeOverview } = await import("@/server/queries/overview");
const { DEFAULT_TASK_FILTERS } = await import("@/lib/maintenance/filters");

const REGION = "ap-guangzhou";
const where = { accountId: "acc-1", region: REGION };
const read = { ...where, language: "en-US" as const };
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: CvmClient;
let db: TestDatabase;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new CvmClient({ endpoint: emulator.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  m.client = client;
  db = await openTestDatabase("sqlite");
  m.db = db.db;
  await fetch(`${emulator.url}/_emulator/speed`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "instant" }) });
});

afterAll(async () => {
  client?.close();
  await emulator?.close();
  await db?.close();
});

beforeEach(() => m.recordAudit.mockClear());

const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? "ok" : r.error!.code);

describe("placement groups", () => {
  it("create (idempotent by ClientToken), rename, list with the quota, delete; a group with instances is refused", async () => {
    const token = crypto.randomUUID();
    const created = await pg.createPlacementGroup({ ...where, Name: "spread-web", Type: "HOST", Affinity: 1, ClientToken: token });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const again = await pg.createPlacementGroup({ ...where, Name: "spread-web", Type: "HOST", Affinity: 1, ClientToken: token });
    expect(again).toMatchObject({ ok: true, groupId: created.groupId });
    expect(await pg.modifyPlacementGroup({ ...where, DisasterRecoverGroupId: created.groupId, Name: "spread-api" })).toMatchObject({ ok: true });

    const list = await listPlacementGroups(read);
    expect(list.DisasterRecoverGroupSet).toEqual([expect.objectContaining({ DisasterRecoverGroupId: created.groupId, Name: "spread-api", Type: "HOST", CurrentNum: 0 })]);
    expect(list.Quota).toMatchObject({ CurrentNum: 1, GroupQuota: expect.any(Number), CvmInHostGroupQuota: expect.any(Number) });

    await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", DisasterRecoverGroupIds: [created.groupId] }, { region: REGION });
    expect(errorCode(await pg.deletePlacementGroups({ ...where, DisasterRecoverGroupIds: [created.groupId] }))).toBe("FailedOperation.PlacementSetNotEmpty");
  });
});

describe("HPC clusters", () => {
  it("create in a zone, edit, list, delete; an unknown cluster is ResourceNotFound.HpcCluster", async () => {
    const created = await hpc.createHpcCluster({ ...where, Zone: "ap-guangzhou-3", Name: "train-a", Remark: "", HpcClusterType: "STANDARD" });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(await hpc.modifyHpcCluster({ ...where, HpcClusterId: created.clusterId, Name: "train-b", Remark: "GPU training" })).toMatchObject({ ok: true });
    expect((await listHpcClusters(read)).HpcClusterSet).toEqual([expect.objectContaining({ HpcClusterId: created.clusterId, Name: "train-b", Remark: "GPU training", Zone: "ap-guangzhou-3", CurrentNum: 0 })]);
    expect(await hpc.deleteHpcClusters({ ...where, HpcClusterIds: [created.clusterId] })).toMatchObject({ ok: true });
    expect(errorCode(await hpc.modifyHpcCluster({ ...where, HpcClusterId: created.clusterId, Name: "gone", Remark: "" }))).toBe("ResourceNotFound.HpcCluster");
  });
});

describe("launch templates", () => {
  it("create v1, a version that changes the type, make it default, diffable data, delete the old version; the default cannot be deleted", async () => {
    const created = await lt.createLaunchTemplate({ ...where, LaunchTemplateName: "web-tpl", Zone: "ap-guangzhou-3", ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceName: "web" });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = created.templateId;
    const v2 = await lt.createLaunchTemplateVersion({ ...where, LaunchTemplateId: id, LaunchTemplateVersion: 1, Zone: "ap-guangzhou-3", InstanceType: "S5.LARGE8", LaunchTemplateVersionDescription: "bigger" });
    expect(v2).toMatchObject({ ok: true, version: 2 });
    expect(await lt.setLaunchTemplateDefaultVersion({ ...where, LaunchTemplateId: id, DefaultVersion: 2 })).toMatchObject({ ok: true });

    const detail = await describeLaunchTemplate(read, id);
    expect(detail.template).toMatchObject({ DefaultVersionNumber: 2, LatestVersionNumber: 2 });
    expect(detail.LaunchTemplateVersionSet.map((v) => [v.LaunchTemplateVersion, v.IsDefaultVersion, v.LaunchTemplateVersionData.InstanceType])).toEqual([
      [2, true, "S5.LARGE8"],
      [1, false, "S5.MEDIUM4"],
    ]);
    // The new version kept what it did not change (seed 32645).
    expect(detail.LaunchTemplateVersionSet[0].LaunchTemplateVersionData).toMatchObject({ ImageId: "img-pmqg1cw7", InstanceName: "web" });

    expect(errorCode(await lt.deleteLaunchTemplateVersions({ ...where, LaunchTemplateId: id, LaunchTemplateVersions: [2] }))).toBe("InvalidParameterValue.LaunchTemplateDefaultVersion");
    expect(await lt.deleteLaunchTemplateVersions({ ...where, LaunchTemplateId: id, LaunchTemplateVersions: [1] })).toMatchObject({ ok: true });
    expect((await listLaunchTemplates(read)).LaunchTemplateSet).toEqual([expect.objectContaining({ LaunchTemplateId: id, LaunchTemplateVersionCount: 1 })]);
    expect(await lt.deleteLaunchTemplate({ ...where, LaunchTemplateId: id })).toMatchObject({ ok: true });
    expect((await describeLaunchTemplate(read, id).catch(() => ({ template: null }))).template).toBeNull();
  });

  it("a template's password never leaves the server", async () => {
    const res = await client.call("CreateLaunchTemplate", { LaunchTemplateName: "with-pw", Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", LoginSettings: { Password: "Secret-Pw-1234" } }, { region: REGION });
    const detail = await describeLaunchTemplate(read, res.LaunchTemplateId!);
    expect(JSON.stringify(detail)).not.toContain("Secret-Pw-1234");
    // Should a cloud ever echo it back, the read drops it and only says that one is set.
    expect(withoutSecrets({ LoginSettings: { Password: "Secret-Pw-1234", KeyIds: [] } }).LoginSettings).toEqual({ KeyIds: [], PasswordSet: true });
  });
});

describe("repair tasks", () => {
  it("lists waiting tasks newest first; authorising one moves it to processing; a reservation outside 5 min–48 h is a field error", async () => {
    const waiting = await listRepairTasks(read, DEFAULT_TASK_FILTERS);
    expect(waiting.RepairTaskInfoSet.length).toBeGreaterThan(0);
    expect(waiting.RepairTaskInfoSet.every((t) => t.TaskStatus === 1 || t.TaskStatus === 4)).toBe(true);
    const times = waiting.RepairTaskInfoSet.map((t) => t.CreateTime);
    expect(times).toEqual([...times].sort().reverse());

    const task = waiting.RepairTaskInfoSet.find((t) => t.Product === "CVM")!;
    const tooSoon = await authorizeRepairTask({ ...where, Product: "CVM", TaskId: task.TaskId, InstanceId: task.InstanceId, OrderAuthTime: "2020-01-01 00:00:00" });
    expect(!tooSoon.ok && tooSoon.error.fieldErrors).toEqual({ OrderAuthTime: en["maintenance.validation.tooSoon"] });

    expect(await authorizeRepairTask({ ...where, Product: "CVM", TaskId: task.TaskId, InstanceId: task.InstanceId })).toMatchObject({ ok: true, taskId: task.TaskId });
    const all = await listRepairTasks(read, { ...DEFAULT_TASK_FILTERS, status: [], q: task.InstanceId });
    expect(all.RepairTaskInfoSet.find((t) => t.TaskId === task.TaskId)!.TaskStatus).not.toBe(1);
    expect(errorCode(await authorizeRepairTask({ ...where, Product: "CVM", TaskId: task.TaskId, InstanceId: task.InstanceId }))).toBe("InvalidParameter");
  });
});

describe("quotas and the overview", () => {
  it("a purchase moves the zone's pay-as-you-go usage by its instance count", async () => {
    const before = (await describeQuotas(read)).zones.find((z) => z.Zone === "ap-guangzhou-4")!.postPaid.used;
    await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-4" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceCount: 3 }, { region: REGION });
    const after = await describeQuotas(read);
    expect(after.zones.find((z) => z.Zone === "ap-guangzhou-4")!.postPaid.used).toBe(before + 3);
    expect(after.image.total).toBeGreaterThan(0);
    expect(after.placement.total).toBeGreaterThan(0);
  });

  it("overview: every available region, counts by state, prepaid expiries, and the console's latest operations", async () => {
    await client.call("RunInstances", { Placement: { Zone: "ap-shanghai-2" }, ImageId: "img-pmqg1cw7", InstanceType: "S5.MEDIUM4", InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } }, { region: "ap-shanghai" });
    await db.db.insertInto("audit_log").values({ id: "00000000000000000000000zz", at: Date.now(), user_id: null, action: "keyPair.create", target: "k", detail: JSON.stringify({ region: REGION }), result: "ok" }).execute();
    await db.db.insertInto("audit_log").values({ id: "00000000000000000000001zz", at: Date.now(), user_id: null, action: "auth.login", target: "x", detail: null, result: "ok" }).execute();

    const o = await describeOverview("acc-1", "en-US", { fresh: true });
    expect(o.regions.length).toBeGreaterThan(4);
    const gz = o.regions.find((r) => r.Region === REGION)!;
    expect(gz.errors).toEqual([]);
    expect(gz.total).toBe(Object.values(gz.byState).reduce((a, b) => a + b, 0));
    expect(gz.total).toBeGreaterThanOrEqual(4);
    expect(o.regions.find((r) => r.Region === "ap-shanghai")!.total).toBe(1);
    // A one-month prepaid instance expires within the 30-day calendar.
    expect(o.expiring.some((e) => e.kind === "instance" && e.Region === "ap-shanghai")).toBe(true);
    expect(o.operations.map((op) => op.action)).toEqual(["keyPair.create"]);
    expect(o.operations[0].region).toBe(REGION);
    // Cached for 30 s unless asked fresh.
    expect(await describeOverview("acc-1", "en-US")).toBe(await describeOverview("acc-1", "en-US"));
  });
});
