"use server";

import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db/connection";
import { getCvmClient } from "@/server/cvm/for-account";
import { getI18n } from "@/lib/i18n/server";
import { BuyInstancesInput } from "@/lib/purchase/schemas";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, parseInput } from "../action-support";
import { submitPurchase } from "./submit";

export type BuyInstancesResult = ActionResult<{ intentId: string; instanceIds: string[]; requestId: string; replayed: boolean }>;

/**
 * RunInstances from the wizard (seed 8550–9865): DryRun, then the real call with the submission's ClientToken,
 * stored before the first attempt (see intents.ts). Sending the same intentId again retries safely.
 */
export async function buyInstances(input: BuyInstancesInput): Promise<BuyInstancesResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(BuyInstancesInput, input);
    const [db, client, { locale }] = await Promise.all([getDb(), getCvmClient(p.accountId), getI18n()]);
    const out = await submitPurchase({ db, client, language: locale }, { intentId: p.intentId, userId: actor.id, accountId: p.accountId, config: p.config });
    return { ok: true, ...out };
  } catch (err) {
    return actionFailure(err);
  }
}
