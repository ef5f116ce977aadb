import type { CreateDisasterRecoverGroupRequest, CreateDisasterRecoverGroupResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { withClientToken } from "../state/instances/client-token";
import { createGroup } from "../state/placement/create";
import { defineAction } from "./types";

/**
 * CreateDisasterRecoverGroup (seed 24331–24564): a new, empty spread placement group of type HOST, SW or RACK,
 * holding up to the type's CvmIn*GroupQuota instances. A ClientToken (seed 24370) makes it idempotent: a retry
 * answers the first group.
 */
export default defineAction<CreateDisasterRecoverGroupRequest, CreateDisasterRecoverGroupResponse>((params, ctx) =>
  withClientToken(ctx, params.ClientToken, params, () => {
    const g = createGroup(ctx, params);
    return { DisasterRecoverGroupId: g.DisasterRecoverGroupId, Type: g.Type, Name: g.Name, CvmQuotaTotal: g.CvmQuotaTotal, CurrentNum: g.CurrentNum, CreateTime: g.CreateTime };
  }),
);
