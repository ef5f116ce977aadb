// InstanceMarketOptions of a purchase (InstanceMarketOptionsRequest seed 37296–37313, SpotMarketOptions seed 39081–39101).
import type { InstanceTypeDef } from "../../catalog/compute/instance-types";
import { spotHourlyFen, toYuan } from "../../pricing";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import type { LaunchChargeType } from "./launch-type";

export interface MarketOptionsInput {
  MarketType?: string;
  SpotOptions?: { MaxPrice?: string; SpotInstanceType?: string };
}

/**
 * Market options only go with SPOTPAID. seed 37311: MarketType only "spot"; seed 39099: SpotInstanceType only
 * "one-time"; a MaxPrice (CNY per instance-hour) below the current spot price loses the bid
 * (InvalidParameterValue.InsufficientPrice, seed 12907). Without options the current fixed discount price is bid
 * (seed 8845–8847).
 */
export function checkMarketOptions(input: MarketOptionsInput | undefined, chargeType: LaunchChargeType, zone: string, t: InstanceTypeDef): void {
  if (!input) return;
  if (chargeType !== "SPOTPAID") {
    throw new ApiError("InvalidParameterCombination", { en: `InstanceMarketOptions can only be used with InstanceChargeType SPOTPAID, not ${chargeType}.` });
  }
  if (input.MarketType !== undefined && input.MarketType !== "spot") {
    throw invalidParameterValue("InstanceMarketOptions.MarketType", `only "spot" is supported, got "${input.MarketType}"`);
  }
  const spot = input.SpotOptions;
  if (spot?.SpotInstanceType !== undefined && spot.SpotInstanceType !== "one-time") {
    throw invalidParameterValue("InstanceMarketOptions.SpotOptions.SpotInstanceType", `only "one-time" is supported, got "${spot.SpotInstanceType}"`);
  }
  if (spot?.MaxPrice === undefined) return;
  const bid = Number(spot.MaxPrice);
  if (!/^\d+(\.\d+)?$/.test(spot.MaxPrice) || !(bid > 0)) {
    throw invalidParameterValue("InstanceMarketOptions.SpotOptions.MaxPrice", `"${spot.MaxPrice}" is not a positive price`);
  }
  const current = toYuan(spotHourlyFen(zone, t));
  if (bid < current) {
    throw new ApiError("InvalidParameterValue.InsufficientPrice", {
      en: `The bid ${spot.MaxPrice} CNY/hour is below the current spot price ${current} CNY/hour of ${t.instanceType}.`,
      zh: `出价 ${spot.MaxPrice} 元/小时低于 ${t.instanceType} 当前竞价 ${current} 元/小时，竞价失败。`,
    });
  }
}
