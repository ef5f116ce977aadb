"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyInstancesVpcInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesVpcAttribute (seed 31346): move instances to another VPC subnet (they are stopped and started). */
export async function modifyInstancesVpc(input: ModifyInstancesVpcInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyInstancesVpcInput, input);
    const VirtualPrivateCloud = {
      VpcId: p.VpcId,
      SubnetId: p.SubnetId,
      // seed 31346: a private IP can be named only when every instance gets one; the dialog allows it for one.
      ...(p.PrivateIpAddress && p.InstanceIds.length === 1 ? { PrivateIpAddresses: [p.PrivateIpAddress] } : {}),
    };
    const detail = { ...VirtualPrivateCloud, ForceStop: p.ForceStop, ReserveHostName: p.ReserveHostName };
    const res = await writeForInstances(actor, p, { audit: "instance.vpc", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call(
        "ModifyInstancesVpcAttribute",
        { InstanceIds: p.InstanceIds, VirtualPrivateCloud, ForceStop: p.ForceStop, ReserveHostName: p.ReserveHostName },
        { region, language },
      ),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
