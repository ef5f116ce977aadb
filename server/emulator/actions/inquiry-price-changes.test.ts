// InquiryPriceResetInstance, InquiryPriceResetInstancesType and InquiryPriceResizeInstanceDisks: output shape and
// documented refusals, through the official SDK.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALWAYS_SOLD_OUT } from "../catalog/compute/availability";
import { shapeErrors } from "../catalog/compute/seed-structures.testing";
import { expectError } from "../state/pricing-inputs/quote-testing";
import { startQuoteHarness, type QuoteHarness } from "../state/pricing-inputs/quote-harness.testing";

let h: QuoteHarness;
beforeAll(async () => {
  h = await startQuoteHarness();
});
afterAll(() => h.close());

const COMPLETE_PRICE = new Set(["Price", "ItemPrice"]);
const PREPAID_1 = { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } };
const WITH_DATA = { InstanceType: "S5.LARGE8", SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 50 }] };
/** Legacy S2 with local disks, in a zone that still sells it. */
const LEGACY = { Placement: { Zone: "ap-shanghai-2" }, InstanceType: "S2.SMALL2" };
const WINDOWS_IMAGE = "img-9id7emv8";
const ARM_IMAGE = "img-3la7wgnt";

describe("InquiryPriceResetInstance", () => {
  const ACTION = "InquiryPriceResetInstance";
  const reset = (req: Parameters<QuoteHarness["client"]["InquiryPriceResetInstance"]>[0], region?: string) => h.sdk(region).InquiryPriceResetInstance(req);

  it("InquiryPriceResetInstance: a larger system disk costs more per hour (postpaid) or the difference (prepaid); the same disk costs nothing more", async () => {
    const id = await h.launch(WITH_DATA);
    const same = (await reset({ InstanceId: id })).Price!;
    expect(shapeErrors(same, "Price", { complete: COMPLETE_PRICE })).toEqual([]);
    expect(same.InstancePrice).toMatchObject({ ChargeUnit: "HOUR", Discount: 100 });
    const bigger = (await reset({ InstanceId: id, SystemDisk: { DiskSize: 200 } })).Price!;
    expect(bigger.InstancePrice!.UnitPrice).toBeGreaterThan(same.InstancePrice!.UnitPrice!);
    const monthly = await h.launch({ ...WITH_DATA, ...PREPAID_1 });
    expect((await reset({ InstanceId: monthly, ImageId: "img-8toqc6s3", SystemDisk: { DiskSize: 100 } })).Price!.InstancePrice!.DiscountPrice).toBeGreaterThan(0);
  });

  it("InquiryPriceResetInstance: a smaller system disk or another disk type → InvalidParameterValue", async () => {
    const id = await h.launch(WITH_DATA);
    await expectError(ACTION, reset({ InstanceId: id, SystemDisk: { DiskSize: 40 } }), "InvalidParameterValue");
    await expectError(ACTION, reset({ InstanceId: id, SystemDisk: { DiskType: "CLOUD_SSD", DiskSize: 50 } }), "InvalidParameterValue");
  });

  it("InquiryPriceResetInstance: image ids: malformed → InvalidImageId.Malformed, unknown → InvalidImageId.NotFound, ARM on x86 → InvalidParameterValue.InvalidImageId", async () => {
    const id = await h.launch();
    await expectError(ACTION, reset({ InstanceId: id, ImageId: "img-1" }), "InvalidImageId.Malformed");
    await expectError(ACTION, reset({ InstanceId: id, ImageId: "img-zzzzzzzz" }), "InvalidImageId.NotFound");
    await expectError(ACTION, reset({ InstanceId: id, ImageId: ARM_IMAGE }), "InvalidParameterValue.InvalidImageId");
  });

  it("InquiryPriceResetInstance: Linux → Windows is quoted in mainland China, refused abroad (InvalidParameterValue.InvalidImageOsName)", async () => {
    const gz = await h.launch({ InstanceType: "S5.MEDIUM4" });
    expect((await reset({ InstanceId: gz, ImageId: WINDOWS_IMAGE })).Price!.InstancePrice!.UnitPrice).toBeGreaterThan(0);
    const sg = await h.launch({ Placement: { Zone: "ap-singapore-1" }, InstanceType: "S5.MEDIUM4" }, "ap-singapore");
    await expectError(ACTION, reset({ InstanceId: sg, ImageId: WINDOWS_IMAGE }, "ap-singapore"), "InvalidParameterValue.InvalidImageOsName");
  });

  it("InquiryPriceResetInstance: switching OS on a local system disk → InvalidParameterValue.InvalidImageIdForRetsetInstance", async () => {
    const id = await h.launch({ ...LEGACY, SystemDisk: { DiskType: "LOCAL_BASIC", DiskSize: 50 } }, "ap-shanghai");
    await expectError(ACTION, reset({ InstanceId: id, ImageId: WINDOWS_IMAGE }, "ap-shanghai"), "InvalidParameterValue.InvalidImageIdForRetsetInstance");
  });

  it("InquiryPriceResetInstance: a password that breaks the rules → InvalidParameterValue", async () => {
    await expectError(ACTION, reset({ InstanceId: await h.launch(), LoginSettings: { Password: "abc" } }), "InvalidParameterValue");
  });

  it("InquiryPriceResetInstance: the seed's example id is unknown here → InvalidInstanceId.NotFound; a malformed id → InvalidInstanceId.Malformed", async () => {
    await expectError(ACTION, reset({ InstanceId: "ins-fd8spnmq" }), "InvalidInstanceId.NotFound");
    await expectError(ACTION, reset({ InstanceId: "ins-1122" }), "InvalidInstanceId.Malformed");
  });
});

