// DescribeInternetChargeTypeConfigs (seed 30645–30820): the network billing modes, as the seed's example lists them
// (seed 30705–30735; values seed 37624–37630). The page's example answers in Chinese without X-TC-Language.
import type { Language } from "../../protocol/errors";

const CONFIGS = [
  { InternetChargeType: "BANDWIDTH_PREPAID", zh: "按带宽包年包月计费", en: "Prepaid by bandwidth (monthly)" },
  { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", zh: "按流量计费", en: "Postpaid by traffic (hourly)" },
  { InternetChargeType: "BANDWIDTH_POSTPAID_BY_HOUR", zh: "按带宽使用时长计费", en: "Postpaid by bandwidth (hourly)" },
  { InternetChargeType: "BANDWIDTH_PACKAGE", zh: "带宽包计费", en: "Bandwidth package" },
] as const;

export function internetChargeTypeConfigs(language: Language | undefined): { InternetChargeType: string; Description: string }[] {
  return CONFIGS.map((c) => ({ InternetChargeType: c.InternetChargeType, Description: language === "en-US" ? c.en : c.zh }));
}
