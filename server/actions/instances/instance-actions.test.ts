import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), recordAudit: vi.fn(), call: vi.fn(), getCvmClient: vi.fn(), notify: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: m.getCvmClient }));
vi.mock("@/server/status/registry", () => ({ notifyInstancesChanged: m.notify }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { startInstances } = await import("./start");
const { stopInstances } = await import("./stop");
const { rebootInstances } = await import("./reboot");
const { terminateInstances } = await import("./terminate");
const { resetInstancesPassword } = await import("./reset-password");
const { reinstallInstance } = await import("./reinstall");
const { resizeInstanceDisks } = await import("./resize-disks");
const { changeInstanceType } = await import("./change-type");
const { changeInstancesChargeType } = await import("./change-charge-type");
const { renewInstances } = await import("./renew");
const { modifyInstancesRenewFlag } = await import("./renew-flag");
const { renameInstances } = await import("./rename");
const { modifyTerminationProtection } = await import("./termination-protection");
const { modifyInstancesSecurityGroups } = await import("./security-groups");
const { modifyInstancesProject } = await import("./project");
const { modifyInstancesKeyPairs } = await import("./key-pairs");
const { modifyInstancesVpc } = await import("./vpc");
const { resetInstancesBandwidth } = await import("./bandwidth");
const { modifyInstanceDiskType } = await import("./disk-type");
const { modifyInstancesPlacementGroup } = await import("./placement-group");
const { enterRescueMode } = await import("./enter-rescue-mode");
const { exitRescueMode } = await import("./exit-rescue-mode");
const { importInstancesActionTimer } = await import("./import-action-timer");
const { deleteInstancesActionTimers } = await import("./delete-action-timers");
const { bindSecurityGroup } = await import("./bind-security-group");
const { programFpgaImage } = await import("./program-fpga");

const operator = { id: "op-1", email: "op@example.com", name: "Op", role: "operator" as const };
const where = { accountId: "acc-1", region: "ap-guangzhou" };
const A = "ins-aaaaaaaa";
const B = "ins-bbbbbbbb";
const ids = [A, B];

/** Every action with a valid input and the CVM action it must call. */
const CASES: Array<[string, (input: never) => Promise<{ ok: boolean }>, object, string]> = [
  ["startInstances", startInstances, { InstanceIds: ids }, "StartInstances"],
  ["stopInstances", stopInstances, { InstanceIds: ids, StopType: "SOFT_FIRST", StoppedMode: "STOP_CHARGING" }, "StopInstances"],
  ["rebootInstances", rebootInstances, { InstanceIds: ids }, "RebootInstances"],
  ["terminateInstances", terminateInstances, { InstanceIds: ids }, "TerminateInstances"],
  ["resetInstancesPassword", resetInstancesPassword, { InstanceIds: ids, Password: "Secret-Pass-123", ForceStop: true }, "ResetInstancesPassword"],
  ["reinstallInstance", reinstallInstance, { InstanceId: A, ImageId: "img-abcdefgh", Password: "Secret-Pass-123" }, "ResetInstance"],
  ["resizeInstanceDisks", resizeInstanceDisks, { InstanceId: A, SystemDiskSize: 100 }, "ResizeInstanceDisks"],
  ["changeInstanceType", changeInstanceType, { InstanceId: A, InstanceType: "S5.LARGE8" }, "ResetInstancesType"],
  ["changeInstancesChargeType", changeInstancesChargeType, { InstanceIds: ids, InstanceChargeType: "PREPAID", Period: 1 }, "ModifyInstancesChargeType"],
  ["renewInstances", renewInstances, { InstanceIds: ids, Period: 3 }, "RenewInstances"],
  ["modifyInstancesRenewFlag", modifyInstancesRenewFlag, { InstanceIds: ids, RenewFlag: "NOTIFY_AND_AUTO_RENEW" }, "ModifyInstancesRenewFlag"],
  ["renameInstances", renameInstances, { InstanceIds: ids, InstanceName: "web" }, "ModifyInstancesAttribute"],
  ["modifyTerminationProtection", modifyTerminationProtection, { InstanceIds: ids, DisableApiTermination: true }, "ModifyInstancesAttribute"],
  ["modifyInstancesSecurityGroups", modifyInstancesSecurityGroups, { InstanceIds: ids, SecurityGroups: ["sg-abcdefgh"] }, "ModifyInstancesAttribute"],
  ["modifyInstancesProject", modifyInstancesProject, { InstanceIds: ids, ProjectId: 3 }, "ModifyInstancesProject"],
  ["modifyInstancesKeyPairs", modifyInstancesKeyPairs, { InstanceIds: ids, mode: "associate", KeyIds: ["skey-abcdefgh"] }, "AssociateInstancesKeyPairs"],
  ["modifyInstancesVpc", modifyInstancesVpc, { InstanceIds: ids, VpcId: "vpc-abcdefgh", SubnetId: "subnet-abcdefgh" }, "ModifyInstancesVpcAttribute"],
  ["resetInstancesBandwidth", resetInstancesBandwidth, { InstanceIds: ids, InternetMaxBandwidthOut: 10 }, "ResetInstancesInternetMaxBandwidth"],
  ["modifyInstanceDiskType", modifyInstanceDiskType, { InstanceId: A, SystemDiskType: "CLOUD_SSD" }, "ModifyInstanceDiskType"],
  ["modifyInstancesPlacementGroup", modifyInstancesPlacementGroup, { InstanceIds: ids, DisasterRecoverGroupId: "ps-abcdefgh" }, "ModifyInstancesDisasterRecoverGroup"],
  ["enterRescueMode", enterRescueMode, { InstanceId: A, Password: "Secret-Pass-123" }, "EnterRescueMode"],
  ["exitRescueMode", exitRescueMode, { InstanceId: A }, "ExitRescueMode"],
  ["importInstancesActionTimer", importInstancesActionTimer, { InstanceIds: ids, ActionTime: "2030-01-01T00:00:00Z" }, "ImportInstancesActionTimer"],
  ["deleteInstancesActionTimers", deleteInstancesActionTimers, { Timers: [{ ActionTimerId: "t-1", InstanceId: A }] }, "DeleteInstancesActionTimer"],
  ["bindSecurityGroup (associate)", bindSecurityGroup, { InstanceIds: ids, mode: "associate", SecurityGroupId: "sg-abcdefgh" }, "AssociateSecurityGroups"],
  ["bindSecurityGroup (disassociate)", bindSecurityGroup, { InstanceIds: ids, mode: "disassociate", SecurityGroupId: "sg-abcdefgh" }, "DisassociateSecurityGroups"],
  ["programFpgaImage", programFpgaImage, { InstanceId: A, FPGAUrl: "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin" }, "ProgramFpgaImage"],
];

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.requireRole.mockResolvedValue(operator);
  m.recordAudit.mockResolvedValue(undefined);
  m.getCvmClient.mockResolvedValue({ call: m.call });
  m.call.mockResolvedValue({ RequestId: "req-1" });
});