describe("InquiryPriceResetInstancesType", () => {
  const ACTION = "InquiryPriceResetInstancesType";
  const change = (InstanceIds: string[], InstanceType: string, region?: string) => h.sdk(region).InquiryPriceResetInstancesType({ InstanceIds, InstanceType });

  it("InquiryPriceResetInstancesType: a complete Price; a prepaid downgrade costs nothing", async () => {
    const id = await h.launch({ ...WITH_DATA, ...PREPAID_1 });
    const up = (await change([id], "S5.2XLARGE16")).Price!;
    expect(shapeErrors(up, "Price", { complete: COMPLETE_PRICE })).toEqual([]);
    expect(up.InstancePrice!.OriginalPrice).toBeGreaterThan(0);
    expect((await change([id], "S5.MEDIUM4")).Price!.InstancePrice!.DiscountPrice).toBe(0);
  });

  it("InquiryPriceResetInstancesType: more than one instance → InvalidParameterValue.LimitExceeded", async () => {
    await expectError(ACTION, change([await h.launch(), await h.launch()], "S5.LARGE8"), "InvalidParameterValue.LimitExceeded");
  });

  it("InquiryPriceResetInstancesType: its own type → InvalidParameterValue; malformed → InvalidInstanceType.Malformed; unknown → ResourceUnavailable.InstanceType", async () => {
    const id = await h.launch({ InstanceType: "S5.MEDIUM4" });
    await expectError(ACTION, change([id], "S5.MEDIUM4"), "InvalidParameterValue");
    await expectError(ACTION, change([id], "S5"), "InvalidInstanceType.Malformed");
    await expectError(ACTION, change([id], "S5.HUGE999"), "ResourceUnavailable.InstanceType");
  });

  it("InquiryPriceResetInstancesType: family moves: to ARM, to GPU, to a sold-out type", async () => {
    const id = await h.launch({ InstanceType: "S5.MEDIUM4" });
    await expectError(ACTION, change([id], "SR1.MEDIUM4"), "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM");
    await expectError(ACTION, change([id], "GN7.2XLARGE32"), "InvalidParameterValue.GPUInstanceFamily");
    await expectError(ACTION, change([id], ALWAYS_SOLD_OUT), "ResourcesSoldOut.SpecifiedInstanceType");
  });

  it("InquiryPriceResetInstancesType: a CLOUD_BASIC system disk → InvalidInstance.NotSupported (seed: BSSD, PREMIUM, SSD only)", async () => {
    const id = await h.launch({ ...LEGACY, SystemDisk: { DiskType: "CLOUD_BASIC", DiskSize: 50 } }, "ap-shanghai");
    await expectError(ACTION, change([id], "S2.MEDIUM4", "ap-shanghai"), "InvalidInstance.NotSupported");
  });

  it("InquiryPriceResetInstancesType: local data disks cannot change family → UnsupportedOperation.LocalDataDiskChangeInstanceFamily", async () => {
    const id = await h.launch({ ...LEGACY, SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, DataDisks: [{ DiskType: "LOCAL_BASIC", DiskSize: 100 }] }, "ap-shanghai");
    await expectError(ACTION, change([id], "S5.MEDIUM4", "ap-shanghai"), "UnsupportedOperation.LocalDataDiskChangeInstanceFamily");
  });
});

