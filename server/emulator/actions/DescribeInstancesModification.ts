import type {
  DescribeInstancesModificationRequest,
  DescribeInstancesModificationResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { requireBatch } from "../state/changes/operations";
import { instanceRefusal, modificationTargets } from "../state/changes/type-change";
import { defineAction } from "./types";

/**
 * DescribeInstancesModification (seed 17097–17358): the types up to 20 instances (seed 17119) of one zone
 * (FailedOperation.ZoneInconsistent, seed 17317) can change to with ResetInstancesType — same zone, the same
 * family rules — each SELL or, when sold out, UNAVAILABLE. Filter "status" (seed 17130: at most 10 filters of
 * at most 2 values).
 */
export default defineAction<DescribeInstancesModificationRequest, DescribeInstancesModificationResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 20);
  const filters = params.Filters ?? [];
  if (filters.length > 10) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: "At most 10 Filters per request." });
  for (const f of filters) {
    if (f.Name !== "status") throw new ApiError("InvalidFilter", { en: `The filter \`${f.Name}\` is not supported; use status.`, zh: `不支持过滤条件 \`${f.Name}\`。` });
    if (f.Values.length > 2) throw new ApiError("InvalidFilterValue.LimitExceeded", { en: "A filter takes at most 2 values." });
  }
  if (new Set(recs.map((r) => r.Placement.Zone)).size > 1) {
    throw new ApiError("FailedOperation.ZoneInconsistent", { en: "The instances are in different zones.", zh: "给定实例所在可用区不相同，请给定相同可用区的实例。" });
  }
  const cdh = recs.find((r) => instanceRefusal(r)?.code === "InvalidInstance.NotSupported");
  if (cdh) throw new ApiError("InvalidInstance.NotSupported", { en: `The instance ${cdh.InstanceId} is on a CDH and cannot change type.` });
  const set = modificationTargets(recs).filter((s) => filters.every((f) => f.Values.includes(s.Status)));
  return { TotalCount: set.length, InstanceTypeConfigStatusSet: set };
});
