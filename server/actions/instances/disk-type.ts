"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyInstanceDiskTypeInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstanceDiskType (seed 18296): turn a stopped instance's local disks into cloud disks. */
export async function modifyInstanceDiskType(input: ModifyInstanceDiskTypeInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyInstanceDiskTypeInput, input);
    const params = {
      InstanceId: p.InstanceId,
      ...(p.SystemDiskType ? { SystemDisk: { DiskType: p.SystemDiskType } } : {}),
      ...(p.DataDisks?.length ? { DataDisks: p.DataDisks.map((d) => ({ DiskId: d.DiskId, DiskType: d.DiskType, DiskSize: 0 })) } : {}),
    };
    const detail = { SystemDiskType: p.SystemDiskType ?? null, DataDisks: p.DataDisks ?? [] };
    const res = await writeForInstances(actor, p, { audit: "instance.diskType", instanceIds: [p.InstanceId], detail }, ({ client, region, language }) =>
      client.call("ModifyInstanceDiskType", params, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
