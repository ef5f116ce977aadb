import "server-only";
import { recordAudit } from "@/server/audit/log";
import type { SessionUser } from "@/server/auth/session";
import type { CvmClient } from "@/server/cvm/client";
import { getCvmClient } from "@/server/cvm/for-account";
import { getI18n } from "@/lib/i18n/server";

// One CVM write on images, hosts or CHC servers, recorded in the audit log once per target with the call's RequestId
// (or the error code), so Tencent support and the audit page can find it. The role check and input parsing happen
// in the action itself, before this; errors are rethrown for actionFailure.

export interface CloudWriteSpec {
  accountId: string;
  region: string;
  /** The audit action, e.g. "image.share". */
  audit: string;
  /** One audit row per target (an image, host or CHC id). */
  targets: readonly string[];
  /** What was asked, never a secret (passwords are left out by the caller). */
  detail?: Record<string, unknown>;
}

export type WriteContext = { client: CvmClient; region: string; language: "zh-CN" | "en-US" };

/** seed: a DryRun that would succeed is answered with the error DryRunOperation by several actions. */
export const DRY_RUN_OK = "DryRunOperation";

export async function cloudWrite<R extends { RequestId?: string }>(actor: SessionUser, spec: CloudWriteSpec, call: (ctx: WriteContext) => Promise<R>): Promise<R> {
  const { locale } = await getI18n();
  const base = { ...spec.detail, region: spec.region, accountId: spec.accountId };
  const audit = (result: "ok" | "error", extra: Record<string, unknown>) =>
    Promise.all(
      spec.targets.map((target) =>
        recordAudit({ userId: actor.id, action: spec.audit, target, detail: { ...base, ...extra }, result }).catch((auditErr: unknown) =>
          console.error("[audit] could not record", spec.audit, auditErr),
        ),
      ),
    );
  try {
    const client = await getCvmClient(spec.accountId);
    const response = await call({ client, region: spec.region, language: locale });
    await audit("ok", { requestId: response.RequestId });
    return response;
  } catch (err) {
    const { code, requestId } = (err ?? {}) as { code?: unknown; requestId?: unknown };
    await audit("error", { ...(typeof code === "string" ? { errorCode: code } : {}), ...(typeof requestId === "string" ? { requestId } : {}) });
    throw err;
  }
}

/** A read-only check (DryRun): nothing changes, so nothing is audited. DryRunOperation counts as "would succeed". */
export async function cloudCheck<R>(accountId: string, call: (ctx: WriteContext) => Promise<R>, region: string): Promise<R | null> {
  const { locale } = await getI18n();
  const client = await getCvmClient(accountId);
  try {
    return await call({ client, region, language: locale });
  } catch (err) {
    if ((err as { code?: unknown })?.code === DRY_RUN_OK) return null;
    throw err;
  }
}
