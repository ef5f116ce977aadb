import type { DescribeChcDeniedActionsRequest, DescribeChcDeniedActionsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { deniedActions } from "../state/chc/denied";
import { requireChcs } from "../state/chc/repo";
import { defineAction } from "./types";

/**
 * DescribeChcDeniedActions (seed 22848–23047): for each CHC server, its state and the actions that state denies
 * (the table in state/chc/denied.ts, which the CHC actions enforce).
 */
export default defineAction<DescribeChcDeniedActionsRequest, DescribeChcDeniedActionsResponse>((params, ctx) => ({
  ChcHostDeniedActionSet: requireChcs(ctx, params.ChcIds).map((rec) => ({ ChcId: rec.ChcId, State: rec.InstanceState, DenyActions: deniedActions(rec) })),
}));
