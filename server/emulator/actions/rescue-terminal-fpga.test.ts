import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, SETTLE_MS } from "../state/changes/changes.testing";
import { redeemVncTicket, VNC_TICKET_TTL_MS } from "../state/changes/vnc-tickets";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const enter = (InstanceId: string, Password = "hello123456789", extra: object = {}) => h.client.EnterRescueMode({ InstanceId, Password, ...extra });

group("EnterRescueMode / ExitRescueMode", () => {
  it("EnterRescueMode: the seed's example takes a RUNNING instance ENTER_RESCUE_MODE → RESCUE_MODE; ExitRescueMode (GET) brings it back RUNNING", async () => {
    const [id] = await launchRunning(h);
    const res = await enter(id);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "ENTER_RESCUE_MODE", LatestOperation: "EnterRescueMode", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    expect(await errorCodeOf(enter(id))).toBe("UnsupportedOperation.InstanceStateEnterRescueMode");
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RESCUE_MODE", LatestOperationState: "SUCCESS" });
    expect(await errorCodeOf(enter(id))).toBe("UnsupportedOperation.InstanceStateRescueMode");
    await sdkClient(h.emu.url, { reqMethod: "GET" }).ExitRescueMode({ InstanceId: id });
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "EXIT_RESCUE_MODE", LatestOperation: "ExitRescueMode" });
    expect(await errorCodeOf(h.client.ExitRescueMode({ InstanceId: id }))).toBe("UnsupportedOperation.InstanceStateExitRescueMode");
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", LatestOperationState: "SUCCESS" });
  });

  it("EnterRescueMode: a STOPPED instance enters too (StopType HARD); an unknown StopType → InvalidParameterValue", async () => {
    const id = await launchStopped(h);
    expect(await errorCodeOf(enter(id, "hello123456789", { StopType: "NOW" }))).toBe("InvalidParameterValue");
    await enter(id, "hello123456789", { StopType: "HARD", Username: "root" });
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).InstanceState).toBe("RESCUE_MODE");
  });

  it("EnterRescueMode: password rules (Linux two kinds, Windows 12+ of three) → InvalidParameterValue.InvalidPassword; ARM → UnsupportedOperation.ArmArchitecture", async () => {
    const [linux] = await launchRunning(h);
    expect(await errorCodeOf(enter(linux, "abcdefghij"))).toBe("InvalidParameterValue.InvalidPassword");
    const [win] = await launchRunning(h, { ImageId: "img-9id7emv8", InstanceType: "S5.MEDIUM4" });
    expect(await errorCodeOf(enter(win, "hello123456789"))).toBe("InvalidParameterValue.InvalidPassword");
    const [arm] = await launchRunning(h, { ImageId: "img-3la7wgnt", InstanceType: "SR1.MEDIUM4" });
    expect(await errorCodeOf(enter(arm))).toBe("UnsupportedOperation.ArmArchitecture");
  });

  it("ExitRescueMode: RUNNING → UnsupportedOperation.InstanceStateRunning; STOPPED → …InstanceStateStopped", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ExitRescueMode({ InstanceId: id }))).toBe("UnsupportedOperation.InstanceStateRunning");
    const stopped = await launchStopped(h);
    expect(await errorCodeOf(h.client.ExitRescueMode({ InstanceId: stopped }))).toBe("UnsupportedOperation.InstanceStateStopped");
  });
});

