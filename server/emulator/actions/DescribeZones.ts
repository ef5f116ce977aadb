import type { DescribeZonesRequest, DescribeZonesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getRegion } from "../catalog/regions";
import { defineAction } from "./types";

/**
 * DescribeZones (seed 8232–8549): the zones of the requested region (Region is required, seed 8252; the
 * dispatcher has already refused a missing or unknown one). ZoneName is English by default and Chinese
 * with Language=zh-CN (seed 8278, 8388).
 */
export default defineAction<DescribeZonesRequest, DescribeZonesResponse>((_params, ctx) => {
  const chinese = ctx.language === "zh-CN";
  const ZoneSet = (getRegion(ctx.region!)?.zones ?? []).map((z) => ({
    Zone: z.zone,
    ZoneName: chinese ? z.nameZh : z.nameEn,
    ZoneId: z.zoneId,
    ZoneState: z.state,
  }));
  return { TotalCount: ZoneSet.length, ZoneSet };
});
