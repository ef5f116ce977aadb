import "server-only";
import { getCvmClient } from "@/server/cvm/for-account";
import { isCloudApiError } from "@/server/cvm/errors";
import { decodeUserData, type BandwidthHistoryAnswer, type UserDataAnswer } from "@/lib/instances/detail-extras";

// The instance detail page's extra reads (issue 7): user data and the public bandwidth history.

/**
 * DescribeInstancesAttributes (seed 20166–20353) for UserData. `reveal` false (a viewer): only whether there is user
 * data and its size leave the server, never the content. Null when the instance does not exist in the region.
 */
export async function describeInstanceUserData(accountId: string, region: string, instanceId: string, reveal: boolean): Promise<UserDataAnswer | null> {
  const client = await getCvmClient(accountId);
  const res = await client.call("DescribeInstancesAttributes", { InstanceIds: [instanceId], Attributes: ["UserData"] }, { region });
  const found = (res.InstanceSet ?? []).find((i) => i.InstanceId === instanceId);
  if (!found) return null;
  const decoded = decodeUserData(found.Attributes?.UserData ?? "");
  const present = decoded.bytes > 0;
  if (!reveal) return { present, bytes: decoded.bytes, redacted: true };
  return { present, bytes: decoded.bytes, redacted: false, ...(decoded.text !== undefined ? { text: decoded.text } : {}), ...(decoded.base64 ? { base64: decoded.base64 } : {}) };
}

/** The answers that mean "this instance has no bandwidth configurations", not a failure. */
const NOT_APPLICABLE = new Set(["InvalidInstance.NotSupported", "FailedOperation.NotFoundEIP"]);

/**
 * DescribeInstanceInternetBandwidthConfigs (seed 30456–30644): every bandwidth window of a BANDWIDTH_PREPAID
 * instance, newest first. Other billing modes or no public IP → `supported: false` with Tencent's code.
 */
export async function describeBandwidthHistory(accountId: string, region: string, instanceId: string, language?: "zh-CN" | "en-US"): Promise<BandwidthHistoryAnswer> {
  const client = await getCvmClient(accountId);
  try {
    const res = await client.call("DescribeInstanceInternetBandwidthConfigs", { InstanceId: instanceId }, { region, ...(language ? { language } : {}) });
    const windows = (res.InternetBandwidthConfigSet ?? []).map((c) => ({
      StartTime: c.StartTime ?? "",
      EndTime: c.EndTime ?? "",
      Mbps: c.InternetAccessible?.InternetMaxBandwidthOut ?? 0,
      ChargeType: c.InternetAccessible?.InternetChargeType ?? "",
    }));
    windows.sort((a, b) => b.StartTime.localeCompare(a.StartTime));
    return { supported: true, windows };
  } catch (err) {
    if (isCloudApiError(err) && NOT_APPLICABLE.has(err.code)) return { supported: false, code: err.code, message: err.message };
    throw err;
  }
}
