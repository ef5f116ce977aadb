import type { ModifyInstancesVpcAttributeRequest, ModifyInstancesVpcAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { applyVpcChange, planVpcChange } from "../state/network/vpc-change";
import { defineAction } from "./types";

/**
 * ModifyInstancesVpcAttribute (seed 31346–31643): moves instances to a subnet of their zone or changes their private
 * IP (seed 31354, 31385–31393). A RUNNING instance is shut down (ForceStop, default true) and started again (seed
 * 31352); the host name follows the new address unless ReserveHostName (seed 31401).
 */
export default defineAction<ModifyInstancesVpcAttributeRequest, ModifyInstancesVpcAttributeResponse>((params, ctx) => {
  applyVpcChange(ctx, planVpcChange(ctx, params));
  return {};
});
