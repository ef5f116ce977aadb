// InquiryPriceResetInstance (seed 13268–13535): the reinstall checked as ResetInstance checks it
// (state/changes/reinstall.ts), plus this page's own limits on switching between Linux and Windows.
import type { ResetInstanceRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { ActionContext } from "../../actions/types";
import { ApiError } from "../../protocol/errors";
import { platformOf as instancePlatform } from "../changes/operations";
import { planReinstall } from "../changes/reinstall";
import type { InstanceRecord } from "../instances/record";
import { withDocumentedCodes } from "./documented-codes";
import { platformOf, requireQuoteImage } from "./quote-image";

/** seed 13276: "目前只支持系统盘类型是CLOUD_BSSD、CLOUD_PREMIUM、CLOUD_SSD类型的实例…实现Linux和Windows操作系统切换的重装询价". */
const OS_SWITCH_SYSTEM_DISKS = ["CLOUD_BSSD", "CLOUD_PREMIUM", "CLOUD_SSD"];
/** Regions in mainland China (finance zones included); the others are "境外" for seed 13278. */
const MAINLAND = /^ap-(beijing|shanghai|guangzhou|shenzhen|chengdu|chongqing|nanjing)(-|$)/;

/** ResetInstance's codes this page does not document, and the ones it uses instead (seed 13486–13533). */
const CODE_MAP: Record<string, string> = {
  "InvalidParameterValue.InvalidImageForGivenInstanceType": "InvalidParameterValue.InvalidImageId",
};

/** The system disk size after the reinstall, or the documented error for the first rule the request breaks. */
export function quoteReinstall(ctx: ActionContext, rec: InstanceRecord, req: ResetInstanceRequest): number {
  if (req.ImageId !== undefined) {
    const image = withDocumentedCodes(ctx.action, () => requireQuoteImage(ctx, req.ImageId!));
    if (platformOf(image) !== instancePlatform(rec)) {
      if (!OS_SWITCH_SYSTEM_DISKS.includes(rec.SystemDisk.DiskType ?? "")) {
        throw new ApiError("InvalidParameterValue.InvalidImageIdForRetsetInstance", {
          en: `An instance with a ${rec.SystemDisk.DiskType} system disk cannot switch between Linux and Windows.`,
          zh: `系统盘类型为 ${rec.SystemDisk.DiskType} 的实例不支持 Linux 与 Windows 操作系统切换。`,
        });
      }
      // seed 13278: "目前不支持境外地域的实例…实现Linux和Windows操作系统切换的重装询价".
      if (!MAINLAND.test(ctx.region ?? "")) {
        throw new ApiError("InvalidParameterValue.InvalidImageOsName", {
          en: `Instances outside mainland China (${ctx.region}) cannot switch between Linux and Windows.`,
          zh: `境外地域（${ctx.region}）的实例不支持 Linux 与 Windows 操作系统切换。`,
        });
      }
    }
  }
  const plan = withDocumentedCodes(ctx.action, () => planReinstall(ctx, rec, req), CODE_MAP);
  return plan.patch.SystemDisk?.DiskSize ?? rec.SystemDisk.DiskSize ?? 0;
}
