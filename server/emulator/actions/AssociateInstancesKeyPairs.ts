import type { AssociateInstancesKeyPairsRequest, AssociateInstancesKeyPairsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { associateKeyPairs } from "../state/keypairs/binding";
import { defineAction } from "./types";

/**
 * AssociateInstancesKeyPairs (seed 29003–29250): binds key pairs to Linux instances (seed 29009), replacing the keys
 * they had (seed 29017). STOPPED instances only, unless ForceStop: then a RUNNING one is shut down and started again
 * (seed 29011–29013). At most 100 instances (seed 29041); the keys land with the operation (LatestOperationState).
 */
export default defineAction<AssociateInstancesKeyPairsRequest, AssociateInstancesKeyPairsResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  associateKeyPairs(ctx, recs, params);
  return {};
});
