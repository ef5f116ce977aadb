"use server";

import { requireRole } from "@/server/auth/session";
import { getCvmClient } from "@/server/cvm/for-account";
import { getI18n } from "@/lib/i18n/server";
import { CloudAccountIdInput } from "@/lib/schemas/cloud-accounts";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/**
 * Calls DescribeRegions live (bypassing the region cache) so the admin sees what the credentials can do
 * now. Success is the region count; failure is the Tencent code and RequestId.
 */
export async function testCloudAccountConnection(input: CloudAccountIdInput): Promise<ActionResult<{ regionCount: number }>> {
  try {
    const actor = await requireRole("admin");
    const { id } = parseInput(CloudAccountIdInput, input);
    const { locale } = await getI18n();
    const response = await audited(actor, { action: "account.testConnection", target: id }, async () => {
      const client = await getCvmClient(id);
      return client.call("DescribeRegions", {}, { language: locale });
    });
    return { ok: true, regionCount: response.TotalCount ?? response.RegionSet?.length ?? 0 };
  } catch (err) {
    return actionFailure(err);
  }
}
