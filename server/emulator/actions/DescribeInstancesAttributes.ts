import type {
  DescribeInstancesAttributesRequest,
  DescribeInstancesAttributesResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { invalidParameterValue, missingParameter } from "../protocol/errors";
import { requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/** seed 20188: "可选值：UserData". */
const ATTRIBUTES = ["UserData"];

/**
 * DescribeInstancesAttributes (seed 20166–20353): attributes that DescribeInstances does not show — today only
 * UserData, as set at launch, on reinstall or by ModifyInstancesAttribute ("" when none was given).
 */
export default defineAction<DescribeInstancesAttributesRequest, DescribeInstancesAttributesResponse>((params, ctx) => {
  if (params.Attributes.length === 0) throw missingParameter("Attributes");
  const bad = params.Attributes.find((a) => !ATTRIBUTES.includes(a));
  if (bad !== undefined) throw invalidParameterValue("Attributes", `"${bad}" is not one of ${ATTRIBUTES.join(", ")}`);
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  return {
    InstanceSet: recs.map((rec) => ({ InstanceId: rec.InstanceId, Attributes: { UserData: rec.internal.userData ?? "" } })),
  };
});
