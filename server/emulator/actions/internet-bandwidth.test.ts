import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { bandwidthMonthlyFen } from "../pricing/unit-prices";
import { describe, launchRunning, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { beijingDate } from "../state/network/bandwidth-history";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const internet = (InternetChargeType: string, InternetMaxBandwidthOut: number) => ({ InternetAccessible: { InternetChargeType, InternetMaxBandwidthOut } });
const inquire = (InstanceIds: string[], mbps: number, extra: object = {}) =>
  h.client.InquiryPriceResetInstancesInternetMaxBandwidth({ InstanceIds, InternetAccessible: { InternetMaxBandwidthOut: mbps }, ...extra });
const reset = (InstanceIds: string[], mbps: number, extra: object = {}) =>
  h.client.ResetInstancesInternetMaxBandwidth({ InstanceIds, InternetAccessible: { InternetMaxBandwidthOut: mbps }, ...extra });
const DAY = 86_400_000;
const today = () => beijingDate(Date.now());
const dayAfter = (date: string, days: number) => beijingDate(Date.parse(`${date}T12:00:00+08:00`) + days * DAY);

group("DescribeInternetChargeTypeConfigs", () => {
  it("DescribeInternetChargeTypeConfigs: the seed's example, in Chinese by default and in English with en-US", async () => {
    const { InternetChargeTypeConfigSet } = await h.client.DescribeInternetChargeTypeConfigs();
    expect(InternetChargeTypeConfigSet).toEqual([
      { InternetChargeType: "BANDWIDTH_PREPAID", Description: "按带宽包年包月计费" },
      { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", Description: "按流量计费" },
      { InternetChargeType: "BANDWIDTH_POSTPAID_BY_HOUR", Description: "按带宽使用时长计费" },
      { InternetChargeType: "BANDWIDTH_PACKAGE", Description: "带宽包计费" },
    ]);
    const en = await sdkClient(h.emu.url, { language: "en-US" }).DescribeInternetChargeTypeConfigs();
    expect(en.InternetChargeTypeConfigSet!.map((c) => c.InternetChargeType)).toEqual(InternetChargeTypeConfigSet!.map((c) => c.InternetChargeType));
    expect(en.InternetChargeTypeConfigSet![0].Description).toMatch(/^Prepaid/);
  });
});

group("Hourly bandwidth", () => {
  it("InquiryPriceResetInstancesInternetMaxBandwidth: the seed's example (traffic, 20 Mbps) → BandwidthPrice 0.8 per GB", async () => {
    const [id] = await launchRunning(h, internet("TRAFFIC_POSTPAID_BY_HOUR", 10));
    const { Price } = await inquire([id], 20);
    expect(Price!.BandwidthPrice).toMatchObject({ UnitPrice: 0.8, ChargeUnit: "GB" });
    expect(Price!.InstancePrice).toMatchObject({ UnitPrice: 0, OriginalPrice: 0 });
  });

  it("InquiryPriceResetInstancesInternetMaxBandwidth: hourly bandwidth costs what InquiryPriceRunInstances quotes for the same Mbps", async () => {
    const [id] = await launchRunning(h, internet("BANDWIDTH_POSTPAID_BY_HOUR", 5));
    const { Price } = await inquire([id], 20);
    const bought = await h.client.InquiryPriceRunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", ...internet("BANDWIDTH_POSTPAID_BY_HOUR", 20) });
    expect(Price!.BandwidthPrice).toEqual(bought.Price!.BandwidthPrice);
    expect(Price!.BandwidthPrice!.UnitPrice).toBeGreaterThan((await inquire([id], 10)).Price!.BandwidthPrice!.UnitPrice!);
  });

  it("ResetInstancesInternetMaxBandwidth: the new bandwidth lands with the operation (OPERATING → SUCCESS) for a batch of traffic-billed instances", async () => {
    const ids = await launchRunning(h, { InstanceCount: 2, ...internet("TRAFFIC_POSTPAID_BY_HOUR", 10) });
    const res = await reset(ids, 50);
    expect(await describe(h.client, ids[0])).toMatchObject({ InternetAccessible: { InternetMaxBandwidthOut: 10 }, LatestOperation: "ResetInstancesInternetMaxBandwidth", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    expect(await errorCodeOf(reset(ids, 60))).toBe("MutexOperation.TaskRunning");
    h.elapse(SETTLE_MS);
    for (const id of ids) {
      expect(await describe(h.client, id)).toMatchObject({ InstanceState: "RUNNING", InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 50 }, LatestOperationState: "SUCCESS" });
    }
    await reset([ids[0]], 1); // hourly bandwidth may go down
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, ids[0])).InternetAccessible!.InternetMaxBandwidthOut).toBe(1);
  });

  it("Reset / Inquiry: no public IP → FailedOperation.NotFoundEIP; over the cap → InvalidParameterValue.Range; StartTime on hourly bandwidth → InvalidParameter(Combination)", async () => {
    const [bare] = await launchRunning(h);
    expect(await errorCodeOf(reset([bare], 10))).toBe("FailedOperation.NotFoundEIP");
    expect(await errorCodeOf(inquire([bare], 10))).toBe("FailedOperation.NotFoundEIP");
    const [id] = await launchRunning(h, internet("TRAFFIC_POSTPAID_BY_HOUR", 10));
    expect(await errorCodeOf(reset([id], 101))).toBe("InvalidParameterValue.Range");
    expect(await errorCodeOf(inquire([id], -1))).toBe("InvalidParameterValue.Range");
    const dates = { StartTime: today(), EndTime: today() };
    expect(await errorCodeOf(inquire([id], 20, dates))).toBe("InvalidParameterCombination");
    expect(await errorCodeOf(reset([id], 20, dates))).toBe("InvalidParameter");
    expect(await errorCodeOf(h.client.ResetInstancesInternetMaxBandwidth({ InstanceIds: [id], InternetAccessible: {} }))).toBe("MissingParameter");
    expect(await errorCodeOf(reset([id], 20, { InternetAccessible: { InternetMaxBandwidthOut: 20, InternetChargeType: "BANDWIDTH_POSTPAID_BY_HOUR" } }))).toBe("InvalidParameter");
    expect(await errorCodeOf(reset([id], 20, { InternetAccessible: { InternetMaxBandwidthOut: 20, BandwidthPackageId: "bwp-h1ro0000" } }))).toBe("UnsupportedOperation.BandwidthPackageIdNotSupported");
    expect(await errorCodeOf(reset(["ins-r8hr2upy"], 20))).toBe("InvalidInstanceId.NotFound");
  });

  it("Reset / Inquiry: mixed billing modes → InvalidParameter(Combination); two BANDWIDTH_POSTPAID_BY_HOUR instances → InvalidParameterValue.LimitExceeded", async () => {
    const [traffic] = await launchRunning(h, internet("TRAFFIC_POSTPAID_BY_HOUR", 10));
    const hourly = await launchRunning(h, { InstanceCount: 2, ...internet("BANDWIDTH_POSTPAID_BY_HOUR", 10) });
    expect(await errorCodeOf(inquire([traffic, hourly[0]], 20))).toBe("InvalidParameterCombination");
    expect(await errorCodeOf(reset([traffic, hourly[0]], 20))).toBe("InvalidParameter");
    expect(await errorCodeOf(reset(hourly, 20))).toBe("InvalidParameterValue.LimitExceeded");
    expect(await errorCodeOf(inquire(hourly, 20))).toBe("InvalidParameterValue.LimitExceeded");
  });

  it("ResetInstancesInternetMaxBandwidth: STOPPING → UnsupportedOperation.InstanceStateStopping; stopped without charging → UnsupportedOperation.StoppedModeStopCharging", async () => {
    const [a, b] = await launchRunning(h, { InstanceCount: 2, ...internet("TRAFFIC_POSTPAID_BY_HOUR", 10) });
    await h.client.StopInstances({ InstanceIds: [a] });
    expect(await errorCodeOf(reset([a], 20))).toBe("UnsupportedOperation.InstanceStateStopping");
    await h.client.StopInstances({ InstanceIds: [b], StoppedMode: "STOP_CHARGING" });
    h.elapse(SETTLE_MS);
    await reset([a], 20); // a stopped instance that keeps charging keeps its IP
    expect(await errorCodeOf(reset([b], 20))).toBe("UnsupportedOperation.StoppedModeStopCharging");
  });
});

