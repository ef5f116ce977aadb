"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { DeleteHpcClustersInput } from "@/lib/hpc/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * DeleteHpcClusters (seed 35123–35274): only an empty cluster (seed 35127: "当高性能计算集群为空…可以删除该集群";
 * ResourceInUse.HpcCluster otherwise). The page says so before the button is pressed.
 */
export async function deleteHpcClusters(input: DeleteHpcClustersInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeleteHpcClustersInput, input);
    const res = await resourceWrite(actor, p, { action: "hpcCluster.delete", target: p.HpcClusterIds.join(",") }, (client, opts) =>
      client.call("DeleteHpcClusters", { HpcClusterIds: p.HpcClusterIds }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
