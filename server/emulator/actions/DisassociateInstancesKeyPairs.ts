import type { DisassociateInstancesKeyPairsRequest, DisassociateInstancesKeyPairsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { disassociateKeyPairs } from "../state/keypairs/binding";
import { defineAction } from "./types";

/**
 * DisassociateInstancesKeyPairs (seed 29251–29484): unbinds key pairs from Linux instances (seed 29257); STOPPED
 * instances only unless ForceStop (seed 29259–29261); at most 100 instances (seed 29287). The instance's password,
 * if it had one, works again (seed 29263).
 */
export default defineAction<DisassociateInstancesKeyPairsRequest, DisassociateInstancesKeyPairsResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  disassociateKeyPairs(ctx, recs, params);
  return {};
});
