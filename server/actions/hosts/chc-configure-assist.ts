"use server";

import { requireRole } from "@/server/auth/session";
import { ConfigureChcAssistInput, toVirtualPrivateCloud as vpc } from "@/lib/hosts/schemas";
import type { HostWriteResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/** ConfigureChcAssistVpc (seed 22444–22656): the out-of-band network, and the deploy network with it when given. */
export async function configureChcAssistVpc(input: ConfigureChcAssistInput): Promise<HostWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ConfigureChcAssistInput, input);
    const request = {
      ChcIds: p.ChcIds,
      BmcVirtualPrivateCloud: vpc(p.Bmc),
      ...(p.BmcSecurityGroupIds.length ? { BmcSecurityGroupIds: p.BmcSecurityGroupIds } : {}),
      ...(p.Deploy ? { DeployVirtualPrivateCloud: vpc(p.Deploy) } : {}),
      ...(p.Deploy && p.DeploySecurityGroupIds.length ? { DeploySecurityGroupIds: p.DeploySecurityGroupIds } : {}),
      ...(p.Deploy && p.DeployExtra ? { ChcDeployExtraConfig: p.DeployExtra } : {}),
    };
    const res = await cloudWrite(actor, { ...p, audit: "chc.configureAssist", targets: p.ChcIds, detail: { ...request, ChcIds: undefined } }, ({ client, region, language }) =>
      client.call("ConfigureChcAssistVpc", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
