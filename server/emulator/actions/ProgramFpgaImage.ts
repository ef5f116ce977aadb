import type { ProgramFpgaImageRequest, ProgramFpgaImageResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { findInstanceType } from "../catalog/compute/instance-types";
import { ApiError } from "../protocol/errors";
import { assertAllOperable, beginChange, requireOne } from "../state/changes/operations";
import { defineAction } from "./types";

/** seed 18779: a COS object URL, e.g. "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin". */
const COS_URL = /^(https?:\/\/)?[a-z0-9][a-z0-9-]*-\d+\.cos\.[a-z0-9-]+\.myqcloud\.com\/\S+$/;
/** seed 18784: PCI "domain:bus:device.function", e.g. "0000:00:08.0". */
const DBDF = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/i;

const incorrect = (en: string) => new ApiError("InvalidParameterValue.IncorrectFormat", { en });

/**
 * ProgramFpgaImage (seed 18748–18921): program an FPGA image from COS onto the FPGA cards of one running FPGA
 * instance (seed 18899: UnsupportedOperation.NotFpgaInstance otherwise) — the cards named by DBDFs, or all of
 * them. The cards are 0000:00:08.0, 0000:00:09.0, … (the seed's example). DryRun checks and stops
 * (DryRunOperation). The instance stays RUNNING while LatestOperation is OPERATING.
 */
export default defineAction<ProgramFpgaImageRequest, ProgramFpgaImageResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  const cards = findInstanceType(rec.InstanceType)?.fpga ?? 0;
  if (cards === 0) throw new ApiError("UnsupportedOperation.NotFpgaInstance", { en: `${rec.InstanceId} (${rec.InstanceType}) is not an FPGA instance.` });
  if (!COS_URL.test(params.FPGAUrl)) throw incorrect(`FPGAUrl "${params.FPGAUrl}" is not a COS object URL (bucket-appid.cos.region.myqcloud.com/key).`);
  const dbdfs = params.DBDFs ?? [];
  const bad = dbdfs.find((d) => !DBDF.test(d));
  if (bad !== undefined) throw incorrect(`DBDF "${bad}" is not of the form 0000:00:08.0.`);
  if (new Set(dbdfs).size > cards) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `${rec.InstanceType} has ${cards} FPGA card(s).` });
  const own = Array.from({ length: cards }, (_, i) => `0000:00:${(8 + i).toString(16).padStart(2, "0")}.0`);
  const foreign = dbdfs.find((d) => !own.includes(d.toLowerCase()));
  if (foreign !== undefined) throw new ApiError("InvalidParameterValue", { en: `${rec.InstanceId} has no FPGA card ${foreign}; its cards are ${own.join(", ")}.` });
  assertAllOperable(ctx, [rec], ["RUNNING"]);
  if (params.DryRun) throw new ApiError("DryRunOperation", { en: "The request would have succeeded, but DryRun was set." });
  ctx.store.transaction(() => beginChange(ctx, rec, { transitional: "RUNNING", final: "RUNNING" }));
  return {};
});
