import type {
  DescribeInstanceFamilyConfigsRequest,
  DescribeInstanceFamilyConfigsResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { familiesForZones } from "../catalog/compute/availability";
import { toInstanceFamilyConfig } from "../catalog/compute/families";
import { regionZones } from "../state/pricing-inputs/catalog-scope";
import { defineAction } from "./types";

/**
 * DescribeInstanceFamilyConfigs (seed 10956–11268): the families sold in any zone of the region; InstanceFamilyName
 * is the Chinese full name (seed 37287: "机型族名称的中文全称"), English for en-US callers.
 */
export default defineAction<DescribeInstanceFamilyConfigsRequest, DescribeInstanceFamilyConfigsResponse>((_params, ctx) => ({
  InstanceFamilyConfigSet: familiesForZones(regionZones(ctx.region!)).map((f) => toInstanceFamilyConfig(f, ctx.language)),
}));
