"use server";

import { requireRole } from "@/server/auth/session";
import { AllocateHostsInput } from "@/lib/hosts/schemas";
import type { AllocateHostsResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/**
 * AllocateHosts (seed 21334–21578): buys HostCount prepaid CDH hosts with their term and renewal setting. The
 * ClientToken (seed 21363), made once per confirmed dialog, makes a retry buy nothing twice.
 */
export async function allocateHosts(input: AllocateHostsInput): Promise<AllocateHostsResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(AllocateHostsInput, input);
    const request = {
      Placement: { Zone: p.Zone, ProjectId: p.ProjectId },
      ClientToken: p.ClientToken,
      HostChargeType: "PREPAID",
      HostChargePrepaid: { Period: p.Period, RenewFlag: p.RenewFlag },
      HostType: p.HostType,
      HostCount: p.HostCount,
    };
    const detail = { Zone: p.Zone, HostType: p.HostType, HostCount: p.HostCount, Period: p.Period, RenewFlag: p.RenewFlag, ProjectId: p.ProjectId, ClientToken: p.ClientToken };
    const res = await cloudWrite(actor, { ...p, audit: "host.allocate", targets: [p.Zone], detail }, ({ client, region, language }) =>
      client.call("AllocateHosts", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId, hostIds: res.HostIdSet ?? [] };
  } catch (err) {
    return actionFailure(err);
  }
}
