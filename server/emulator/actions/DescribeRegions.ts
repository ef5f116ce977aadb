import type { DescribeRegionsRequest, DescribeRegionsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { REGIONS } from "../catalog/regions";
import { defineAction } from "./types";

/**
 * DescribeRegions (seed 7993–8231): every region of the product's region table. Takes no Region
 * (seed 8015). RegionName is Chinese, as in the seed's example (seed 8085, no Language sent); English
 * when X-TC-Language is en-US.
 */
export default defineAction<DescribeRegionsRequest, DescribeRegionsResponse>((_params, ctx) => {
  const english = ctx.language === "en-US";
  const RegionSet = REGIONS.map((r) => ({
    Region: r.region,
    RegionName: english ? r.nameEn : r.nameZh,
    RegionState: r.state,
  }));
  return { TotalCount: RegionSet.length, RegionSet };
});
