import "server-only";
import type { SessionUser } from "@/server/auth/session";
import type { CallOptions, CvmClient } from "@/server/cvm/client";
import { getCvmClient } from "@/server/cvm/for-account";
import { getI18n } from "@/lib/i18n/server";
import { audited } from "./action-support";

/** Where a resource write goes: the page's account and region (parsed from the action's input). */
export type WriteWhere = { accountId: string; region: string };

/**
 * One CVM write of a resource page (key pairs, placement groups, launch templates, HPC clusters, repair tasks),
 * recorded in the audit log either way. The role check and input parsing happen in the action, before this; errors
 * are rethrown for actionFailure. `detail` must never hold a secret (recordAudit redacts secret-looking keys too).
 * The call itself stays in the action (`client.call("<Action>", …)`), where the coverage test and a reader find it.
 */
export async function resourceWrite<R>(
  actor: SessionUser,
  where: WriteWhere,
  audit: { action: string; target: string; detail?: Record<string, unknown> },
  call: (client: CvmClient, opts: CallOptions) => Promise<R>,
): Promise<R> {
  const { locale } = await getI18n();
  const client = await getCvmClient(where.accountId);
  return audited(actor, { ...audit, detail: { region: where.region, accountId: where.accountId, ...audit.detail } }, () =>
    call(client, { region: where.region, language: locale }),
  );
}
