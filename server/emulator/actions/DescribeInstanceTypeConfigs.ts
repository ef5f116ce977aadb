import type {
  DescribeInstanceTypeConfigsRequest,
  DescribeInstanceTypeConfigsResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { queryInstanceTypeConfigs } from "../state/pricing-inputs/instance-type-query";
import { defineAction } from "./types";

/**
 * DescribeInstanceTypeConfigs (seed 11269–11557): the types on sale in the region, or in the zone / family / type
 * the filters name (seed 11297–11330; "如果参数为空，返回指定地域的所有实例机型配置", seed 11279).
 */
export default defineAction<DescribeInstanceTypeConfigsRequest, DescribeInstanceTypeConfigsResponse>((params, ctx) => ({
  InstanceTypeConfigSet: queryInstanceTypeConfigs(ctx.region!, params.Filters),
}));
