import type { DescribeAccountQuotaRequest, DescribeAccountQuotaResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { accountQuota } from "../state/quota-overview";
import { defineAction } from "./types";

/**
 * DescribeAccountQuota (seed 16572–16884): the caller's AppId and the region's quota sets per zone with real usage
 * (post-paid instances, prepaid bought this month, spot vCPUs), filtered by zone / quota-type.
 */
export default defineAction<DescribeAccountQuotaRequest, DescribeAccountQuotaResponse>((params, ctx) => ({
  AppId: ctx.account.appId,
  AccountQuotaOverview: { Region: ctx.region!, AccountQuota: accountQuota(ctx, ctx.region!, params.Filters) },
}));
