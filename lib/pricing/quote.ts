import { buildPriceView, type PriceAnswer } from "@/lib/purchase/price";
import type { RunInstancesParams } from "@/lib/purchase/request";
import { upfrontPrice, hourlyPrice } from "./rows";
import { MODE_BILLING, type PricingMode, type PricingSpec } from "./spec";
import type { CellQuote } from "./types";

// The exact price of one cell: InquiryPriceRunInstances (seed 11964–13006) for one instance of the spec, with the
// same request shape the purchase wizard quotes and buys with (lib/purchase/request.ts).

/** seed 37624–37630: InternetChargeType. Bandwidth billing follows the instance: prepaid with prepaid, else hourly. */
export function internetChargeType(spec: Pick<PricingSpec, "net">, mode: PricingMode): string {
  if (spec.net === "TRAFFIC") return "TRAFFIC_POSTPAID_BY_HOUR";
  return MODE_BILLING[mode].charge === "PREPAID" ? "BANDWIDTH_PREPAID" : "BANDWIDTH_POSTPAID_BY_HOUR";
}

export function quoteRequest(spec: PricingSpec, mode: PricingMode, zone: string, instanceType: string, imageId: string): RunInstancesParams {
  const { charge, period } = MODE_BILLING[mode];
  return {
    InstanceChargeType: charge,
    // seed 37255–37262: the default renewal flag; the wizard lets the buyer change it.
    ...(period ? { InstanceChargePrepaid: { Period: period, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" } } : {}),
    Placement: { Zone: zone },
    InstanceType: instanceType,
    ImageId: imageId,
    SystemDisk: { DiskType: spec.sysDisk, DiskSize: spec.sysSize },
    ...(spec.dataSize > 0 ? { DataDisks: [{ DiskType: spec.dataDisk, DiskSize: spec.dataSize, DeleteWithInstance: true }] } : {}),
    // seed 37654: no public IP without bandwidth.
    InternetAccessible: { InternetChargeType: internetChargeType(spec, mode), InternetMaxBandwidthOut: spec.bw, PublicIpAssigned: spec.bw > 0 },
    InstanceCount: 1,
    // seed 39087: SpotOptions.MaxPrice is required when the options are given; without a bid they are left out
    // and the current spot price is quoted (as the purchase wizard does).
  };
}

/** The answer as a cell's price: the total of instance, disks and bandwidth (per-GB traffic apart). */
export function quoteFromPrice(answer: PriceAnswer, mode: PricingMode): CellQuote {
  const period = MODE_BILLING[mode].period;
  const view = buildPriceView(answer, undefined, 1, period);
  const { amount, original } = view.total;
  const price = view.total.mode === "once" ? upfrontPrice(amount, original, period ?? 1) : hourlyPrice(amount, original);
  const gb = view.lines.find((l) => l.mode === "perGB");
  return { ...price, ...(gb ? { perGB: { amount: gb.amount, original: gb.original } } : {}), requestId: answer.RequestId };
}
