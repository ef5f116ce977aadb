import type { RepairTaskControlRequest, RepairTaskControlResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { authorizeRepair } from "../state/repair/authorize";
import { defineAction } from "./types";

/**
 * RepairTaskControl (seed 34621–34905): authorises a waiting repair task (Operate AuthorizeRepair) of one of the
 * listed instances — to be processed now (处理中, then 已结束 on the clock) or at OrderAuthTime (已预约 until then),
 * which must be 5 minutes to 48 hours ahead. Answers the task's id.
 */
export default defineAction<RepairTaskControlRequest, RepairTaskControlResponse>((params, ctx) => ({ TaskId: authorizeRepair(ctx, params) }));
