import type { ExportImagesRequest, ExportImagesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { exportImages } from "../state/images/export";
import { defineAction } from "./types";

/**
 * ExportImages (seed 27420–27698): custom images written to a COS bucket; answers the task and the files it writes
 * ("前缀名_镜像ID_system_快照ID.镜像格式", seed 27518). DryRun checks and answers the paths with TaskId 0.
 */
export default defineAction<ExportImagesRequest, ExportImagesResponse>((params, ctx) => exportImages({ ...ctx, appId: ctx.account.appId }, params));
