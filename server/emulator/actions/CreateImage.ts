import type { CreateImageRequest, CreateImageResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { createImage } from "../state/images/create";
import { defineAction } from "./types";

/**
 * CreateImage (seed 27699–28054): a custom image from an instance (RUNNING or STOPPED; with ForcePoweroff a running
 * one is shut down first) or from snapshots. The image is CREATING, then NORMAL on the clock (CREATEFAILED under the
 * imageFailed fault); the instance is busy until then. DryRun checks everything and creates nothing (ImageId "").
 */
export default defineAction<CreateImageRequest, CreateImageResponse>((params, ctx) => ({ ImageId: createImage(ctx, params, ctx.faults) }));
