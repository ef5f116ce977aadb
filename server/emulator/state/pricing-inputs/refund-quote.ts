// InquiryPriceTerminateInstances (seed 18922–19138): the InstanceRefund (seed 37315–37336) of each instance.
// A PREPAID instance gets back what its current term cost (the purchase / renewal quote of its configuration),
// in full within 5 days of creation, else pro rata for the whole days left (pricing/price-refund.ts). Postpaid
// instances are billed by the hour and have nothing to refund; an instance already in the recycle bin (SHUTDOWN)
// was refunded when it went there.
import { priceRefund, toYuan } from "../../pricing";
import { ApiError } from "../../protocol/errors";
import type { InstanceRecord } from "../instances/record";
import { paidForTermFen, prepaidTermOf } from "./instance-order";

export interface InstanceRefund {
  InstanceId: string;
  Refunds: number;
  PriceDetail: string;
}

/** The seed example's PriceDetail form ("退款：2644.44元，现金券： 0元,代金券/折扣券不退（全额退款;'}", seed 19031). */
const noRefund = (why: string) => `退款：0元，现金券： 0元,代金券/折扣券不退（${why};'}`;

export function refundOf(rec: Readonly<InstanceRecord>, nowMs: number): InstanceRefund {
  const InstanceId = rec.InstanceId;
  // seed 19085: FailedOperation.Unreturnable — an instance already being terminated cannot be returned again.
  if (rec.InstanceState === "TERMINATING") {
    throw new ApiError("FailedOperation.Unreturnable", { en: `The instance ${InstanceId} is already being terminated.`, zh: `实例 ${InstanceId} 正在退还中，无法退还。` });
  }
  if (rec.InstanceChargeType !== "PREPAID") return { InstanceId, Refunds: 0, PriceDetail: noRefund("按量计费实例无需退款") };
  if (rec.InstanceState === "SHUTDOWN") return { InstanceId, Refunds: 0, PriceDetail: noRefund("实例已在回收站") };
  const term = prepaidTermOf(rec);
  const quote = priceRefund({
    paid: toYuan(paidForTermFen(rec)),
    termStart: term.startMs,
    expiredTime: term.expiredMs,
    now: nowMs,
    createdTime: rec.CreatedTime,
  });
  return { InstanceId, ...quote };
}
