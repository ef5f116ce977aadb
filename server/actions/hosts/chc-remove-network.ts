"use server";

import { requireRole } from "@/server/auth/session";
import { RemoveChcNetworkInput } from "@/lib/hosts/schemas";
import type { HostWriteResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/** RemoveChcAssistVpc (both networks, seed 23233–23376) or RemoveChcDeployVpc (deploy only, seed 23377–23522). */
export async function removeChcNetwork(input: RemoveChcNetworkInput): Promise<HostWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(RemoveChcNetworkInput, input);
    const action = p.network === "assist" ? "RemoveChcAssistVpc" : "RemoveChcDeployVpc";
    const audit = p.network === "assist" ? "chc.removeAssist" : "chc.removeDeploy";
    const res = await cloudWrite(actor, { ...p, audit, targets: p.ChcIds }, ({ client, region, language }) => client.call(action, { ChcIds: p.ChcIds }, { region, language }));
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