group("Prepaid bandwidth", () => {
  it("DescribeInstanceInternetBandwidthConfigs: a BANDWIDTH_PREPAID instance shows its purchase; other billing → InvalidInstance.NotSupported; no public IP → FailedOperation.NotFoundEIP", async () => {
    const [id] = await launchRunning(h, { ...prepaid(), ...internet("BANDWIDTH_PREPAID", 5) });
    const inst = await describe(h.client, id);
    const { InternetBandwidthConfigSet } = await h.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: id });
    expect(InternetBandwidthConfigSet).toEqual([
      { StartTime: inst.CreatedTime, EndTime: inst.ExpiredTime, InternetAccessible: { InternetMaxBandwidthOut: 5, InternetChargeType: "BANDWIDTH_PREPAID" } },
    ]);
    const [hourly] = await launchRunning(h, internet("TRAFFIC_POSTPAID_BY_HOUR", 10));
    expect(await errorCodeOf(h.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: hourly }))).toBe("InvalidInstance.NotSupported");
    expect(await errorCodeOf(h.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: "ins-6lafsaz0" }))).toBe("InvalidInstanceId.NotFound");
    const [noIp] = await launchRunning(h, { ...prepaid(), ...internet("BANDWIDTH_PREPAID", 0) });
    expect(await errorCodeOf(h.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: noIp }))).toBe("FailedOperation.NotFoundEIP");
    expect(await errorCodeOf(h.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: "ins-6laf" }))).toBe("InvalidInstanceId.Malformed");
  });

  it("InquiryPriceResetInstancesInternetMaxBandwidth: BANDWIDTH_PREPAID quotes the extra monthly cost for the days of the window", async () => {
    const [id] = await launchRunning(h, { ...prepaid(), ...internet("BANDWIDTH_PREPAID", 5) });
    const zone = (await describe(h.client, id)).Placement!.Zone!;
    const start = today();
    const quote = async (days: number) => (await inquire([id], 10, { StartTime: start, EndTime: dayAfter(start, days - 1) })).Price!.BandwidthPrice!;
    const extraPerMonth = bandwidthMonthlyFen(zone, 10) - bandwidthMonthlyFen(zone, 5);
    expect(await quote(15)).toMatchObject({ OriginalPrice: Math.round((extraPerMonth * 15) / 30) / 100, DiscountPrice: Math.round((extraPerMonth * 15) / 30) / 100 });
    expect((await quote(10)).OriginalPrice).toBeLessThan((await quote(20)).OriginalPrice!);
  });

  it("Reset / Inquiry BANDWIDTH_PREPAID: StartTime and EndTime required, from today to the expiry day; lowering → InvalidParameterValue", async () => {
    const [id] = await launchRunning(h, { ...prepaid(), ...internet("BANDWIDTH_PREPAID", 5) });
    const expiryDay = beijingDate(Date.parse((await describe(h.client, id)).ExpiredTime!));
    const t = today();
    expect(await errorCodeOf(reset([id], 10))).toBe("MissingParameter");
    expect(await errorCodeOf(inquire([id], 10, { StartTime: t }))).toBe("MissingParameter");
    expect(await errorCodeOf(reset([id], 10, { StartTime: dayAfter(t, -1), EndTime: t }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(reset([id], 10, { StartTime: t, EndTime: dayAfter(expiryDay, 1) }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(reset([id], 10, { StartTime: dayAfter(t, 2), EndTime: dayAfter(t, 1) }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(reset([id], 10, { StartTime: "2017/03/15", EndTime: expiryDay }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(reset([id], 4, { StartTime: t, EndTime: expiryDay }))).toBe("InvalidParameterValue");
    await inquire([id], 10, { StartTime: t, EndTime: expiryDay });
  });

  it("ResetInstancesInternetMaxBandwidth: a prepaid window from today raises the bandwidth and joins the instance's bandwidth configurations", async () => {
    const [id] = await launchRunning(h, { ...prepaid(), ...internet("BANDWIDTH_PREPAID", 5) });
    const start = today();
    const end = dayAfter(start, 6);
    await reset([id], 10, { StartTime: start, EndTime: end });
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: 10 }, LatestOperationState: "SUCCESS" });
    const { InternetBandwidthConfigSet } = await h.client.DescribeInstanceInternetBandwidthConfigs({ InstanceId: id });
    expect(InternetBandwidthConfigSet).toHaveLength(2);
    expect(InternetBandwidthConfigSet![0].InternetAccessible!.InternetMaxBandwidthOut).toBe(5);
    // Days are Beijing days: midnight UTC+8 is 16:00 UTC the day before (seed 30546), and EndTime includes its day.
    expect(InternetBandwidthConfigSet![1]).toEqual({
      StartTime: `${dayAfter(start, -1)}T16:00:00Z`,
      EndTime: `${end}T16:00:00Z`,
      InternetAccessible: { InternetMaxBandwidthOut: 10, InternetChargeType: "BANDWIDTH_PREPAID" },
    });
  });
});
