import type { ImportImageRequest, ImportImageResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { importImage } from "../state/images/import";
import { defineAction } from "./types";

/**
 * ImportImage (seed 27118–27419): a RAW/VHD/QCOW2/VMDK file in COS becomes a custom image, IMPORTING and then NORMAL
 * (IMPORTFAILED under the imageFailed fault). DryRun checks everything and imports nothing (ImageId "").
 */
export default defineAction<ImportImageRequest, ImportImageResponse>((params, ctx) => ({ ImageId: importImage(ctx, params, ctx.faults) }));
