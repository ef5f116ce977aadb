"use server";

import { requireRole } from "@/server/auth/session";
import { ShareImageInput } from "@/lib/images/schemas";
import type { ImageWriteResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "./cloud-write";

/** ModifyImageSharePermission (seed 26124–26352): SHARE with or CANCEL for main-account ids, same region only. */
export async function modifyImageSharePermission(input: ShareImageInput): Promise<ImageWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ShareImageInput, input);
    const audit = p.Permission === "SHARE" ? "image.share" : "image.unshare";
    const res = await cloudWrite(actor, { ...p, audit, targets: [p.ImageId], detail: { AccountIds: p.AccountIds } }, ({ client, region, language }) =>
      client.call("ModifyImageSharePermission", { ImageId: p.ImageId, AccountIds: p.AccountIds, Permission: p.Permission }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
