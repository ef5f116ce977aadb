import type { AssociateSecurityGroupsRequest, AssociateSecurityGroupsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { associateSecurityGroup } from "../state/security-groups/binding";
import { defineAction } from "./types";

/**
 * AssociateSecurityGroups (seed 30062–30275): binds one security group of the region (seed 30091) to up to 100
 * instances (seed 30102), after the groups they have (seed 30140); at most 5 per instance (seed 30261).
 */
export default defineAction<AssociateSecurityGroupsRequest, AssociateSecurityGroupsResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  associateSecurityGroup(ctx, recs, params.SecurityGroupIds);
  return {};
});
