import type { ResetInstancesTypeRequest, ResetInstancesTypeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { findInstanceType } from "../catalog/compute/instance-types";
import { ApiError } from "../protocol/errors";
import { countOperation, hasOperationLeft } from "../state/changes/operation-limits";
import { assertAllOperable, beginChange, requireBatch } from "../state/changes/operations";
import { isDowngrade, typeChangeRefusal } from "../state/changes/type-change";
import { defineAction } from "./types";

/**
 * ResetInstancesType (seed 19784–20165): change one instance's type (seed 19816: "目前仅支持每次操作1个实例")
 * within its zone, per the documented refusals (state/changes/type-change.ts). STOPPED instances, or RUNNING
 * ones with ForceStop (seed 19835), which shut down and come back RUNNING with the new type. A PREPAID instance
 * pays the difference for its remaining term (InquiryPriceResetInstancesType) and may downgrade 5 times
 * (DescribeInstancesOperationLimit); its ExpiredTime does not move.
 */
export default defineAction<ResetInstancesTypeRequest, ResetInstancesTypeResponse>((params, ctx) => {
  const [rec] = requireBatch(ctx, params.InstanceIds, 1);
  const refusal = typeChangeRefusal(rec, params.InstanceType);
  if (refusal) throw new ApiError(refusal.code, refusal);
  assertAllOperable(ctx, [rec], params.ForceStop ? ["RUNNING", "STOPPED"] : ["STOPPED"]);
  const downgrade = isDowngrade(rec.InstanceType, params.InstanceType);
  if (downgrade && !hasOperationLeft(ctx, rec, "INSTANCE_DEGRADE")) {
    throw new ApiError("LimitExceeded", { en: `The instance ${rec.InstanceId} has used all its downgrades.`, zh: `实例 ${rec.InstanceId} 的降配次数已用完。` });
  }
  const target = findInstanceType(params.InstanceType)!;
  const running = rec.InstanceState === "RUNNING";
  ctx.store.transaction(() => {
    if (downgrade) countOperation(ctx, rec.InstanceId, "INSTANCE_DEGRADE");
    beginChange(ctx, rec, {
      transitional: running ? "STOPPING" : "STOPPED",
      final: running ? "RUNNING" : "STOPPED",
      patch: {
        InstanceType: target.instanceType,
        CPU: target.cpu,
        Memory: target.memory,
        ...(rec.GPUInfo ? { GPUInfo: { ...rec.GPUInfo, GPUCount: target.gpuCount } } : {}),
      },
    });
  });
  return {};
});
