import type { DescribeDisasterRecoverGroupQuotaRequest, DescribeDisasterRecoverGroupQuotaResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { countGroups } from "../state/placement/repo";
import { DISASTER_RECOVER_GROUP_QUOTA } from "../state/quota";
import { defineAction } from "./types";

/**
 * DescribeDisasterRecoverGroupQuota (seed 24170–24330): how many groups the region allows (GroupQuota 10) and
 * holds, and how many instances a HOST / SW / RACK group takes (50 / 20 / 30, the seed's example, seed 24228).
 */
export default defineAction<DescribeDisasterRecoverGroupQuotaRequest, DescribeDisasterRecoverGroupQuotaResponse>((_params, ctx) => ({
  GroupQuota: DISASTER_RECOVER_GROUP_QUOTA.GroupQuota,
  CurrentNum: countGroups(ctx),
  CvmInHostGroupQuota: DISASTER_RECOVER_GROUP_QUOTA.CvmInHostGroupQuota,
  CvmInRackGroupQuota: DISASTER_RECOVER_GROUP_QUOTA.CvmInRackGroupQuota,
  CvmInSwitchGroupQuota: DISASTER_RECOVER_GROUP_QUOTA.CvmInSwitchGroupQuota,
}));
