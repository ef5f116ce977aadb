import type {
  DescribeInstancesOperationLimitRequest,
  DescribeInstancesOperationLimitResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { invalidParameterValue } from "../protocol/errors";
import { LIMITED_OPERATIONS, operationLimit, type LimitedOperation } from "../state/changes/operation-limits";
import { requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * DescribeInstancesOperationLimit (seed 11558–11742): how often up to 100 instances (seed 11582) may still be
 * downgraded (INSTANCE_DEGRADE) or switch bandwidth billing (INTERNET_CHARGE_TYPE_CHANGE) — seed 11593.
 * A PREPAID instance has 5 downgrades (the seed's example); -1 means no limit (seed 38313).
 */
export default defineAction<DescribeInstancesOperationLimitRequest, DescribeInstancesOperationLimitResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  if (!(LIMITED_OPERATIONS as readonly string[]).includes(params.Operation)) {
    throw invalidParameterValue("Operation", `"${params.Operation}" is not one of ${LIMITED_OPERATIONS.join(", ")}`);
  }
  return { InstanceOperationLimitSet: recs.map((rec) => operationLimit(ctx, rec, params.Operation as LimitedOperation)) };
});
