"use server";

import { requireRole } from "@/server/auth/session";
import { ImportImageInput } from "@/lib/images/schemas";
import type { CreateImageResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "./cloud-write";

/** ImportImage (seed 27118–27419): a RAW, VHD, QCOW2 or VMDK file in COS becomes a custom image (IMPORTING, then NORMAL). */
export async function importImage(input: ImportImageInput): Promise<CreateImageResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ImportImageInput, input);
    const request = {
      OsType: p.OsType,
      OsVersion: p.OsVersion,
      Architecture: p.Architecture,
      ImageUrl: p.ImageUrl,
      ImageName: p.ImageName,
      ...(p.ImageDescription ? { ImageDescription: p.ImageDescription } : {}),
      ...(p.ImageFamily ? { ImageFamily: p.ImageFamily } : {}),
      BootMode: p.BootMode,
      LicenseType: p.LicenseType,
      Force: p.Force,
    };
    const res = await cloudWrite(actor, { ...p, audit: "image.import", targets: [p.ImageName], detail: { ...request } }, ({ client, region, language }) =>
      client.call("ImportImage", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId, imageId: res.ImageId ?? "" };
  } catch (err) {
    return actionFailure(err);
  }
}
