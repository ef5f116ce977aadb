"use server";

import { requireRole } from "@/server/auth/session";
import { SyncImageInput } from "@/lib/images/schemas";
import type { SyncImageResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "./cloud-write";

/**
 * SyncImages (seed 26353–26706): one image copied to the chosen regions. ImageSetRequired (seed 26439) makes the
 * answer name each copy, so the page can follow every region's progress.
 */
export async function syncImage(input: SyncImageInput): Promise<SyncImageResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(SyncImageInput, input);
    const detail = { DestinationRegions: p.DestinationRegions, ...(p.ImageName ? { ImageName: p.ImageName } : {}) };
    const res = await cloudWrite(actor, { ...p, audit: "image.sync", targets: [p.ImageId], detail }, ({ client, region, language }) =>
      client.call("SyncImages", { ImageIds: [p.ImageId], ...detail, ImageSetRequired: true }, { region, language }),
    );
    const copies = (res.ImageSet ?? []).map((c) => ({ Region: c.Region, ImageId: c.ImageId }));
    return { ok: true, requestId: res.RequestId, copies };
  } catch (err) {
    return actionFailure(err);
  }
}
