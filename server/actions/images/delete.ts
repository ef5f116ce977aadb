"use server";

import { requireRole } from "@/server/auth/session";
import { DeleteImagesInput } from "@/lib/images/schemas";
import type { DeleteImagesResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudCheck, cloudWrite } from "./cloud-write";

/**
 * DeleteImages (seed 26896–27117): all or none. Refused while an image is being made or used and while it is shared
 * (seed 26902–26906); the dialog runs the DryRun first so the operator reads the refusal before confirming.
 */
export async function deleteImages(input: DeleteImagesInput): Promise<DeleteImagesResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeleteImagesInput, input);
    const request = { ImageIds: p.ImageIds, DeleteBindedSnap: p.DeleteBindedSnap };
    if (p.DryRun) {
      const res = await cloudCheck(p.accountId, ({ client, region, language }) => client.call("DeleteImages", { ...request, DryRun: true }, { region, language }), p.region);
      return { ok: true, requestId: res?.RequestId ?? "", dryRun: true };
    }
    const res = await cloudWrite(actor, { ...p, audit: "image.delete", targets: p.ImageIds, detail: { DeleteBindedSnap: p.DeleteBindedSnap } }, ({ client, region, language }) =>
      client.call("DeleteImages", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId, dryRun: false };
  } catch (err) {
    return actionFailure(err);
  }
}
