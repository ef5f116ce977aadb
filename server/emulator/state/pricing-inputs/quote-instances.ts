// The instances an instance-based inquiry prices (InquiryPriceRenewInstances, …ModifyInstancesChargeType,
// …ResetInstance, …ResetInstancesType, …ResizeInstanceDisks, …TerminateInstances): the batch rules of the
// action it prices, and the states in which there is nothing to quote yet or any more.
import type { ActionContext } from "../../actions/types";
import { ApiError } from "../../protocol/errors";
import { requireBatch } from "../changes/operations";
import type { InstanceRecord } from "../instances/record";
import { firstDocumented } from "./documented-codes";

/**
 * `InstanceIds.N`: none → MissingParameter, more than `max` (seed: 100 per request, 1 for ResetInstancesType) →
 * InvalidParameterValue.LimitExceeded, duplicates count once; malformed / unknown ids → the action's documented
 * InvalidInstanceId.* codes.
 */
export function requireQuoteInstances(ctx: ActionContext, ids: string[], max: number): InstanceRecord[] {
  return requireBatch(ctx, ids, max);
}

/**
 * An instance still being created (PENDING), whose creation failed (LAUNCH_FAILED), or being released
 * (TERMINATING) has no configuration to price: UnsupportedOperation.InstanceStatePending where the page documents
 * it (InquiryPriceRenewInstances, seed 13258), else InvalidInstance.NotSupported ("不被支持的实例"). SHUTDOWN (the
 * recycle bin) is only priceable where `allowShutdown` (renewing brings it back).
 */
export function assertQuotable(action: string, rec: Readonly<InstanceRecord>, allowShutdown = false): void {
  const state = rec.InstanceState;
  const unsettled = state === "PENDING" || state === "LAUNCH_FAILED" || state === "TERMINATING" || (state === "SHUTDOWN" && !allowShutdown);
  if (!unsettled) return;
  const candidates = state === "PENDING" ? ["UnsupportedOperation.InstanceStatePending", "InvalidInstance.NotSupported"] : ["InvalidInstance.NotSupported"];
  throw new ApiError(firstDocumented(action, candidates, "UnsupportedOperation"), {
    en: `The instance ${rec.InstanceId} is ${state}; ${action} cannot price it.`,
    zh: `实例 ${rec.InstanceId} 当前状态为 ${state}，不支持该询价。`,
  });
}
