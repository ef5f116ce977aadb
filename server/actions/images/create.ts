"use server";

import { requireRole } from "@/server/auth/session";
import { writeForInstances } from "@/server/actions/instances/instance-write";
import { CreateImageInput } from "@/lib/images/schemas";
import type { CreateImageResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";

/**
 * CreateImage (seed 27699–28054) from an instance: RUNNING or STOPPED (with ForcePoweroff a running instance is shut
 * down first, seed 27749); the image is CREATING, then NORMAL. Audited on the instance, which is busy meanwhile.
 */
export async function createImage(input: CreateImageInput): Promise<CreateImageResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(CreateImageInput, input);
    const detail = { ImageName: p.ImageName, ForcePoweroff: p.ForcePoweroff, DataDiskIds: p.DataDiskIds };
    const res = await writeForInstances(actor, p, { audit: "image.create", instanceIds: [p.InstanceId], detail }, ({ client, region, language }) =>
      client.call(
        "CreateImage",
        {
          InstanceId: p.InstanceId,
          ImageName: p.ImageName,
          ...(p.ImageDescription ? { ImageDescription: p.ImageDescription } : {}),
          ...(p.ImageFamily ? { ImageFamily: p.ImageFamily } : {}),
          // seed 27724 / 27733: String flags "true" / "false".
          ForcePoweroff: p.ForcePoweroff ? "true" : "false",
          ...(p.Sysprep ? { Sysprep: "true" } : {}),
          ...(p.DataDiskIds.length ? { DataDiskIds: p.DataDiskIds } : {}),
        },
        { region, language },
      ),
    );
    return { ok: true, requestId: res.RequestId, imageId: res.ImageId ?? "" };
  } catch (err) {
    return actionFailure(err);
  }
}
