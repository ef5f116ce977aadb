// Every Images and Hosts write: operator role first (a viewer is refused before anything is parsed or called), then
// the input's checks, then one cloud call in the input's account and region, audited with its RequestId.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), recordAudit: vi.fn(), call: vi.fn(), getCvmClient: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: m.getCvmClient }));
vi.mock("@/server/status/registry", () => ({ notifyInstancesChanged: () => undefined }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const images = {
  create: (await import("./create")).createImage,
  modify: (await import("./modify")).modifyImage,
  share: (await import("./share")).modifyImageSharePermission,
  sync: (await import("./sync")).syncImage,
  export: (await import("./export")).exportImages,
  import: (await import("./import")).importImage,
  convert: (await import("./convert-os")).convertOperatingSystems,
  delete: (await import("./delete")).deleteImages,
};
const hosts = {
  allocate: (await import("../hosts/allocate")).allocateHosts,
  modify: (await import("../hosts/modify")).modifyHosts,
  renew: (await import("../hosts/renew")).renewHosts,
  assist: (await import("../hosts/chc-configure-assist")).configureChcAssistVpc,
  deploy: (await import("../hosts/chc-configure-deploy")).configureChcDeployVpc,
  remove: (await import("../hosts/chc-remove-network")).removeChcNetwork,
  chc: (await import("../hosts/chc-attributes")).modifyChcAttribute,
};

const where = { accountId: "acc-1", region: "ap-guangzhou" };
const IMG = "img-abcdefgh";
const net = { VpcId: "vpc-abcdefgh", SubnetId: "subnet-abcdefgh" };

const CASES: Array<[string, (input: never) => Promise<{ ok: boolean }>, object, string]> = [
  ["createImage", images.create, { InstanceId: "ins-abcdefgh", ImageName: "golden" }, "CreateImage"],
  ["modifyImage", images.modify, { ImageId: IMG, ImageName: "golden-2" }, "ModifyImageAttribute"],
  ["modifyImageSharePermission", images.share, { ImageId: IMG, AccountIds: ["100000000002"], Permission: "SHARE" }, "ModifyImageSharePermission"],
  ["syncImage", images.sync, { ImageId: IMG, DestinationRegions: ["ap-shanghai"] }, "SyncImages"],
  ["exportImages", images.export, { ImageIds: [IMG], BucketName: "images-1250000000" }, "ExportImages"],
  ["importImage", images.import, { OsType: "CentOS", OsVersion: "7", Architecture: "x86_64", ImageUrl: "https://b.cos.example.com/disk.qcow2", ImageName: "imp" }, "ImportImage"],
  ["convertOperatingSystems", images.convert, { InstanceIds: ["ins-abcdefgh"] }, "ConvertOperatingSystems"],
  ["deleteImages", images.delete, { ImageIds: [IMG] }, "DeleteImages"],
  ["allocateHosts", hosts.allocate, { Zone: "ap-guangzhou-3", HostType: "HS1", HostCount: 1, Period: 1, ClientToken: "6f1c3a52-6d5e-4b8e-9a51-2f1f2c3d4e5f" }, "AllocateHosts"],
  ["modifyHosts", hosts.modify, { HostIds: ["host-abcdefgh"], HostName: "cdh-a" }, "ModifyHostsAttribute"],
  ["renewHosts", hosts.renew, { HostIds: ["host-abcdefgh"], Period: 3 }, "RenewHosts"],
  ["configureChcAssistVpc", hosts.assist, { ChcIds: ["chc-abcdefgh"], Bmc: net }, "ConfigureChcAssistVpc"],
  ["configureChcDeployVpc", hosts.deploy, { ChcIds: ["chc-abcdefgh"], Deploy: net }, "ConfigureChcDeployVpc"],
  ["removeChcNetwork", hosts.remove, { ChcIds: ["chc-abcdefgh"], network: "deploy" }, "RemoveChcDeployVpc"],
  ["modifyChcAttribute", hosts.chc, { ChcIds: ["chc-abcdefgh"], InstanceName: "rack-1" }, "ModifyChcAttribute"],
];

const operator = { id: "op-1", email: "op@example.com", name: "Op", role: "operator" as const };

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.requireRole.mockResolvedValue(operator);
  m.recordAudit.mockResolvedValue(undefined);
  m.getCvmClient.mockResolvedValue({ call: m.call });
  m.call.mockResolvedValue({ RequestId: "req-1" });
});

