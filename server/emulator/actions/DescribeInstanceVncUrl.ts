import type {
  DescribeInstanceVncUrlRequest,
  DescribeInstanceVncUrlResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getActionSpec } from "../catalog/action-specs";
import { ApiError } from "../protocol/errors";
import { assertAllOperable, requireOne } from "../state/changes/operations";
import { issueVncUrl, pruneVncTickets } from "../state/changes/vnc-tickets";
import { statePascal } from "../state/instances/record";
import { defineAction } from "./types";

const ALLOWED = ["RUNNING", "RESCUE_MODE"] as const;

/**
 * DescribeInstanceVncUrl (seed 11743–11963): the management terminal address of a running instance (a STOPPED
 * one cannot, seed 11743; the rescue system is reached the same way). The address is URL-encoded
 * "wss://<gateway>:26789/vnc?s=<ticket>", valid for 15 seconds and for one use (seed 11743).
 */
export default defineAction<DescribeInstanceVncUrlRequest, DescribeInstanceVncUrlResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  const stateCode = `UnsupportedOperation.InstanceState${statePascal(rec.InstanceState)}`;
  // A state without its own documented code gets the page's generic one (seed 11892).
  if (!(ALLOWED as readonly string[]).includes(rec.InstanceState) && !getActionSpec(ctx.action)!.errorCodes.includes(stateCode)) {
    throw new ApiError("InvalidInstanceState", { en: `The instance ${rec.InstanceId} is ${rec.InstanceState}; its terminal is not available.` });
  }
  assertAllOperable(ctx, [rec], ALLOWED);
  const InstanceVncUrl = ctx.store.transaction(() => {
    pruneVncTickets(ctx);
    return issueVncUrl(ctx, rec.InstanceId);
  });
  return { InstanceVncUrl };
});
