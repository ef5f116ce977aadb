// InternetAccessible of a purchase quote (structure seed 37609–37666; InquiryPriceRunInstances error list
// seed 12793–13006).
import { defaultInternetChargeType, type InternetChargeType, type InternetSpec } from "../../pricing";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { LaunchChargeType } from "./launch-type";

export interface InternetInput {
  InternetChargeType?: string;
  InternetMaxBandwidthOut?: number;
  PublicIpAssigned?: boolean;
  BandwidthPackageId?: string;
}

/** seed 37624–37630: the InternetChargeType values. */
export const INTERNET_CHARGE_TYPES: readonly InternetChargeType[] = [
  "BANDWIDTH_PREPAID",
  "TRAFFIC_POSTPAID_BY_HOUR",
  "BANDWIDTH_POSTPAID_BY_HOUR",
  "BANDWIDTH_PACKAGE",
];

/**
 * Public bandwidth caps in Mbps by billing (seed 37640: "不同机型带宽上限范围不一致" — the figures are Tencent's published
 * limits for current instance types, not in the seed).
 */
export const MAX_BANDWIDTH_OUT: Readonly<Record<InternetChargeType, number>> = {
  BANDWIDTH_PREPAID: 200,
  TRAFFIC_POSTPAID_BY_HOUR: 100,
  BANDWIDTH_POSTPAID_BY_HOUR: 100,
  BANDWIDTH_PACKAGE: 2000,
};

const combination = (en: string, zh: string) => new ApiError("InvalidParameterCombination", { en, zh });

/** The internet part of the order, with the seed default for InternetChargeType (seed 37632–37634). */
export function parseLaunchInternet(input: InternetInput | undefined, chargeType: LaunchChargeType): InternetSpec {
  const kind = (input?.InternetChargeType ?? defaultInternetChargeType(chargeType)) as InternetChargeType;
  if (!INTERNET_CHARGE_TYPES.includes(kind)) {
    throw invalidParameterValue("InternetAccessible.InternetChargeType", `"${kind}" is not one of ${INTERNET_CHARGE_TYPES.join(", ")}`);
  }
  const mbps = input?.InternetMaxBandwidthOut ?? 0;
  if (mbps < 0 || mbps > MAX_BANDWIDTH_OUT[kind]) {
    throw new ApiError("InvalidParameterValue.Range", {
      en: `InternetAccessible.InternetMaxBandwidthOut must be 0–${MAX_BANDWIDTH_OUT[kind]} Mbps for ${kind}; got ${mbps}.`,
      zh: `InternetAccessible.InternetMaxBandwidthOut 取值范围为 0–${MAX_BANDWIDTH_OUT[kind]} Mbps（${kind}），当前为 ${mbps}。`,
    });
  }
  // Prepaid bandwidth is bought with a prepaid instance only (it is renewed with it).
  if (kind === "BANDWIDTH_PREPAID" && chargeType !== "PREPAID") {
    throw combination(`BANDWIDTH_PREPAID needs InstanceChargeType PREPAID, not ${chargeType}.`, `BANDWIDTH_PREPAID 仅适用于包年包月实例。`);
  }
  // seed 37654: "当公网带宽为0，则不允许分配公网IP".
  if (input?.PublicIpAssigned === true && mbps === 0) {
    throw combination("PublicIpAssigned cannot be true with 0 Mbps of public bandwidth.", "公网带宽为0时不允许分配公网IP。");
  }
  checkBandwidthPackage(input?.BandwidthPackageId, kind);
  return { InternetChargeType: kind, InternetMaxBandwidthOut: mbps };
}

/** The emulator sells no bandwidth packages, so a well-formed BandwidthPackageId is never found. */
function checkBandwidthPackage(id: string | undefined, kind: InternetChargeType): void {
  if (id === undefined) {
    if (kind === "BANDWIDTH_PACKAGE") {
      throw combination("InternetChargeType BANDWIDTH_PACKAGE needs a BandwidthPackageId.", "带宽包计费需要指定 BandwidthPackageId。");
    }
    return;
  }
  if (kind !== "BANDWIDTH_PACKAGE") {
    throw new ApiError("UnsupportedOperation.BandwidthPackageIdNotSupported", {
      en: `A BandwidthPackageId cannot be used with InternetChargeType ${kind}.`,
      zh: `网络计费模式 ${kind} 不支持共享带宽包。`,
    });
  }
  // seed 12882: "类似bwp-xxxxxxxx，字母x代表小写字符或者数字".
  if (!isWellFormedId("bwp", id)) throw new ApiError("InvalidParameterValue.BandwidthPackageIdMalformed", { en: `The bandwidth package ID \`${id}\` is malformed.` });
  throw new ApiError("InvalidParameterValue.BandwidthPackageIdNotFound", { en: `The bandwidth package \`${id}\` does not exist.`, zh: `带宽包 \`${id}\` 不存在。` });
}
