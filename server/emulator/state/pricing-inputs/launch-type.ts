// The instance type of a purchase quote (InquiryPriceRunInstances, seed 12043–12081): the default when none is named,
// and the documented refusals — malformed, unknown, not sold in the zone, sold out, no spot.
import { defaultInstanceType, isSoldOut, isTypeOfferedInZone, regionSellsSpot } from "../../catalog/compute/availability";
import { findInstanceType, isWellFormedInstanceType, type InstanceTypeDef } from "../../catalog/compute/instance-types";
import { ApiError } from "../../protocol/errors";

/** seed 12024–12036: the charge types a purchase can be quoted for (default POSTPAID_BY_HOUR). */
export const LAUNCH_CHARGE_TYPES = ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"] as const;
export type LaunchChargeType = (typeof LAUNCH_CHARGE_TYPES)[number];

export function requireLaunchType(zone: string, region: string, named: string | undefined, chargeType: LaunchChargeType): InstanceTypeDef {
  // seed 12071–12073: without InstanceType "系统将根据当前地域的资源售卖情况动态指定默认机型".
  const instanceType = named ?? defaultInstanceType(zone);
  if (!isWellFormedInstanceType(instanceType)) {
    throw new ApiError("InvalidInstanceType.Malformed", {
      en: `The instance type \`${instanceType}\` is malformed; expected a form such as S5.MEDIUM4.`,
      zh: `实例机型 \`${instanceType}\` 格式不合法，应形如 S5.MEDIUM4。`,
    });
  }
  const t = findInstanceType(instanceType);
  // A CDH_<n>C<m>G type is only for CDHPAID (seed 12075–12079), which this inquiry does not quote (seed 12024–12036).
  if (!t) {
    throw new ApiError("InvalidParameterValue.InstanceTypeNotFound", {
      en: `The instance type \`${instanceType}\` does not exist.`,
      zh: `指定机型 \`${instanceType}\` 不存在。`,
    });
  }
  if (!isTypeOfferedInZone(zone, instanceType)) {
    throw new ApiError("ResourceUnavailable.InstanceType", {
      en: `The instance type ${instanceType} is not sold in ${zone}.`,
      zh: `可用区 ${zone} 不售卖机型 ${instanceType}。`,
    });
  }
  if (isSoldOut(zone, instanceType)) {
    throw new ApiError("ResourcesSoldOut.SpecifiedInstanceType", {
      en: `The instance type ${instanceType} is sold out in ${zone}.`,
      zh: `实例机型 ${instanceType} 在 ${zone} 已售罄。`,
    });
  }
  if (chargeType === "SPOTPAID") {
    if (!regionSellsSpot(region)) {
      throw new ApiError("UnsupportedOperation.SpotUnsupportedRegion", { en: `The region ${region} does not sell spot instances.`, zh: `地域 ${region} 不支持竞价实例。` });
    }
    if (!t.family.spot) {
      throw new ApiError("UnsupportedOperation.NoInstanceTypeSupportSpot", {
        en: `The instance type ${instanceType} cannot be bought as SPOTPAID.`,
        zh: `实例机型 ${instanceType} 不支持竞价计费。`,
      });
    }
  }
  return t;
}
