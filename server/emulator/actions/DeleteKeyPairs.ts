import type { DeleteKeyPairsRequest, DeleteKeyPairsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { MAX_KEY_IDS_PER_REQUEST } from "../state/keypairs/record";
import { deleteKeyPair, keyUsage, requireKeyPairs } from "../state/keypairs/repo";
import { defineAction } from "./types";

/**
 * DeleteKeyPairs (seed 29485–29645): deletes up to 100 key pairs (seed 29513). A key bound to an instance cannot be
 * deleted (seed 29493: "不能删除已被实例或镜像引用的密钥对") → InvalidParameterValue.KeyPairNotSupported, and then
 * none of the batch is deleted.
 */
export default defineAction<DeleteKeyPairsRequest, DeleteKeyPairsResponse>((params, ctx) => {
  const ids = [...new Set(params.KeyIds)];
  if (ids.length === 0) throw new ApiError("MissingParameter", { en: "KeyIds must name at least one key pair." });
  if (ids.length > MAX_KEY_IDS_PER_REQUEST) {
    throw new ApiError("InvalidKeyPair.LimitExceeded", { en: `At most ${MAX_KEY_IDS_PER_REQUEST} KeyIds per request; got ${ids.length}.` });
  }
  requireKeyPairs(ctx, ids);
  const usage = keyUsage(ctx, true);
  const inUse = ids.find((id) => usage.get(id)?.length);
  if (inUse !== undefined) {
    throw new ApiError("InvalidParameterValue.KeyPairNotSupported", {
      en: `The key pair ${inUse} is associated with instances (${usage.get(inUse)!.join(", ")}); disassociate it first.`,
      zh: `密钥对 ${inUse} 已关联实例（${usage.get(inUse)!.join("、")}），请先解绑。`,
    });
  }
  ctx.store.transaction(() => ids.forEach((id) => deleteKeyPair(ctx, id)));
  return {};
});
