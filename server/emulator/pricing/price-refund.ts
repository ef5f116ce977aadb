// InquiryPriceTerminateInstances (seed 18922–19138): what terminating a PREPAID instance gives back, as
// InstanceRefund {InstanceId, Refunds, PriceDetail} (seed 37315–37335).
//
// Rule (Tencent's published refund policy, not in the seed): within 5 days of creation the whole amount paid comes
// back ("全额退款", as in the seed example, seed 19031); later, the paid amount × whole days left / days of the
// term, rounded down to the fen. A refund never exceeds what was paid.
import { DAY_MS, floorFen, toMs, toYuan, type TimeInput } from "./money";

export const FULL_REFUND_DAYS = 5;

export interface RefundInput {
  /** What was paid for the current term, in CNY (the DiscountPrice of its purchase or renewal quote). */
  paid: number;
  termStart: TimeInput;
  expiredTime: TimeInput;
  now: TimeInput;
  /** When the instance was created; within FULL_REFUND_DAYS of it the refund is full. */
  createdTime?: TimeInput;
}

export interface RefundQuote {
  Refunds: number;
  PriceDetail: string;
}

export function priceRefund({ paid, termStart, expiredTime, now, createdTime }: RefundInput): RefundQuote {
  const paidFen = Math.round(paid * 100);
  const nowMs = toMs(now);
  const full = createdTime !== undefined && nowMs - toMs(createdTime) < FULL_REFUND_DAYS * DAY_MS;
  let fen = paidFen;
  if (!full) {
    const totalDays = Math.max(1, Math.round((toMs(expiredTime) - toMs(termStart)) / DAY_MS));
    const leftDays = Math.max(0, Math.floor((toMs(expiredTime) - nowMs) / DAY_MS));
    fen = Math.min(paidFen, floorFen((paidFen * leftDays) / totalDays));
  }
  const yuan = toYuan(fen);
  // The seed example's wording, byte for byte apart from the amount and the kind of refund.
  const kind = full ? "全额退款" : "按剩余时长比例退款";
  return { Refunds: yuan, PriceDetail: `退款：${yuan}元，现金券： 0元,代金券/折扣券不退（${kind};'}` };
}
