// Image sharing across the two demo accounts through the official SDK: ModifyImageSharePermission (seed 26124–26352),
// DescribeImageSharePermission (seed 25364–25543), and what sharing does to DescribeImages, ModifyImageAttribute and
// DeleteImages on both sides.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, DEMO_PEER_ACCOUNT } from "../accounts";
import { IMAGE_SETTLE_MS, imageOf, importRequest, normalImage, startImageHarness, type ImageHarness } from "../state/images/images.testing";
import { errorCodeOf } from "../testing";

const PEER = DEMO_PEER_ACCOUNT.ownerUin;
let h: ImageHarness;
beforeAll(async () => {
  h = await startImageHarness();
});
afterAll(() => h.close());
// Each test starts from two empty demo accounts (the speed setting stays) in a fresh rate-limit second.
beforeEach(() => {
  h.emu.runtime.store.reset(DEMO_ACCOUNT.ownerUin);
  h.emu.runtime.store.reset(PEER);
  h.elapse(1_000);
});

describe("ModifyImageSharePermission / DescribeImageSharePermission", () => {
  it("SHARE: the peer sees the image as SHARED_IMAGE (without the owner's tags); the owner lists the share with its time", async () => {
    const id = await normalImage(h, "shared-one", { TagSpecification: [{ ResourceType: "image", Tags: [{ Key: "k", Value: "v" }] }] });
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    const perms = await h.client.DescribeImageSharePermission({ ImageId: id });
    expect(perms.SharePermissionSet).toEqual([{ AccountId: PEER, CreatedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) }]);
    const seen = await h.peer.DescribeImages({ Filters: [{ Name: "image-type", Values: ["SHARED_IMAGE"] }] });
    expect(seen.ImageSet!.map((i) => i.ImageId)).toEqual([id]);
    expect(seen.ImageSet![0]).toMatchObject({ ImageType: "SHARED_IMAGE", ImageName: "shared-one", ImageCreator: DEMO_ACCOUNT.ownerUin, Tags: [] });
    // seed 24936: PRIVATE_IMAGE is only the account's own.
    expect((await h.peer.DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }] })).TotalCount).toBe(0);
  });

  it("SHARE reaches only the same region of the other account (seed 26136)", async () => {
    const id = await normalImage(h, "regional");
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    expect((await h.in("ap-shanghai", "peer").DescribeImages({ Filters: [{ Name: "image-type", Values: ["SHARED_IMAGE"] }] })).TotalCount).toBe(0);
  });

  it("CANCEL: the peer no longer sees it, and DescribeImageSharePermission is empty", async () => {
    const id = await normalImage(h, "cancelled");
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    h.elapse(1_000);
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "CANCEL" });
    expect((await h.client.DescribeImageSharePermission({ ImageId: id })).SharePermissionSet).toEqual([]);
    expect(await imageOf(h.peer, id)).toBeUndefined();
  });

  it("a shared image cannot be modified or deleted by its owner until the sharing is cancelled", async () => {
    const id = await normalImage(h, "locked");
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    // seed 26713: "已分享的镜像无法修改属性"; seed 26906: "当镜像正在被其它账户分享时，不允许删除".
    expect(await errorCodeOf(h.client.ModifyImageAttribute({ ImageId: id, ImageName: "renamed" }))).toBe("InvalidImageId.IncorrectState");
    expect(await errorCodeOf(h.client.DeleteImages({ ImageIds: [id] }))).toBe("InvalidImageId.InShared");
    h.elapse(1_000);
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "CANCEL" });
    h.elapse(1_000);
    await h.client.DeleteImages({ ImageIds: [id] });
    expect(await imageOf(h.client, id)).toBeUndefined();
  });

  it("the receiving account launches instances from the shared image (seed 26130); after CANCEL → InvalidImageId.NotFound", async () => {
    const id = await normalImage(h, "launchable");
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    const { InstanceIdSet } = await h.peer.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: id });
    const ins = (await h.peer.DescribeInstances({ InstanceIds: InstanceIdSet })).InstanceSet![0];
    expect(ins).toMatchObject({ ImageId: id, OsName: "CentOS 6 64位" });
    expect((await h.peer.InquiryPriceRunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: id })).Price!.InstancePrice).toBeDefined();
    h.elapse(1_000);
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "CANCEL" });
    h.elapse(1_000);
    expect(await errorCodeOf(h.peer.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: id }))).toBe("InvalidImageId.NotFound");
  });

  it("the receiving account can neither rename, delete, re-share, export nor ask who else it is shared with", async () => {
    const id = await normalImage(h, "received");
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    expect(await errorCodeOf(h.peer.ModifyImageAttribute({ ImageId: id, ImageName: "mine-now" }))).toBe("UnauthorizedOperation");
    expect(await errorCodeOf(h.peer.DeleteImages({ ImageIds: [id] }))).toBe("InvalidParameterValue.InvalidImageIdIsShared");
    expect(await errorCodeOf(h.peer.ModifyImageSharePermission({ ImageId: id, AccountIds: [DEMO_ACCOUNT.ownerUin], Permission: "SHARE" }))).toBe(
      "UnauthorizedOperation.ImageNotBelongToAccount",
    );
    expect(await errorCodeOf(h.peer.DescribeImageSharePermission({ ImageId: id }))).toBe("UnauthorizedOperation.ImageNotBelongToAccount");
    expect(await errorCodeOf(h.peer.ExportImages({ ImageIds: [id], BucketName: "mybucketname" }))).toBe("UnsupportedOperation.SharedImageExportUnsupported");
  });

  it("the receiving account copies a shared image into a custom image of its own with SyncImages to the source region (seed 26409)", async () => {
    const id = await normalImage(h, "to-copy");
    await h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" });
    const res = await h.peer.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-guangzhou"], ImageSetRequired: true });
    const copy = res.ImageSet![0].ImageId!;
    expect(await imageOf(h.peer, copy)).toMatchObject({ ImageType: "PRIVATE_IMAGE", ImageState: "SYNCING", ImageCreator: PEER });
    h.elapse(IMAGE_SETTLE_MS);
    expect((await imageOf(h.peer, copy)).ImageState).toBe("NORMAL");
    expect(await errorCodeOf(h.peer.SyncImages({ ImageIds: [id], DestinationRegions: ["ap-shanghai"] }))).toBe("InvalidParameterValue.InvalidRegion");
  });

  it("the seed's request example (img-6pb6lrmy to 1038493875) → InvalidImageId.NotFound here: no such image in this account", async () => {
    expect(await errorCodeOf(h.client.ModifyImageSharePermission({ AccountIds: ["1038493875"], Permission: "SHARE", ImageId: "img-6pb6lrmy" }))).toBe(
      "InvalidImageId.NotFound",
    );
    expect(await errorCodeOf(h.client.DescribeImageSharePermission({ ImageId: "img-6pb6lrmy" }))).toBe("InvalidImageId.NotFound");
  });

  it("refusals: yourself, an unknown account, a share twice, a bad Permission, a public image, an image not NORMAL, a malformed id", async () => {
    const id = await normalImage(h, "refusals");
    const share = (AccountIds: string[], Permission = "SHARE", ImageId = id) => h.client.ModifyImageSharePermission({ ImageId, AccountIds, Permission });
    expect(await errorCodeOf(share([DEMO_ACCOUNT.ownerUin]))).toBe("InvalidAccountIs.YourSelf");
    expect(await errorCodeOf(share(["100000000999"]))).toBe("InvalidAccountId.NotFound");
    expect(await errorCodeOf(share(["qq-123"]))).toBe("InvalidAccountId.NotFound");
    await share([PEER]);
    expect(await errorCodeOf(share([PEER]))).toBe("FailedOperation.AccountAlreadyExists");
    expect(await errorCodeOf(share([PEER], "GRANT"))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(share([PEER], "SHARE", "img-pmqg1cw7"))).toBe("UnauthorizedOperation.ImageNotBelongToAccount");
    expect(await errorCodeOf(share([PEER], "SHARE", "img-xyz"))).toBe("InvalidImageId.Malformed");
    h.elapse(1_000);
    const { ImageId: importing } = await h.client.ImportImage(importRequest("still-importing"));
    expect(await errorCodeOf(share([PEER], "SHARE", importing))).toBe("InvalidParameterValue.InvalidImageState");
  });

  it("a BYOL image cannot be shared → FailedOperation.BYOLImageShareFailed", async () => {
    const id = await normalImage(h, "byol", { LicenseType: "BYOL" });
    expect(await errorCodeOf(h.client.ModifyImageSharePermission({ ImageId: id, AccountIds: [PEER], Permission: "SHARE" }))).toBe("FailedOperation.BYOLImageShareFailed");
  });
});
