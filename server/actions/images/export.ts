"use server";

import { requireRole } from "@/server/auth/session";
import { ExportImagesInput } from "@/lib/images/schemas";
import type { ExportImagesResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "./cloud-write";

/** ExportImages (seed 27420–27698): custom images written to a COS bucket; the answer names the files. */
export async function exportImages(input: ExportImagesInput): Promise<ExportImagesResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ExportImagesInput, input);
    const request = {
      BucketName: p.BucketName,
      ImageIds: p.ImageIds,
      ExportFormat: p.ExportFormat,
      OnlyExportRootDisk: p.OnlyExportRootDisk,
      // seed 27478: one prefix per image, in ImageIds order.
      ...(p.FileNamePrefix ? { FileNamePrefixList: p.ImageIds.map(() => p.FileNamePrefix) } : {}),
      ...(p.RoleName ? { RoleName: p.RoleName } : {}),
    };
    const detail = { BucketName: p.BucketName, ExportFormat: p.ExportFormat, OnlyExportRootDisk: p.OnlyExportRootDisk };
    const res = await cloudWrite(actor, { ...p, audit: "image.export", targets: p.ImageIds, detail }, ({ client, region, language }) =>
      client.call("ExportImages", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId, taskId: res.TaskId ?? 0, cosPaths: res.CosPaths ?? [] };
  } catch (err) {
    return actionFailure(err);
  }
}
