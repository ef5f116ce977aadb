import "server-only";
import { recordAudit } from "@/server/audit/log";
import type { SessionUser } from "@/server/auth/session";
import { getCvmClient } from "@/server/cvm/for-account";
import { notifyInstancesChanged } from "@/server/status/registry";
import type { CvmClient } from "@/server/cvm/client";
import { getI18n } from "@/lib/i18n/server";

/** Where a write goes and which user intent it belongs to (parsed from the action's input). */
export interface WriteTarget {
  accountId: string;
  region: string;
  intentId?: string;
}

export interface InstanceWriteSpec {
  /** The audit action, e.g. "instance.stop". */
  audit: string;
  /** Every instance the call touches: one audit row each (target = InstanceId, read by the detail page). */
  instanceIds: readonly string[];
  /** What was asked, without secrets (passwords never reach this). */
  detail?: Record<string, unknown>;
}

export type CallContext = { client: CvmClient; region: string; language: "zh-CN" | "en-US" };

/**
 * Runs one CVM write for a set of instances and records it in the audit log once per instance, with the call's
 * RequestId (or the error code) so the detail page's history and Tencent support can find it, and nudges the live
 * status poller of the account + region. The role check
 * and input parsing happen in the action itself, before this. Errors are rethrown for actionFailure.
 */
export async function writeForInstances<R extends { RequestId: string }>(
  actor: SessionUser,
  where: WriteTarget,
  spec: InstanceWriteSpec,
  call: (ctx: CallContext) => Promise<R>,
): Promise<R> {
  const { locale } = await getI18n();
  const base = { ...spec.detail, region: where.region, accountId: where.accountId, ...(where.intentId ? { intentId: where.intentId } : {}) };
  const audit = (result: "ok" | "error", extra: Record<string, unknown>) =>
    Promise.all(
      spec.instanceIds.map((target) =>
        recordAudit({ userId: actor.id, action: spec.audit, target, detail: { ...base, ...extra }, result }).catch((auditErr: unknown) =>
          console.error("[audit] could not record", spec.audit, auditErr),
        ),
      ),
    );
  try {
    const client = await getCvmClient(where.accountId);
    const response = await call({ client, region: where.region, language: locale });
    // The shared status poller re-reads these at once, so every open page sees the transition start.
    notifyInstancesChanged(where.accountId, where.region, spec.instanceIds);
    await audit("ok", { requestId: response.RequestId });
    return response;
  } catch (err) {
    const { code, requestId } = (err ?? {}) as { code?: unknown; requestId?: unknown };
    await audit("error", {
      ...(typeof code === "string" ? { errorCode: code } : {}),
      ...(typeof requestId === "string" ? { requestId } : {}),
    });
    throw err;
  }
}
