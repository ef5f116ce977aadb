import type {
  DescribeZoneInstanceConfigInfosRequest,
  DescribeZoneInstanceConfigInfosResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { queryZoneConfigInfos } from "../state/pricing-inputs/zone-config-query";
import { defineAction } from "./types";

/**
 * DescribeZoneInstanceConfigInfos (seed 20572–20929): one InstanceTypeQuotaItem per (zone, type, charge type) with
 * stock and the price of the one price model; filters zone, instance-family, instance-type, instance-charge-type
 * and sort-keys (seed 20594–20666).
 */
export default defineAction<DescribeZoneInstanceConfigInfosRequest, DescribeZoneInstanceConfigInfosResponse>((params, ctx) => ({
  InstanceTypeQuotaSet: queryZoneConfigInfos(ctx.region!, params.Filters, ctx.language),
}));
