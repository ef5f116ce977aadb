import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { addMonths } from "../state/changes/billing";
import { describe, launchRunning, launchStopped, prepaid, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const expiry = async (id: string) => Date.parse((await describe(h.client, id)).ExpiredTime!);

group("RenewInstances", () => {
  it("RenewInstances: the seed's example extends a PREPAID term by one month from its ExpiredTime", async () => {
    const [id] = await launchRunning(h, prepaid(1));
    const before = await expiry(id);
    const res = await h.client.RenewInstances({ InstanceChargePrepaid: { RenewFlag: "NOTIFY_AND_MANUAL_RENEW", Period: 1 }, InstanceIds: [id] });
    expect(await expiry(id)).toBe(addMonths(before, 1));
    expect(await describe(h.client, id)).toMatchObject({ RenewFlag: "NOTIFY_AND_MANUAL_RENEW", LatestOperation: "RenewInstances", LatestOperationState: "SUCCESS", LatestOperationRequestId: res.RequestId });
    await h.client.RenewInstances({ InstanceChargePrepaid: { Period: 12, RenewFlag: "NOTIFY_AND_AUTO_RENEW" }, InstanceIds: [id] });
    expect(await expiry(id)).toBe(addMonths(addMonths(before, 1), 12));
    expect((await describe(h.client, id)).RenewFlag).toBe("NOTIFY_AND_AUTO_RENEW");
  });

  it("RenewInstances: postpaid → UnsupportedOperation.InstanceChargeType; a mixed batch → InvalidParameterValue.InstanceNotSupportedMixPricingModel", async () => {
    const [post] = await launchRunning(h);
    const [pre] = await launchRunning(h, prepaid());
    const renew = (ids: string[]) => errorCodeOf(h.client.RenewInstances({ InstanceIds: ids, InstanceChargePrepaid: { Period: 1 } }));
    expect(await renew([post])).toBe("UnsupportedOperation.InstanceChargeType");
    expect(await renew([pre, post])).toBe("InvalidParameterValue.InstanceNotSupportedMixPricingModel");
  });

  it("RenewInstances: no InstanceChargePrepaid → MissingParameter; Period 13 → InvalidPeriod; RenewFlag unknown → InvalidParameterValue", async () => {
    const [id] = await launchRunning(h, prepaid());
    expect(await errorCodeOf(h.client.RenewInstances({ InstanceIds: [id] }))).toBe("MissingParameter");
    expect(await errorCodeOf(h.client.RenewInstances({ InstanceIds: [id], InstanceChargePrepaid: { Period: 13 } }))).toBe("InvalidPeriod");
    expect(await errorCodeOf(h.client.RenewInstances({ InstanceIds: [id], InstanceChargePrepaid: { Period: 1, RenewFlag: "ALWAYS" } }))).toBe("InvalidParameterValue");
  });

  it("RenewInstances: an instance in the recycle bin (SHUTDOWN) is renewed and restored, shut down", async () => {
    const [id] = await launchRunning(h, prepaid());
    await h.client.TerminateInstances({ InstanceIds: [id] });
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "SHUTDOWN", IsolatedSource: "MANMADE" });
    await h.client.RenewInstances({ InstanceIds: [id], InstanceChargePrepaid: { Period: 1 } });
    expect(await describe(h.client, id)).toMatchObject({ InstanceState: "STOPPED", IsolatedSource: "NOTISOLATED", RestrictState: "NORMAL" });
  });

  it("RenewInstances: while STOPPING → UnsupportedOperation.InstanceStateStopping", async () => {
    const [id] = await launchRunning(h, prepaid());
    await h.client.StopInstances({ InstanceIds: [id] });
    expect(await errorCodeOf(h.client.RenewInstances({ InstanceIds: [id], InstanceChargePrepaid: { Period: 1 } }))).toBe("UnsupportedOperation.InstanceStateStopping");
  });
});

