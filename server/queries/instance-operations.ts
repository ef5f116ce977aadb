import "server-only";
import { getCvmClient } from "@/server/cvm/for-account";
import type { Locale } from "@/lib/i18n/config";
import type { InstanceDisks, OptionItem, OptionKind, TimerView, TypeChoice } from "@/lib/instances/operations/keys";
import { itemQuote, type PriceQuote } from "@/lib/instances/operations/price";
import type { PriceInquiry } from "@/lib/instances/operations/schemas";
import { chargeTypeParams, resizeDisksParams } from "@/lib/instances/operations/wire-params";
import type { z } from "zod";

// Reads behind the operation dialogs: eligibility (DescribeInstancesOperationLimit), the choices of a type change
// (DescribeInstancesModification), prices (the Inquiry* actions), timers and pickers. Callers (GET routes) have
// checked the role and parsed the input.

type Where = { accountId: string; region: string; language: Locale };

async function client(accountId: string) {
  return getCvmClient(accountId);
}

/** seed 11558: how many times each instance may still take `operation` (CurrentCount/LimitCount; -1 = no limit). */
export async function describeOperationLimits(w: Where, instanceIds: string[], operation: "INSTANCE_DEGRADE" | "INTERNET_CHARGE_TYPE_CHANGE") {
  const res = await (await client(w.accountId)).call(
    "DescribeInstancesOperationLimit",
    { InstanceIds: instanceIds, Operation: operation },
    { region: w.region, language: w.language },
  );
  const limits: Record<string, { CurrentCount: number; LimitCount: number }> = {};
  for (const l of res.InstanceOperationLimitSet ?? []) {
    if (l.InstanceId) limits[l.InstanceId] = { CurrentCount: l.CurrentCount ?? 0, LimitCount: l.LimitCount ?? -1 };
  }
  return { limits, requestId: res.RequestId };
}

/** seed 17097: the types `instanceId` can change to, in its zone, sellable or not (with why). */
export async function describeTypeChoices(w: Where, instanceId: string): Promise<TypeChoice[]> {
  const res = await (await client(w.accountId)).call("DescribeInstancesModification", { InstanceIds: [instanceId] }, { region: w.region, language: w.language });
  const set = res.InstanceTypeConfigStatusSet ?? [];
  return set
    .filter((s) => s.InstanceTypeConfig?.InstanceType)
    .map((s) => ({
      InstanceType: s.InstanceTypeConfig!.InstanceType!,
      InstanceFamily: s.InstanceTypeConfig!.InstanceFamily ?? "",
      CPU: s.InstanceTypeConfig!.CPU ?? 0,
      Memory: s.InstanceTypeConfig!.Memory ?? 0,
      Status: s.Status ?? "SELL",
      ...(s.Message ? { Message: s.Message } : {}),
    }));
}

/** One instance's disks with their ids (the list rows carry sizes only). */
export async function describeInstanceDisks(w: Where, instanceId: string): Promise<InstanceDisks | null> {
  const res = await (await client(w.accountId)).call("DescribeInstances", { InstanceIds: [instanceId] }, { region: w.region, language: w.language });
  const inst = res.InstanceSet?.[0];
  if (!inst) return null;
  return {
    SystemDisk: { DiskId: inst.SystemDisk?.DiskId, DiskType: inst.SystemDisk?.DiskType, DiskSize: inst.SystemDisk?.DiskSize ?? 0 },
    DataDisks: (inst.DataDisks ?? []).map((d) => ({ DiskId: d.DiskId, DiskType: d.DiskType, DiskSize: d.DiskSize ?? 0, DeleteWithInstance: d.DeleteWithInstance })),
  };
}

/** seed 16885: the timers of these instances (their scheduled terminations). */
export async function describeActionTimers(w: Where, instanceIds: string[]): Promise<TimerView[]> {
  const res = await (await client(w.accountId)).call("DescribeInstancesActionTimer", { InstanceIds: instanceIds }, { region: w.region, language: w.language });
  return (res.ActionTimers ?? []).map((t) => ({
    ActionTimerId: t.ActionTimerId ?? "",
    InstanceId: t.InstanceId ?? "",
    TimerAction: t.TimerAction ?? "",
    ActionTime: t.ActionTime ?? "",
    Status: t.Status ?? "",
  }));
}

