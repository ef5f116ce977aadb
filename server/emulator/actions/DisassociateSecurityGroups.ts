import type { DisassociateSecurityGroupsRequest, DisassociateSecurityGroupsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { disassociateSecurityGroup } from "../state/security-groups/binding";
import { defineAction } from "./types";

/**
 * DisassociateSecurityGroups (seed 30276–30455): unbinds one security group (seed 30305) from up to 100 instances
 * (seed 30316) that hold it; an instance keeps at least one group.
 */
export default defineAction<DisassociateSecurityGroupsRequest, DisassociateSecurityGroupsResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  disassociateSecurityGroup(ctx, recs, params.SecurityGroupIds);
  return {};
});