group("ModifyInstancesRenewFlag", () => {
  it("ModifyInstancesRenewFlag: the seed's example (GET) sets NOTIFY_AND_AUTO_RENEW on two PREPAID instances", async () => {
    const ids = await launchRunning(h, { ...prepaid(), InstanceCount: 2 });
    await sdkClient(h.emu.url, { reqMethod: "GET" }).ModifyInstancesRenewFlag({ InstanceIds: ids, RenewFlag: "NOTIFY_AND_AUTO_RENEW" });
    for (const id of ids) expect(await describe(h.client, id)).toMatchObject({ RenewFlag: "NOTIFY_AND_AUTO_RENEW", LatestOperation: "ModifyInstancesRenewFlag", LatestOperationState: "SUCCESS" });
  });

  it("ModifyInstancesRenewFlag: postpaid → UnsupportedOperation.InstanceChargeType; unknown flag → InvalidParameterValue; recycle bin → …InstanceStateShutdown", async () => {
    const [post] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ModifyInstancesRenewFlag({ InstanceIds: [post], RenewFlag: "NOTIFY_AND_AUTO_RENEW" }))).toBe("UnsupportedOperation.InstanceChargeType");
    const [pre] = await launchRunning(h, prepaid());
    expect(await errorCodeOf(h.client.ModifyInstancesRenewFlag({ InstanceIds: [pre], RenewFlag: "AUTO" }))).toBe("InvalidParameterValue");
    await h.client.TerminateInstances({ InstanceIds: [pre] });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(h.client.ModifyInstancesRenewFlag({ InstanceIds: [pre], RenewFlag: "NOTIFY_AND_AUTO_RENEW" }))).toBe("UnsupportedOperation.InstanceStateShutdown");
  });
});

group("ModifyInstancesChargeType", () => {
  it("ModifyInstancesChargeType: the seed's example 1 switches PREPAID → POSTPAID_BY_HOUR (ExpiredTime and RenewFlag become null)", async () => {
    const [id] = await launchRunning(h, prepaid(3));
    await h.client.ModifyInstancesChargeType({ InstanceChargeType: "POSTPAID_BY_HOUR", InstanceIds: [id] });
    expect(await describe(h.client, id)).toMatchObject({ InstanceChargeType: "POSTPAID_BY_HOUR", ExpiredTime: null, RenewFlag: null, LatestOperation: "ModifyInstancesChargeType", LatestOperationState: "SUCCESS" });
  });

  it("ModifyInstancesChargeType: the seed's example 2 switches POSTPAID → PREPAID for one month, starting now", async () => {
    const [id] = await launchRunning(h);
    const now = Date.now();
    await h.client.ModifyInstancesChargeType({ InstanceChargeType: "PREPAID", InstanceIds: [id], InstanceChargePrepaid: { Period: 1 } });
    const after = await describe(h.client, id);
    expect(after).toMatchObject({ InstanceChargeType: "PREPAID", RenewFlag: "NOTIFY_AND_MANUAL_RENEW" });
    expect(Math.abs(Date.parse(after.ExpiredTime!) - addMonths(now, 1))).toBeLessThan(2000);
    // Now prepaid, it renews.
    await h.client.RenewInstances({ InstanceIds: [id], InstanceChargePrepaid: { Period: 1 } });
  });

  it("ModifyInstancesChargeType: PREPAID without InstanceChargePrepaid → MissingParameter; same or unsupported charge type → documented codes; > 30 → LimitExceeded", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(h.client.ModifyInstancesChargeType({ InstanceChargeType: "PREPAID", InstanceIds: [id] }))).toBe("MissingParameter");
    expect(await errorCodeOf(h.client.ModifyInstancesChargeType({ InstanceChargeType: "POSTPAID_BY_HOUR", InstanceIds: [id] }))).toBe("UnsupportedOperation.InstanceChargeType");
    expect(await errorCodeOf(h.client.ModifyInstancesChargeType({ InstanceChargeType: "SPOTPAID", InstanceIds: [id] }))).toBe("InvalidParameterValue");
    const ids = Array.from({ length: 31 }, (_, i) => `ins-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(h.client.ModifyInstancesChargeType({ InstanceChargeType: "POSTPAID_BY_HOUR", InstanceIds: ids }))).toBe("InvalidParameterValue.LimitExceeded");
  });

  it("ModifyInstancesChargeType: a stop-charging STOPPED instance → InvalidInstance.NotSupported (seed 16009)", async () => {
    const [id] = await launchRunning(h);
    await h.client.StopInstances({ InstanceIds: [id], StoppedMode: "STOP_CHARGING" });
    h.elapse(SETTLE_MS);
    const switchIt = h.client.ModifyInstancesChargeType({ InstanceChargeType: "PREPAID", InstanceIds: [id], InstanceChargePrepaid: { Period: 1 } });
    expect(await errorCodeOf(switchIt)).toBe("InvalidInstance.NotSupported");
    const stopped = await launchStopped(h);
    await h.client.ModifyInstancesChargeType({ InstanceChargeType: "PREPAID", InstanceIds: [stopped], InstanceChargePrepaid: { Period: 2 } });
  });
});
