// How many times an instance may still take a limited operation (DescribeInstancesOperationLimit, seed
// 11558–11742; OperationCountLimit seed 38290–38321). A PREPAID instance may be downgraded 5 times (the seed's
// example: CurrentCount 0, LimitCount 5); -1 means "no limit" (seed 38313, 38318), as for postpaid instances
// and for switching the bandwidth billing. ResetInstancesType counts its downgrades here; the action that
// switches bandwidth billing can count through `countOperation` too.
import type { InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";

export const OPERATION_COUNT_KIND = "operation-count";
/** seed 11593. */
export const LIMITED_OPERATIONS = ["INSTANCE_DEGRADE", "INTERNET_CHARGE_TYPE_CHANGE"] as const;
export type LimitedOperation = (typeof LIMITED_OPERATIONS)[number];
/** seed 11607 example: LimitCount 5 for a downgrade. */
export const PREPAID_DEGRADE_LIMIT = 5;

type Counts = Partial<Record<LimitedOperation, number>>;

export interface OperationCountLimit {
  Operation: string;
  InstanceId: string;
  CurrentCount: number;
  LimitCount: number;
}

export function operationLimit(ctx: InstanceCtx, rec: Pick<InstanceRecord, "InstanceId" | "InstanceChargeType">, operation: LimitedOperation): OperationCountLimit {
  const limited = operation === "INSTANCE_DEGRADE" && rec.InstanceChargeType === "PREPAID";
  const used = ctx.store.get<Counts>(ctx.scope, OPERATION_COUNT_KIND, rec.InstanceId)?.[operation] ?? 0;
  return {
    Operation: operation,
    InstanceId: rec.InstanceId,
    CurrentCount: limited ? used : -1,
    LimitCount: limited ? PREPAID_DEGRADE_LIMIT : -1,
  };
}

/** Whether the instance has a use of `operation` left. */
export function hasOperationLeft(ctx: InstanceCtx, rec: Pick<InstanceRecord, "InstanceId" | "InstanceChargeType">, operation: LimitedOperation): boolean {
  const limit = operationLimit(ctx, rec, operation);
  return limit.LimitCount < 0 || limit.CurrentCount < limit.LimitCount;
}

export function countOperation(ctx: InstanceCtx, instanceId: string, operation: LimitedOperation): void {
  const counts = ctx.store.get<Counts>(ctx.scope, OPERATION_COUNT_KIND, instanceId) ?? {};
  counts[operation] = (counts[operation] ?? 0) + 1;
  ctx.store.put(ctx.scope, OPERATION_COUNT_KIND, instanceId, counts);
}