describe("InquiryPriceResizeInstanceDisks", () => {
  const ACTION = "InquiryPriceResizeInstanceDisks";
  const resize = (req: Parameters<QuoteHarness["client"]["InquiryPriceResizeInstanceDisks"]>[0], region?: string) => h.sdk(region).InquiryPriceResizeInstanceDisks(req);

  it("InquiryPriceResizeInstanceDisks: the seed's example (one data disk to 100 GB, postpaid) → a complete Price, dearer per hour", async () => {
    const id = await h.launch(WITH_DATA);
    const before = (await h.sdk().InquiryPriceResetInstance({ InstanceId: id })).Price!.InstancePrice!.UnitPrice!;
    const { Price } = await resize({ InstanceId: id, DataDisks: [{ DiskSize: 100 }] });
    expect(shapeErrors(Price, "Price", { complete: COMPLETE_PRICE })).toEqual([]);
    expect(Price!.InstancePrice!.ChargeUnit).toBe("HOUR");
    expect(Price!.InstancePrice!.UnitPrice).toBeGreaterThan(before);
  });

  it("InquiryPriceResizeInstanceDisks: neither disk → MissingParameter.AtLeastOne; both → InvalidParameter", async () => {
    const id = await h.launch(WITH_DATA);
    await expectError(ACTION, resize({ InstanceId: id }), "MissingParameter.AtLeastOne");
    await expectError(ACTION, resize({ InstanceId: id, SystemDisk: { DiskSize: 100 }, DataDisks: [{ DiskSize: 100 }] }), "InvalidParameter");
  });

  it("InquiryPriceResizeInstanceDisks: shrinking, or two data disks at once → InvalidParameterValue", async () => {
    const id = await h.launch(WITH_DATA);
    await expectError(ACTION, resize({ InstanceId: id, DataDisks: [{ DiskSize: 20 }] }), "InvalidParameterValue");
    await expectError(ACTION, resize({ InstanceId: id, DataDisks: [{ DiskSize: 100 }, { DiskSize: 100 }] }), "InvalidParameterValue");
  });

  it("InquiryPriceResizeInstanceDisks: a local data disk → UnsupportedOperation.InvalidDisk", async () => {
    const id = await h.launch({ ...LEGACY, SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, DataDisks: [{ DiskType: "LOCAL_BASIC", DiskSize: 100 }] }, "ap-shanghai");
    await expectError(ACTION, resize({ InstanceId: id, DataDisks: [{ DiskSize: 200 }] }, "ap-shanghai"), "UnsupportedOperation.InvalidDisk");
  });

  it("InquiryPriceResizeInstanceDisks: an online resize of a STOPPED instance → UnsupportedOperation.InstanceStateStopped", async () => {
    const id = await h.launch(WITH_DATA);
    await h.sdk().StopInstances({ InstanceIds: [id] });
    await expectError(ACTION, resize({ InstanceId: id, DataDisks: [{ DiskSize: 100 }], ResizeOnline: true }), "UnsupportedOperation.InstanceStateStopped");
    expect((await resize({ InstanceId: id, DataDisks: [{ DiskSize: 100 }] })).Price!.InstancePrice!.UnitPrice).toBeGreaterThan(0);
  });

  it("InquiryPriceResizeInstanceDisks: the seed's example id is unknown here → InvalidInstanceId.NotFound", async () => {
    await expectError(ACTION, resize({ InstanceId: "ins-fd8spnmq", DataDisks: [{ DiskSize: 100 }] }), "InvalidInstanceId.NotFound");
  });
});