describe.each(CASES)("%s", (_name, action, input, cvmAction) => {
  it("refuses a viewer on the server: requireRole('operator') first, no cloud call, no audit row", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "x"));
    const result = await action({ ...where, ...input } as never);
    expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: en["error.forbidden"] } });
    expect(m.requireRole).toHaveBeenCalledWith("operator");
    expect(m.getCvmClient).not.toHaveBeenCalled();
    expect(m.recordAudit).not.toHaveBeenCalled();
  });

  it("checks the role before it parses the input", async () => {
    m.requireRole.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "x"));
    const result = await action({ junk: true } as never);
    expect((result as unknown as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses malformed input with field errors and no cloud call", async () => {
    const result = await action({ ...where, ...input, region: "Not A Region" } as never);
    expect((result as unknown as { error: { code: string; fieldErrors: Record<string, string> } }).error).toMatchObject({ code: "ValidationError", fieldErrors: { region: en["validation.region"] } });
    expect(m.call).not.toHaveBeenCalled();
  });

  it(`calls ${cvmAction} in the input's account and region and audits it with the RequestId`, async () => {
    const result = await action({ ...where, ...input } as never);
    expect(result).toMatchObject({ ok: true, requestId: "req-1" });
    expect(m.getCvmClient).toHaveBeenCalledWith("acc-1");
    expect(m.call).toHaveBeenCalledWith(cvmAction, expect.any(Object), { region: "ap-guangzhou", language: "en-US" });
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ userId: "op-1", result: "ok", detail: expect.objectContaining({ requestId: "req-1", region: "ap-guangzhou" }) }));
  });

  it("passes Tencent's code and RequestId through and audits the failure", async () => {
    m.call.mockRejectedValue(new CloudApiError({ code: "InvalidParameterValue", message: "bad", requestId: "req-9" }));
    const result = await action({ ...where, ...input } as never);
    expect(result).toEqual({ ok: false, error: { code: "InvalidParameterValue", message: "bad", requestId: "req-9" } });
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ result: "error", detail: expect.objectContaining({ errorCode: "InvalidParameterValue", requestId: "req-9" }) }));
  });
});

describe("image and host write details", () => {
  it("CreateImage sends its String flags as the API documents them (seed 27724)", async () => {
    await images.create({ ...where, InstanceId: "ins-abcdefgh", ImageName: "golden", ForcePoweroff: true } as never);
    expect(m.call).toHaveBeenCalledWith("CreateImage", expect.objectContaining({ ForcePoweroff: "true" }), expect.any(Object));
  });

  it("SyncImages always asks for the copies' ids (ImageSetRequired) and returns them", async () => {
    m.call.mockResolvedValue({ RequestId: "req-1", ImageSet: [{ Region: "ap-shanghai", ImageId: "img-11111111" }] });
    const result = await images.sync({ ...where, ImageId: IMG, DestinationRegions: ["ap-shanghai"] });
    expect(m.call).toHaveBeenCalledWith("SyncImages", expect.objectContaining({ ImageIds: [IMG], ImageSetRequired: true }), expect.any(Object));
    expect(result).toEqual({ ok: true, requestId: "req-1", copies: [{ Region: "ap-shanghai", ImageId: "img-11111111" }] });
  });

  it("a DryRun check (delete, convert) changes nothing, so it is not audited; DryRunOperation counts as passed", async () => {
    m.call.mockRejectedValue(new CloudApiError({ code: "DryRunOperation", message: "would succeed", requestId: "req-2" }));
    expect(await images.delete({ ...where, ImageIds: [IMG], DryRun: true })).toEqual({ ok: true, requestId: "", dryRun: true });
    expect(m.call).toHaveBeenCalledWith("DeleteImages", expect.objectContaining({ DryRun: true }), expect.any(Object));
    expect(m.recordAudit).not.toHaveBeenCalled();
  });

  it("AllocateHosts is prepaid with the dialog's ClientToken, term and renewal setting", async () => {
    m.call.mockResolvedValue({ RequestId: "req-1", HostIdSet: ["host-11111111"] });
    const token = "6f1c3a52-6d5e-4b8e-9a51-2f1f2c3d4e5f";
    const result = await hosts.allocate({ ...where, Zone: "ap-guangzhou-3", HostType: "HS1", HostCount: 2, Period: 12, RenewFlag: "NOTIFY_AND_MANUAL_RENEW", ClientToken: token });
    expect(result).toEqual({ ok: true, requestId: "req-1", hostIds: ["host-11111111"] });
    expect(m.call).toHaveBeenCalledWith(
      "AllocateHosts",
      expect.objectContaining({ ClientToken: token, HostChargeType: "PREPAID", HostChargePrepaid: { Period: 12, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" }, HostCount: 2 }),
      expect.any(Object),
    );
  });

  it("ModifyChcAttribute sends the BMC password but never audits it", async () => {
    await hosts.chc({ ...where, ChcIds: ["chc-abcdefgh"], Password: "Passw0rd!x" });
    expect(m.call).toHaveBeenCalledWith("ModifyChcAttribute", expect.objectContaining({ Password: "Passw0rd!x" }), expect.any(Object));
    expect(JSON.stringify(m.recordAudit.mock.calls)).not.toContain("Passw0rd!x");
  });

  it("ModifyHostsAttribute takes one change per call (seed 21585)", async () => {
    const result = await hosts.modify({ ...where, HostIds: ["host-abcdefgh"], HostName: "a", RenewFlag: "NOTIFY_AND_AUTO_RENEW" });
    expect((result as { error: { fieldErrors: Record<string, string> } }).error.fieldErrors.form).toBe(en["hosts.validation.oneChange"]);
    expect(m.call).not.toHaveBeenCalled();
  });
});
