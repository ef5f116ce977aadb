"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { ModifyHpcClusterInput } from "@/lib/hpc/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** ModifyHpcClusterAttribute (seed 35595–35745): new name and remark. */
export async function modifyHpcCluster(input: ModifyHpcClusterInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyHpcClusterInput, input);
    const change = { Name: p.Name, ...(p.Remark ? { Remark: p.Remark } : {}) };
    const res = await resourceWrite(actor, p, { action: "hpcCluster.modify", target: p.HpcClusterId, detail: change }, (client, opts) =>
      client.call("ModifyHpcClusterAttribute", { HpcClusterId: p.HpcClusterId, ...change }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
