"use server";

import { requireRole } from "@/server/auth/session";
import { RenewHostsInput } from "@/lib/hosts/schemas";
import type { HostWriteResult } from "@/lib/hosts/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudWrite } from "../images/cloud-write";

/** RenewHosts (seed 21759–21923): Period more months for prepaid hosts; the dialog priced it first (InquiryPriceRenewHosts). */
export async function renewHosts(input: RenewHostsInput): Promise<HostWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(RenewHostsInput, input);
    const res = await cloudWrite(actor, { ...p, audit: "host.renew", targets: p.HostIds, detail: { Period: p.Period } }, ({ client, region, language }) =>
      client.call("RenewHosts", { HostIds: p.HostIds, HostChargePrepaid: { Period: p.Period } }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
