import type {
  InquiryPriceRunInstancesRequest,
  InquiryPriceRunInstancesResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceInstance } from "../pricing";
import { applyLaunchTemplate } from "../state/launch-templates/resolve";
import { checkOrderQuota, parseLaunchOrder } from "../state/pricing-inputs/launch-order";
import { defineAction } from "./types";

/**
 * InquiryPriceRunInstances (seed 11964–13006): the Price of a RunInstances request — the instance with its disks
 * (PREPAID for the Period, or per hour; CDHPAID pays its disks only) and its public bandwidth — from the one price model, so RunInstances,
 * RenewInstances and the refund quotes later agree with it. Like a purchase, it must fit the zone's quota, and a
 * LaunchTemplate is resolved exactly as RunInstances resolves it, so quoting a template quotes what it would launch.
 */
export default defineAction<InquiryPriceRunInstancesRequest, InquiryPriceRunInstancesResponse>((params, ctx) => {
  const order = parseLaunchOrder(applyLaunchTemplate(ctx, params), { store: ctx.store, scope: ctx.scope, region: ctx.region!, clock: ctx.clock });
  checkOrderQuota(ctx, order);
  return { Price: priceInstance(order) };
});
