"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyChcInput } from "@/lib/hosts/schemas";
import type { HostWriteResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/** ModifyChcAttribute (seed 23048–23232): name, device type, BMC login and BMC security groups. The password is never audited. */
export async function modifyChcAttribute(input: ModifyChcInput): Promise<HostWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyChcInput, input);
    const change = {
      ...(p.InstanceName !== undefined ? { InstanceName: p.InstanceName } : {}),
      ...(p.DeviceType !== undefined ? { DeviceType: p.DeviceType } : {}),
      ...(p.BmcUser !== undefined ? { BmcUser: p.BmcUser } : {}),
      ...(p.BmcSecurityGroupIds !== undefined ? { BmcSecurityGroupIds: p.BmcSecurityGroupIds } : {}),
    };
    const detail = { ...change, ...(p.Password !== undefined ? { Password: "(changed)" } : {}) };
    const res = await cloudWrite(actor, { ...p, audit: "chc.modify", targets: p.ChcIds, detail }, ({ client, region, language }) =>
      client.call("ModifyChcAttribute", { ChcIds: p.ChcIds, ...change, ...(p.Password !== undefined ? { Password: p.Password } : {}) }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