group("DescribeInstanceVncUrl", () => {
  it("DescribeInstanceVncUrl: a RUNNING instance gets a URL-encoded wss:// address with a fresh one-time ticket valid 15 s", async () => {
    const [id] = await launchRunning(h);
    const a = (await sdkClient(h.emu.url, { reqMethod: "GET" }).DescribeInstanceVncUrl({ InstanceId: id })).InstanceVncUrl!;
    const b = (await h.client.DescribeInstanceVncUrl({ InstanceId: id })).InstanceVncUrl!;
    expect(a).toMatch(/^wss%3A%2F%2Fgzvnc\.qcloud\.com%3A26789%2Fvnc%3Fs%3D[A-Za-z0-9%]+$/);
    expect(a).not.toBe(b);
    // The ticket is standard base64 (as the seed's example: "/" and "=" appear raw), so read it verbatim.
    const ticket = (url: string) => decodeURIComponent(url).split("/vnc?s=")[1];
    expect(redeemVncTicket(h.ctx, ticket(a))).toBe(id);
    expect(redeemVncTicket(h.ctx, ticket(a))).toBeUndefined();
    h.elapse(VNC_TICKET_TTL_MS + 1000);
    expect(redeemVncTicket(h.ctx, ticket(b))).toBeUndefined();
  });

  it("DescribeInstanceVncUrl: STOPPED → UnsupportedOperation.InstanceStateStopped; STOPPING → …InstanceStateStopping; unknown → InvalidInstanceId.NotFound", async () => {
    const [id] = await launchRunning(h);
    await h.client.StopInstances({ InstanceIds: [id] });
    expect(await errorCodeOf(h.client.DescribeInstanceVncUrl({ InstanceId: id }))).toBe("UnsupportedOperation.InstanceStateStopping");
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(h.client.DescribeInstanceVncUrl({ InstanceId: id }))).toBe("UnsupportedOperation.InstanceStateStopped");
    expect(await errorCodeOf(h.client.DescribeInstanceVncUrl({ InstanceId: "ins-00000000" }))).toBe("InvalidInstanceId.NotFound");
  });

  it("DescribeInstanceVncUrl: the rescue system is reached through the terminal (RESCUE_MODE is allowed)", async () => {
    const [id] = await launchRunning(h);
    await enter(id);
    h.elapse(SETTLE_MS);
    expect((await h.client.DescribeInstanceVncUrl({ InstanceId: id })).InstanceVncUrl).toMatch(/^wss%3A/);
  });
});

group("ProgramFpgaImage", () => {
  const FPGA = { InstanceType: "FX4.8XLARGE128" };
  const URL_ = "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin";

  it("ProgramFpgaImage: the seed's example (GET, two cards) programs a RUNNING FPGA instance, which stays RUNNING (OPERATING → SUCCESS)", async () => {
    const [id] = await launchRunning(h, FPGA);
    const res = await sdkClient(h.emu.url, { reqMethod: "GET" }).ProgramFpgaImage({ InstanceId: id, FPGAUrl: URL_, DBDFs: ["0000:00:08.0", "0000:00:09.0"] });
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", LatestOperation: "ProgramFpgaImage", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    expect(await errorCodeOf(h.client.ProgramFpgaImage({ InstanceId: id, FPGAUrl: URL_ }))).toBe("OperationDenied.InstanceOperationInProgress");
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, id)).LatestOperationState).toBe("SUCCESS");
  });

  it("ProgramFpgaImage: not an FPGA type → UnsupportedOperation.NotFpgaInstance", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ProgramFpgaImage({ InstanceId: id, FPGAUrl: URL_ }))).toBe("UnsupportedOperation.NotFpgaInstance");
  });

  it("ProgramFpgaImage: bad URL or DBDF → InvalidParameterValue.IncorrectFormat; more cards than the type has → …LimitExceeded; DryRun → DryRunOperation", async () => {
    const [id] = await launchRunning(h, FPGA);
    const program = (extra: object) => errorCodeOf(h.client.ProgramFpgaImage({ InstanceId: id, FPGAUrl: URL_, ...extra }));
    expect(await program({ FPGAUrl: "ftp://example.com/x.bin" })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await program({ DBDFs: ["08.0"] })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await program({ DBDFs: ["0000:00:08.0", "0000:00:09.0", "0000:00:0a.0"] })).toBe("InvalidParameterValue.LimitExceeded");
    expect(await program({ DryRun: true })).toBe("DryRunOperation");
    expect((await describe(h.client, id)).LatestOperation).toBe("RunInstances");
  });
});
