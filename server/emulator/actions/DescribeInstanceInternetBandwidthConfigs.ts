import type { DescribeInstanceInternetBandwidthConfigsRequest, DescribeInstanceInternetBandwidthConfigsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { requireInstances } from "../state/instances/repo";
import { bandwidthConfigs } from "../state/network/bandwidth-history";
import { defineAction } from "./types";

/**
 * DescribeInstanceInternetBandwidthConfigs (seed 30456–30644): every bandwidth configuration of a BANDWIDTH_PREPAID
 * instance, past ones included (seed 30462–30464); other billing modes → InvalidInstance.NotSupported, no public IP →
 * FailedOperation.NotFoundEIP.
 */
export default defineAction<DescribeInstanceInternetBandwidthConfigsRequest, DescribeInstanceInternetBandwidthConfigsResponse>((params, ctx) => {
  const [rec] = requireInstances(ctx, [params.InstanceId]);
  if (rec.InternetAccessible.InternetChargeType !== "BANDWIDTH_PREPAID") {
    throw new ApiError("InvalidInstance.NotSupported", {
      en: `The instance \`${rec.InstanceId}\` uses ${rec.InternetAccessible.InternetChargeType} bandwidth; only BANDWIDTH_PREPAID bandwidth has configurations.`,
      zh: `实例 \`${rec.InstanceId}\` 的网络计费模式为 ${rec.InternetAccessible.InternetChargeType}，仅支持查询 BANDWIDTH_PREPAID 的带宽配置。`,
    });
  }
  // FailedOperation.NotFoundEIP (seed 30608): bought without a public IP, it has no public bandwidth.
  if (!rec.PublicIpAddresses?.length) {
    throw new ApiError("FailedOperation.NotFoundEIP", { en: `The instance \`${rec.InstanceId}\` has no public IP.`, zh: `实例 \`${rec.InstanceId}\` 没有公网IP。` });
  }
  return { InternetBandwidthConfigSet: bandwidthConfigs(ctx, rec) };
});
