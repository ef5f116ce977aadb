// Quotes for changing a running instance: InquiryPriceResizeInstanceDisks, InquiryPriceResetInstancesType and
// InquiryPriceResetInstance (a larger system disk on reinstall, seed 13325–13327).
//
// Postpaid-like instances (POSTPAID_BY_HOUR, SPOTPAID, CDHPAID) are quoted their new hourly price, exactly what
// priceInstance gives the new configuration. PREPAID instances pay the monthly difference for the days left in the
// term, (new − current) × remaining days / 30, at the discount of the term they bought; a downgrade quotes 0.
import { prepaidItem, zeroItemPrice, type Price } from "./item-price";
import { DAY_MS, roundFen, toMs, type TimeInput } from "./money";
import { resolveDisks, resolveType, type DiskSpec, type InstanceChargeType } from "./order";
import { disksMonthlyFen, instanceItem } from "./price-instance";
import { periodDiscount } from "./rates";
import { instanceMonthlyFen } from "./unit-prices";

/** The prepaid term still to run. */
export interface RemainingTerm {
  now: TimeInput;
  expiredTime: TimeInput;
  /** The period the term was bought for, for its discount; default 1 (no discount). */
  period?: number;
}

/** Days left, a started day counting as a whole one (so a quote and the change on the same day agree). */
export function remainingDays(now: TimeInput, expiredTime: TimeInput): number {
  return Math.max(0, Math.ceil((toMs(expiredTime) - toMs(now)) / DAY_MS));
}

function prorated(monthlyDiffFen: number, term: RemainingTerm | undefined, count: number): Price {
  if (!term) throw new Error("pricing: a PREPAID change needs the remaining term");
  const fen = roundFen((Math.max(0, monthlyDiffFen) * remainingDays(term.now, term.expiredTime)) / 30) * count;
  return { InstancePrice: prepaidItem(fen, periodDiscount(term.period ?? 1)), BandwidthPrice: zeroItemPrice() };
}

export interface DiskChangeInput {
  zone: string;
  instanceType: string;
  chargeType: InstanceChargeType;
  current: { systemDisk?: DiskSpec; dataDisks?: readonly DiskSpec[] };
  /** The whole disk set after the change (sizes merged in by the caller). */
  target: { systemDisk?: DiskSpec; dataDisks?: readonly DiskSpec[] };
  term?: RemainingTerm;
  count?: number;
}

/** InquiryPriceResizeInstanceDisks. */
export function priceResize(input: DiskChangeInput): Price {
  const { zone, instanceType, chargeType, count = 1 } = input;
  if (chargeType !== "PREPAID") {
    const InstancePrice = instanceItem({ zone, instanceType, chargeType, ...input.target, count });
    return { InstancePrice, BandwidthPrice: zeroItemPrice() };
  }
  const before = disksMonthlyFen(zone, resolveDisks({ zone, instanceType, ...input.current }));
  const after = disksMonthlyFen(zone, resolveDisks({ zone, instanceType, ...input.target }));
  return prorated(after - before, input.term, count);
}

/** InquiryPriceResetInstance: reinstalling costs nothing but a larger system disk (seed 13325–13327). */
export function priceReset(
  input: Omit<DiskChangeInput, "current" | "target"> & {
    systemDisk?: DiskSpec;
    dataDisks?: readonly DiskSpec[];
    newSystemDiskSize?: number;
  },
): Price {
  const { systemDisk, dataDisks, newSystemDiskSize, ...rest } = input;
  const target = { systemDisk: { ...systemDisk, DiskSize: newSystemDiskSize ?? systemDisk?.DiskSize }, dataDisks };
  return priceResize({ ...rest, current: { systemDisk, dataDisks }, target });
}

export interface TypeChangeInput {
  zone: string;
  instanceType: string;
  newInstanceType: string;
  chargeType: InstanceChargeType;
  systemDisk?: DiskSpec;
  dataDisks?: readonly DiskSpec[];
  term?: RemainingTerm;
  count?: number;
}

/** InquiryPriceResetInstancesType (seed 13536). */
export function priceChangeType(input: TypeChangeInput): Price {
  const { zone, chargeType, count = 1 } = input;
  if (chargeType !== "PREPAID") {
    const InstancePrice = instanceItem({ ...input, instanceType: input.newInstanceType, count });
    return { InstancePrice, BandwidthPrice: zeroItemPrice() };
  }
  const monthly = (type: string) => {
    const t = resolveType(type);
    return t ? instanceMonthlyFen(zone, t) : 0;
  };
  return prorated(monthly(input.newInstanceType) - monthly(input.instanceType), input.term, count);
}
