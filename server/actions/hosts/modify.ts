"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyHostsInput } from "@/lib/hosts/schemas";
import type { HostWriteResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/**
 * ModifyHostsAttribute (seed 21579–21758): a new name, auto-renewal setting or project. seed 21585: every call must
 * carry HostName or RenewFlag (never both); ProjectId only comes along. A project move therefore re-sends each host's
 * current RenewFlag (read first), one call per distinct flag, so nothing else changes.
 */
export async function modifyHosts(input: ModifyHostsInput): Promise<HostWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyHostsInput, input);
    const audit = p.HostName !== undefined ? "host.rename" : p.RenewFlag !== undefined ? "host.renewFlag" : "host.project";
    const change = p.HostName !== undefined ? { HostName: p.HostName } : p.RenewFlag !== undefined ? { RenewFlag: p.RenewFlag } : { ProjectId: p.ProjectId };
    const res = await cloudWrite(actor, { ...p, audit, targets: p.HostIds, detail: change }, async ({ client, region, language }) => {
      if (p.ProjectId === undefined) return client.call("ModifyHostsAttribute", { HostIds: p.HostIds, ...change }, { region, language });
      const flags = await currentRenewFlags(client, region, p.HostIds);
      let last = { RequestId: "" };
      for (const [flag, ids] of flags) {
        last = await client.call("ModifyHostsAttribute", { HostIds: ids, RenewFlag: flag, ProjectId: p.ProjectId }, { region, language });
      }
      return last;
    });
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}

type Client = Parameters<Parameters<typeof cloudWrite>[2]>[0]["client"];

/** The hosts grouped by their RenewFlag now (DescribeHosts; a region holds few hosts). Unknown ids are left to the API. */
async function currentRenewFlags(client: Client, region: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const flags = new Map<string, string>();
  for (let offset = 0; ; offset += 100) {
    const res = await client.call("DescribeHosts", { Offset: offset, Limit: 100 }, { region });
    for (const h of res.HostSet ?? []) if (h.HostId && ids.includes(h.HostId)) flags.set(h.HostId, h.RenewFlag ?? "NOTIFY_AND_MANUAL_RENEW");
    if ((res.HostSet ?? []).length < 100) break;
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const flag = flags.get(id) ?? "NOTIFY_AND_MANUAL_RENEW";
    groups.set(flag, [...(groups.get(flag) ?? []), id]);
  }
  return groups;
}
