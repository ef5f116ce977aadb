import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { ValidationError } from "@/server/db/errors";
import type { Database } from "@/server/db/schema";

// The purchase intents (migration 0003): one row per submission of the wizard, holding the ClientToken of its
// RunInstances. Written BEFORE the first attempt, so every retry of the same submission (the client's own retries,
// or the user pressing "Try again" after a lost answer) sends the same token and the cloud replays its first answer
// (RunInstances seed 8771–8777) instead of buying twice.
//
// status: created (token stored, nothing sent) → sending (RunInstances sent at least once) → succeeded (instance
// ids known) | failed (the cloud said no: nothing was bought) | unknown (no answer: it may have been bought; only a
// retry with the same token can tell).

type Db = Kysely<Database>;

export type IntentStatus = "created" | "sending" | "succeeded" | "failed" | "unknown";

export interface PurchaseIntent {
  id: string;
  userId: string;
  accountId: string;
  region: string;
  clientToken: string;
  fingerprint: string;
  instanceCount: number;
  status: IntentStatus;
  attempts: number;
  instanceIds: string[] | null;
  requestId: string | null;
  errorCode: string | null;
}

type Row = Database["purchase_intents"];

function toIntent(r: Row): PurchaseIntent {
  let ids: string[] | null = null;
  try {
    ids = r.instance_ids ? (JSON.parse(r.instance_ids) as string[]) : null;
  } catch {
    ids = null;
  }
  return {
    id: r.id,
    userId: r.user_id,
    accountId: r.account_id,
    region: r.region,
    clientToken: r.client_token,
    fingerprint: r.fingerprint,
    instanceCount: Number(r.instance_count),
    status: r.status as IntentStatus,
    attempts: Number(r.attempts),
    instanceIds: ids,
    requestId: r.request_id,
    errorCode: r.error_code,
  };
}

export async function getIntent(db: Db, id: string): Promise<PurchaseIntent | null> {
  const row = await db.selectFrom("purchase_intents").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toIntent(row) : null;
}

export interface OpenIntentInput {
  id: string;
  userId: string;
  accountId: string;
  region: string;
  fingerprint: string;
  instanceCount: number;
}

/**
 * The intent of a submission: created with a fresh ClientToken the first time, the stored one on every retry. A
 * retry must be the same user, account, region and request (fingerprint), else it is refused: a changed
 * configuration is a new purchase and needs a new submission.
 */
export async function openIntent(db: Db, input: OpenIntentInput, now = Date.now()): Promise<PurchaseIntent> {
  const existing = await getIntent(db, input.id);
  if (existing) return checkSame(existing, input);
  // seed 8777: at most 64 ASCII characters; a UUID is 36.
  const clientToken = randomUUID();
  await db
    .insertInto("purchase_intents")
    .values({
      id: input.id,
      user_id: input.userId,
      account_id: input.accountId,
      region: input.region,
      client_token: clientToken,
      fingerprint: input.fingerprint,
      instance_count: input.instanceCount,
      status: "created",
      attempts: 0,
      instance_ids: null,
      request_id: null,
      error_code: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("id").doNothing()) // two tabs racing on one submission: the first row wins
    .execute();
  return checkSame((await getIntent(db, input.id))!, input);
}

function checkSame(intent: PurchaseIntent, input: OpenIntentInput): PurchaseIntent {
  const same =
    intent.userId === input.userId && intent.accountId === input.accountId && intent.region === input.region && intent.fingerprint === input.fingerprint;
  if (!same) throw new ValidationError({ form: "purchase.error.intentChanged" });
  return intent;
}

export async function markSending(db: Db, id: string, now = Date.now()): Promise<void> {
  const row = await db.selectFrom("purchase_intents").select("attempts").where("id", "=", id).executeTakeFirstOrThrow();
  await db
    .updateTable("purchase_intents")
    .set({ status: "sending", attempts: Number(row.attempts) + 1, error_code: null, updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function markSucceeded(db: Db, id: string, instanceIds: string[], requestId: string, now = Date.now()): Promise<void> {
  await db
    .updateTable("purchase_intents")
    .set({ status: "succeeded", instance_ids: JSON.stringify(instanceIds), request_id: requestId, error_code: null, updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function markFailed(
  db: Db,
  id: string,
  outcome: { status: "failed" | "unknown"; errorCode: string; requestId?: string },
  now = Date.now(),
): Promise<void> {
  await db
    .updateTable("purchase_intents")
    .set({ status: outcome.status, error_code: outcome.errorCode, request_id: outcome.requestId ?? null, updated_at: now })
    .where("id", "=", id)
    .execute();
}
