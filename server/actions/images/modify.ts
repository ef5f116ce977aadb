"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyImageInput } from "@/lib/images/schemas";
import type { ImageWriteResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "./cloud-write";

/** ModifyImageAttribute (seed 26707–26895): name, description, family, deprecation of an own custom image. */
export async function modifyImage(input: ModifyImageInput): Promise<ImageWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyImageInput, input);
    const change = {
      ...(p.ImageName !== undefined ? { ImageName: p.ImageName } : {}),
      ...(p.ImageDescription !== undefined ? { ImageDescription: p.ImageDescription } : {}),
      ...(p.ImageFamily !== undefined ? { ImageFamily: p.ImageFamily } : {}),
      ...(p.ImageDeprecated !== undefined ? { ImageDeprecated: p.ImageDeprecated } : {}),
    };
    const res = await cloudWrite(actor, { ...p, audit: "image.modify", targets: [p.ImageId], detail: change }, ({ client, region, language }) =>
      client.call("ModifyImageAttribute", { ImageId: p.ImageId, ...change }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
