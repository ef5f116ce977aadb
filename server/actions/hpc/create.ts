"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { CreateHpcClusterInput } from "@/lib/hpc/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** CreateHpcCluster (seed 34906–35122): a cluster in one zone; instances join it at launch (RunInstances HpcClusterId). */
export async function createHpcCluster(input: CreateHpcClusterInput): Promise<ActionResult<{ clusterId: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(CreateHpcClusterInput, input);
    const params = { Zone: p.Zone, Name: p.Name, HpcClusterType: p.HpcClusterType, ...(p.Remark ? { Remark: p.Remark } : {}) };
    const res = await resourceWrite(actor, p, { action: "hpcCluster.create", target: p.Name, detail: { Zone: p.Zone, HpcClusterType: p.HpcClusterType } }, (client, opts) =>
      client.call("CreateHpcCluster", params, opts),
    );
    return { ok: true, clusterId: res.HpcClusterSet?.[0]?.HpcClusterId ?? "", requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