describe.each(CASES)("%s", (_name, action, input, cvmAction) => {
  it("refuses a viewer on the server: no cloud call, no audit row", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "x"));
    const result = await action({ ...where, ...input } as never);
    expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: en["error.forbidden"] } });
    expect(m.requireRole).toHaveBeenCalledWith("operator");
    expect(m.getCvmClient).not.toHaveBeenCalled();
    expect(m.recordAudit).not.toHaveBeenCalled();
  });

  it(`calls ${cvmAction} in the input's account and region and returns its RequestId`, async () => {
    const result = await action({ ...where, ...input } as never);
    expect(result).toEqual({ ok: true, requestId: "req-1" });
    expect(m.getCvmClient).toHaveBeenCalledWith("acc-1");
    expect(m.call).toHaveBeenCalledWith(cvmAction, expect.any(Object), { region: "ap-guangzhou", language: "en-US" });
  });

  it("checks the role before it parses the input", async () => {
    m.requireRole.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "x"));
    const result = await action({ junk: true } as never);
    expect(result.ok).toBe(false);
    expect((result as unknown as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
  });
});

describe("instance writes", () => {
  it("record one audit row per instance, with the RequestId, and never the password", async () => {
    await resetInstancesPassword({ ...where, InstanceIds: ids, Password: "Secret-Pass-123", ForceStop: true });
    expect(m.recordAudit).toHaveBeenCalledTimes(2);
    expect(m.recordAudit.mock.calls.map((c) => c[0].target)).toEqual(ids);
    expect(m.recordAudit).toHaveBeenCalledWith(
      expect.objectContaining({ userId: "op-1", action: "instance.resetPassword", result: "ok", detail: expect.objectContaining({ requestId: "req-1", region: "ap-guangzhou" }) }),
    );
    expect(JSON.stringify(m.recordAudit.mock.calls)).not.toContain("Secret-Pass-123");
  });

  it("nudge the live status poller of the account and region after a successful call only", async () => {
    await stopInstances({ ...where, InstanceIds: ids });
    expect(m.notify).toHaveBeenCalledWith("acc-1", "ap-guangzhou", ids);
    m.notify.mockClear();
    m.call.mockRejectedValue(new CloudApiError({ code: "InternalError", message: "x", requestId: "r" }));
    await stopInstances({ ...where, InstanceIds: ids });
    expect(m.notify).not.toHaveBeenCalled();
  });

  it("pass Tencent's code and RequestId through, and audit the failure on every instance of the call", async () => {
    m.call.mockRejectedValue(new CloudApiError({ code: "UnsupportedOperation.InstanceStateStopped", message: "stopped", requestId: "req-9" }));
    const result = await stopInstances({ ...where, InstanceIds: ids });
    expect(result).toEqual({ ok: false, error: { code: "UnsupportedOperation.InstanceStateStopped", message: "stopped", requestId: "req-9" } });
    expect(m.recordAudit).toHaveBeenCalledTimes(2);
    expect(m.recordAudit).toHaveBeenCalledWith(
      expect.objectContaining({ result: "error", detail: expect.objectContaining({ errorCode: "UnsupportedOperation.InstanceStateStopped", requestId: "req-9" }) }),
    );
  });

  it("refuse more ids than one call takes (100; 30 for the charge type) without calling the cloud", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect((await startInstances({ ...where, InstanceIds: many })).ok).toBe(false);
    const thirtyOne = many.slice(0, 31);
    expect((await changeInstancesChargeType({ ...where, InstanceIds: thirtyOne, InstanceChargeType: "POSTPAID_BY_HOUR" })).ok).toBe(false);
    expect(m.call).not.toHaveBeenCalled();
  });

  it("send the stop type and charging mode as chosen", async () => {
    await stopInstances({ ...where, InstanceIds: [A], StopType: "HARD", StoppedMode: "STOP_CHARGING" });
    expect(m.call).toHaveBeenCalledWith("StopInstances", { InstanceIds: [A], StopType: "HARD", StoppedMode: "STOP_CHARGING" }, expect.any(Object));
  });

  it("renew with the chosen period, charge type with a prepaid term only when going PREPAID", async () => {
    await renewInstances({ ...where, InstanceIds: [A], Period: 12 });
    expect(m.call).toHaveBeenLastCalledWith("RenewInstances", { InstanceIds: [A], InstanceChargePrepaid: { Period: 12 }, RenewPortableDataDisk: true }, expect.any(Object));
    await changeInstancesChargeType({ ...where, InstanceIds: [A], InstanceChargeType: "POSTPAID_BY_HOUR", Period: 12 });
    expect(m.call).toHaveBeenLastCalledWith(
      "ModifyInstancesChargeType",
      { InstanceIds: [A], InstanceChargeType: "POSTPAID_BY_HOUR", ModifyPortableDataDisk: false },
      expect.any(Object),
    );
  });

  it("refuse a PREPAID switch without a period (field error, no call)", async () => {
    const result = await changeInstancesChargeType({ ...where, InstanceIds: [A], InstanceChargeType: "PREPAID" });
    expect(result.ok).toBe(false);
    expect((result as { error: { fieldErrors?: Record<string, string> } }).error.fieldErrors?.Period).toBeDefined();
    expect(m.call).not.toHaveBeenCalled();
  });

  it("resize exactly one disk (system or one data disk)", async () => {
    const both = await resizeInstanceDisks({ ...where, InstanceId: A, SystemDiskSize: 100, DataDisk: { DiskId: "disk-1", DiskSize: 200 } });
    expect(both.ok).toBe(false);
    await resizeInstanceDisks({ ...where, InstanceId: A, DataDisk: { DiskId: "disk-1", DiskSize: 200 }, ResizeOnline: true });
    expect(m.call).toHaveBeenCalledWith(
      "ResizeInstanceDisks",
      { InstanceId: A, DataDisks: [{ DiskId: "disk-1", DiskSize: 200 }], ForceStop: false, ResizeOnline: true },
      expect.any(Object),
    );
  });

  it("key pairs: disassociate calls DisassociateInstancesKeyPairs", async () => {
    await modifyInstancesKeyPairs({ ...where, InstanceIds: [A], mode: "disassociate", KeyIds: ["skey-abcdefgh"], ForceStop: true });
    expect(m.call).toHaveBeenCalledWith("DisassociateInstancesKeyPairs", { InstanceIds: [A], KeyIds: ["skey-abcdefgh"], ForceStop: true }, expect.any(Object));
  });

  it("an action timer is a TerminateInstances timer at the chosen time, second precision", async () => {
    await importInstancesActionTimer({ ...where, InstanceIds: [A], ActionTime: "2030-01-01T08:30:00.000Z" });
    expect(m.call).toHaveBeenCalledWith(
      "ImportInstancesActionTimer",
      { InstanceIds: [A], ActionTimer: { TimerAction: "TerminateInstances", ActionTime: "2030-01-01T08:30:00Z" } },
      expect.any(Object),
    );
  });

  it("security group binding sends the one group and every instance, and audits each instance with the direction", async () => {
    await bindSecurityGroup({ ...where, InstanceIds: ids, mode: "disassociate", SecurityGroupId: "sg-abcdefgh" });
    expect(m.call).toHaveBeenCalledWith("DisassociateSecurityGroups", { SecurityGroupIds: ["sg-abcdefgh"], InstanceIds: ids }, expect.any(Object));
    expect(m.recordAudit.mock.calls.map((c) => [c[0].action, c[0].target])).toEqual([
      ["instance.securityGroup.disassociate", A],
      ["instance.securityGroup.disassociate", B],
    ]);
    const bad = await bindSecurityGroup({ ...where, InstanceIds: ids, mode: "associate", SecurityGroupId: "default" });
    expect(bad.ok).toBe(false);
    expect(m.call).toHaveBeenCalledTimes(1);
  });

  it("FPGA programming sends the COS URL and the chosen cards, or no DBDFs for every card; a non-COS URL is refused", async () => {
    const FPGAUrl = "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin";
    await programFpgaImage({ ...where, InstanceId: A, FPGAUrl, DBDFs: ["0000:00:08.0"] });
    expect(m.call).toHaveBeenLastCalledWith("ProgramFpgaImage", { InstanceId: A, FPGAUrl, DBDFs: ["0000:00:08.0"] }, expect.any(Object));
    await programFpgaImage({ ...where, InstanceId: A, FPGAUrl, DBDFs: [] });
    expect(m.call).toHaveBeenLastCalledWith("ProgramFpgaImage", { InstanceId: A, FPGAUrl }, expect.any(Object));
    const bad = await programFpgaImage({ ...where, InstanceId: A, FPGAUrl: "https://example.com/x.bin" });
    expect(bad.ok).toBe(false);
    expect((bad as { error: { fieldErrors?: Record<string, string> } }).error.fieldErrors?.FPGAUrl).toBeDefined();
    expect(m.call).toHaveBeenCalledTimes(2);
  });
});
