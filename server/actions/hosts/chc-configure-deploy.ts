"use server";

import { requireRole } from "@/server/auth/session";
import { ConfigureChcDeployInput, toVirtualPrivateCloud as vpc } from "@/lib/hosts/schemas";
import type { HostWriteResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/** ConfigureChcDeployVpc (seed 22657–22847): the deploy network of servers that already have their out-of-band one. */
export async function configureChcDeployVpc(input: ConfigureChcDeployInput): Promise<HostWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ConfigureChcDeployInput, input);
    const request = {
      ChcIds: p.ChcIds,
      DeployVirtualPrivateCloud: vpc(p.Deploy),
      ...(p.DeploySecurityGroupIds.length ? { DeploySecurityGroupIds: p.DeploySecurityGroupIds } : {}),
      ...(p.DeployExtra ? { ChcDeployExtraConfig: p.DeployExtra } : {}),
    };
    const res = await cloudWrite(actor, { ...p, audit: "chc.configureDeploy", targets: p.ChcIds, detail: { ...request, ChcIds: undefined } }, ({ client, region, language }) =>
      client.call("ConfigureChcDeployVpc", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
