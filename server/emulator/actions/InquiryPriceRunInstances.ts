import type {
  InquiryPriceRunInstancesRequest,
  InquiryPriceRunInstancesResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { priceInstance } from "../pricing";
import { applyLaunchTemplate } from "../state/launch-templates/resolve";
import { checkOrderQuota, parseLaunchOrder } from "../state/pricing-inputs/launch-order";
import { checkOrderPlacement } from "../state/pricing-inputs/launch-placement";
import { defineAction } from "./types";

/**
 * InquiryPriceRunInstances (seed 11964–13006): the Price of a RunInstances request — the instance with its disks
 * (PREPAID for the Period, or per hour; CDHPAID pays its disks only) and its public bandwidth — from the one price model, so RunInstances,
 * RenewInstances and the refund quotes later agree with it. Like a purchase, it must fit the zone's quota (and, on
 * dedicated hosts or in an HPC cluster, their room, without reserving any), and a
 * LaunchTemplate is resolved exactly as RunInstances resolves it, so quoting a template quotes what it would launch.
 */
export default defineAction<InquiryPriceRunInstancesRequest, InquiryPriceRunInstancesResponse>((params, ctx) => {
  const req = applyLaunchTemplate(ctx, params);
  const order = parseLaunchOrder(req, { store: ctx.store, scope: ctx.scope, region: ctx.region!, clock: ctx.clock });
  checkOrderPlacement(ctx, req, order);
  checkOrderQuota(ctx, order);
  return { Price: priceInstance(order) };
});
