// The image actions through the console's own client (server/cvm), so a bug shared by the SDK and the emulator's
// verifier cannot hide. Work is instant here; its timing is covered by the SDK contract tests beside this file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CvmClient } from "@/server/cvm/client";
import { CloudApiError } from "@/server/cvm/errors";
import { DEMO_ACCOUNT, DEMO_PEER_ACCOUNT, DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { setSpeed } from "../state/instances/durations";
import { importRequest } from "../state/images/images.testing";

let emu: RunningEmulator;
let client: CvmClient;
let peer: CvmClient;
const region = "ap-guangzhou";
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  setSpeed(emu.runtime.store, { mode: "instant" });
  client = new CvmClient({ endpoint: emu.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  peer = new CvmClient({ endpoint: emu.url, secretId: DEMO_PEER_ACCOUNT.secretId, secretKey: DEMO_PEER_ACCOUNT.secretKey, timeoutMs: 10_000 });
});
afterAll(async () => {
  client.close();
  peer.close();
  await emu.close();
});

const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable("expected a CloudApiError"), (e: unknown) => e as CloudApiError);

describe("Images through our client", () => {
  it("CreateImage → DescribeImages → Modify → Share → peer sees SHARED_IMAGE → Cancel → Delete", async () => {
    const ins = (await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" }, { region })).InstanceIdSet![0];
    const { ImageId } = await client.call("CreateImage", { InstanceId: ins, ImageName: "ours", ImageFamily: "ours-family" }, { region });
    const listed = await client.call("DescribeImages", { ImageIds: [ImageId!] }, { region });
    expect(listed.ImageSet![0]).toMatchObject({ ImageId, ImageState: "NORMAL", ImageType: "PRIVATE_IMAGE" });
    await client.call("ModifyImageAttribute", { ImageId: ImageId!, ImageDescription: "from our client" }, { region });
    expect((await client.call("DescribeImageFromFamily", { ImageFamily: "ours-family" }, { region })).Image).toMatchObject({ ImageId, ImageDescription: "from our client" });
    await client.call("ModifyImageSharePermission", { ImageId: ImageId!, AccountIds: [DEMO_PEER_ACCOUNT.ownerUin], Permission: "SHARE" }, { region });
    expect((await client.call("DescribeImageSharePermission", { ImageId: ImageId! }, { region })).SharePermissionSet![0].AccountId).toBe(DEMO_PEER_ACCOUNT.ownerUin);
    const seen = await peer.call("DescribeImages", { Filters: [{ Name: "image-type", Values: ["SHARED_IMAGE"] }] }, { region });
    expect(seen.ImageSet!.map((i) => [i.ImageId, i.ImageType])).toEqual([[ImageId, "SHARED_IMAGE"]]);
    const inShared = await failure(client.call("DeleteImages", { ImageIds: [ImageId!] }, { region }));
    expect(inShared).toBeInstanceOf(CloudApiError);
    expect(inShared).toMatchObject({ code: "InvalidImageId.InShared", action: "DeleteImages" });
    expect(inShared.requestId).toMatch(/\S/);
    await client.call("ModifyImageSharePermission", { ImageId: ImageId!, AccountIds: [DEMO_PEER_ACCOUNT.ownerUin], Permission: "CANCEL" }, { region });
    await client.call("DeleteImages", { ImageIds: [ImageId!] }, { region });
    expect((await failure(client.call("DeleteImages", { ImageIds: [ImageId!] }, { region }))).code).toBe("InvalidImageId.NotFound");
  });

  it("ImportImage / SyncImages / ExportImages / quota / import OS list / ConvertOperatingSystems DryRun", async () => {
    const { ImageId } = await client.call("ImportImage", importRequest("imported-ours"), { region });
    const sync = await client.call("SyncImages", { ImageIds: [ImageId!], DestinationRegions: ["ap-shanghai"], ImageSetRequired: true }, { region });
    expect(sync.ImageSet![0].Region).toBe("ap-shanghai");
    const copy = await client.call("DescribeImages", { ImageIds: [sync.ImageSet![0].ImageId!] }, { region: "ap-shanghai" });
    expect(copy.ImageSet![0]).toMatchObject({ ImageState: "NORMAL", SyncPercent: 100 });
    const exported = await client.call("ExportImages", { ImageIds: [ImageId!], BucketName: `exports-${DEMO_ACCOUNT.appId}` }, { region });
    expect(exported.CosPaths![0]).toMatch(new RegExp(`^/${ImageId}_system_snap-[a-z0-9]{8}\\.raw$`));
    expect((await client.call("DescribeImageQuota", {}, { region })).ImageNumQuota).toBeGreaterThan(0);
    expect((await client.call("DescribeImportImageOs", {}, { region })).ImportImageOsListSupported!.Windows).toContain("Windows Server 2016");
    const ins = (await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-8toqc6s3" }, { region })).InstanceIdSet![0];
    expect((await client.call("ConvertOperatingSystems", { InstanceIds: [ins], DryRun: true }, { region })).SupportTargetOSList).toEqual([{ TargetOSType: "TencentOS", TargetOSVersion: "2.4" }]);
  });
});
