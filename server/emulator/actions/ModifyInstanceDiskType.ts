import type {
  ModifyInstanceDiskTypeRequest,
  ModifyInstanceDiskTypeResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { convertedLayout } from "../state/changes/disk-changes";
import { assertAllOperable, beginChange, requireOne } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ModifyInstanceDiskType (seed 18296–18525): turn an instance's local system / data disk into a cloud disk
 * (seed 18296: "只支持实例的本地系统盘、本地数据盘转化成指定云硬盘介质"), shut down only ("只支持实例在关机状态下"),
 * never for spot instances ("不支持竞价实例类型"). The instance stays STOPPED while the disks convert.
 */
export default defineAction<ModifyInstanceDiskTypeRequest, ModifyInstanceDiskTypeResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  if (rec.InstanceChargeType === "SPOTPAID") {
    throw new ApiError("InvalidInstance.NotSupported", { en: "Spot instances cannot change their disk type.", zh: "不支持竞价实例类型。" });
  }
  const layout = convertedLayout(rec, params);
  assertAllOperable(ctx, [rec], ["STOPPED"]);
  ctx.store.transaction(() => beginChange(ctx, rec, { transitional: "STOPPED", final: "STOPPED", patch: layout }));
  return {};
});