/** Choices for the pickers (first 100; the dialogs also accept a typed id). */
export async function describeOptions(w: Where, kind: OptionKind): Promise<OptionItem[]> {
  const c = await client(w.accountId);
  const opts = { region: w.region, language: w.language };
  if (kind === "images") {
    const res = await c.call("DescribeImages", { Limit: 100 }, opts);
    return (res.ImageSet ?? [])
      .filter((i) => i.ImageId && (i.ImageState ?? "NORMAL") === "NORMAL")
      .map((i) => ({ id: i.ImageId!, name: i.ImageName ?? i.ImageId!, hint: [i.OsName, i.ImageType].filter(Boolean).join(" · ") }));
  }
  if (kind === "keyPairs") {
    const res = await c.call("DescribeKeyPairs", { Limit: 100 }, opts);
    return (res.KeyPairSet ?? []).filter((k) => k.KeyId).map((k) => ({ id: k.KeyId!, name: k.KeyName ?? k.KeyId! }));
  }
  const res = await c.call("DescribeDisasterRecoverGroups", { Limit: 100 }, opts);
  return (res.DisasterRecoverGroupSet ?? [])
    .filter((g) => g.DisasterRecoverGroupId)
    .map((g) => ({ id: g.DisasterRecoverGroupId!, name: g.Name ?? g.DisasterRecoverGroupId!, hint: `${g.Type ?? ""} ${g.CurrentNum ?? 0}/${g.CvmQuotaTotal ?? 0}`.trim() }));
}

type Inquiry = z.output<typeof PriceInquiry>;

/** Asks the Inquiry* action matching the change, with the parameters the write will send. */
export async function inquirePrice(w: Where, q: Inquiry): Promise<PriceQuote> {
  const c = await client(w.accountId);
  const opts = { region: w.region, language: w.language };
  const priced = (res: { Price?: { InstancePrice?: object | null; BandwidthPrice?: object | null } | null; RequestId: string }): PriceQuote => ({
    kind: q.kind,
    instance: itemQuote(res.Price?.InstancePrice),
    bandwidth: itemQuote(res.Price?.BandwidthPrice),
    requestId: res.RequestId,
  });
  switch (q.kind) {
    case "terminate": {
      const res = await c.call("InquiryPriceTerminateInstances", { InstanceIds: q.InstanceIds }, opts);
      const refunds = (res.InstanceRefundsSet ?? []).map((r) => ({ InstanceId: r.InstanceId ?? "", Refunds: r.Refunds ?? 0 }));
      return { kind: q.kind, refunds, requestId: res.RequestId };
    }
    case "renew":
      return priced(
        await c.call(
          "InquiryPriceRenewInstances",
          { InstanceIds: q.InstanceIds, InstanceChargePrepaid: { Period: q.Period }, RenewPortableDataDisk: q.RenewPortableDataDisk },
          opts,
        ),
      );
    case "resizeDisks":
      return priced(await c.call("InquiryPriceResizeInstanceDisks", resizeDisksParams(q), opts));
    case "changeType":
      return priced(await c.call("InquiryPriceResetInstancesType", { InstanceIds: [q.InstanceId], InstanceType: q.InstanceType }, opts));
    case "changeChargeType":
      return priced(await c.call("InquiryPriceModifyInstancesChargeType", chargeTypeParams(q), opts));
    case "bandwidth":
      return priced(
        await c.call(
          "InquiryPriceResetInstancesInternetMaxBandwidth",
          { InstanceIds: q.InstanceIds, InternetAccessible: { InternetMaxBandwidthOut: q.InternetMaxBandwidthOut } },
          opts,
        ),
      );
    case "reinstall":
      return priced(await c.call("InquiryPriceResetInstance", { InstanceId: q.InstanceId, ...(q.ImageId ? { ImageId: q.ImageId } : {}) }, opts));
  }
}
