import "server-only";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { recordAudit } from "@/server/audit/log";
import type { CvmClient } from "@/server/cvm/client";
import { isCloudApiError, isRetryable } from "@/server/cvm/errors";
import type { Database } from "@/server/db/schema";
import type { PurchaseConfig } from "@/lib/purchase/config";
import { canonicalJson, redactRequest, toRunInstancesRequest, type RunInstancesParams } from "@/lib/purchase/request";
import { markFailed, markSending, markSucceeded, openIntent } from "./intents";

// Validate, then buy (issue 6): a DryRun first (RunInstances seed 8851–8862: checks parameters, limits and stock
// without creating anything), then the real RunInstances with the submission's stored ClientToken.

export interface SubmitDeps {
  db: Kysely<Database>;
  client: CvmClient;
  language: "zh-CN" | "en-US";
}

export interface SubmitInput {
  /** Chosen by the browser once per submission; retries carry the same id. */
  intentId: string;
  userId: string;
  accountId: string;
  config: PurchaseConfig;
}

export interface SubmitOutcome {
  intentId: string;
  instanceIds: string[];
  requestId: string;
  /** True when this submission had already succeeded: nothing was sent this time. */
  replayed: boolean;
}

/** The request's identity without its secret: the same configuration always gives the same fingerprint. */
export function fingerprintRequest(request: RunInstancesParams): string {
  return createHash("sha256").update(canonicalJson(redactRequest(request))).digest("hex");
}

/** seed 8858: a DryRun that would succeed answers the error DryRunOperation. */
const DRY_RUN_OK = "DryRunOperation";

/** What audit rows say about a purchase (never the password: toRunInstancesRequest's login is left out). */
function auditDetail(c: PurchaseConfig, intentId: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    region: c.region,
    zone: c.zone,
    instanceType: c.instanceType,
    chargeType: c.chargeType,
    count: c.count,
    imageId: c.imageId,
    intentId,
    ...extra,
  };
}

export async function submitPurchase(deps: SubmitDeps, input: SubmitInput): Promise<SubmitOutcome> {
  const { db, client, language } = deps;
  const { config } = input;
  const request = toRunInstancesRequest(config);
  const intent = await openIntent(db, {
    id: input.intentId,
    userId: input.userId,
    accountId: input.accountId,
    region: config.region,
    fingerprint: fingerprintRequest(request),
    instanceCount: config.count,
  });
  if (intent.status === "succeeded" && intent.instanceIds) {
    return { intentId: intent.id, instanceIds: intent.instanceIds, requestId: intent.requestId ?? "", replayed: true };
  }

  const opts = { region: config.region, language };
  // Only before anything was sent: once RunInstances may have committed, its instances already hold the quota that
  // a second DryRun would count against this very purchase, and the retry must go straight to the stored token.
  if (intent.status === "created" || intent.status === "failed") {
    try {
      await client.call("RunInstances", { ...(request as RunInstancesRequest), DryRun: true }, opts);
    } catch (err) {
      if (!(isCloudApiError(err) && err.code === DRY_RUN_OK)) {
        await audit(input, "error", auditDetail(config, intent.id, { dryRun: true, ...errorDetail(err) }));
        throw err;
      }
    }
  }

  await markSending(db, intent.id);
  try {
    // The client retries this call itself on throttling and transient failures: safe, it carries the ClientToken.
    const res = await client.call("RunInstances", { ...(request as RunInstancesRequest), ClientToken: intent.clientToken }, opts);
    const ids = res.InstanceIdSet ?? [];
    await markSucceeded(db, intent.id, ids, res.RequestId ?? "");
    await Promise.all(
      ids.map((id) => audit(input, "ok", auditDetail(config, intent.id, { requestId: res.RequestId, attempt: intent.attempts + 1 }), id)),
    );
    return { intentId: intent.id, instanceIds: ids, requestId: res.RequestId ?? "", replayed: false };
  } catch (err) {
    // A Tencent "no" means nothing was bought; no answer at all (or a transient one) means it may have been.
    const definitive = isCloudApiError(err) && !isRetryable(err.code) && !err.code.startsWith("Client");
    const { errorCode, requestId } = errorDetail(err);
    await markFailed(db, intent.id, { status: definitive ? "failed" : "unknown", errorCode: errorCode ?? "InternalError", ...(requestId ? { requestId } : {}) });
    await audit(input, "error", auditDetail(config, intent.id, { errorCode, requestId, attempt: intent.attempts + 1 }));
    throw err;
  }

  async function audit(i: SubmitInput, result: "ok" | "error", detail: Record<string, unknown>, target?: string): Promise<void> {
    // A lost audit row is logged, never allowed to hide a purchase that happened.
    await recordAudit({ userId: i.userId, action: "instance.run", target: target ?? `purchase:${i.intentId}`, detail, result }, db).catch(
      (auditErr: unknown) => console.error("[audit] could not record instance.run", auditErr),
    );
  }
}

function errorDetail(err: unknown): { errorCode?: string; requestId?: string } {
  const { code, requestId } = (err ?? {}) as { code?: unknown; requestId?: unknown };
  return { ...(typeof code === "string" ? { errorCode: code } : {}), ...(typeof requestId === "string" ? { requestId } : {}) };
}
