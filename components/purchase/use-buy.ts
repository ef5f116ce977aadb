"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ActionError } from "@/lib/action-result";
import { instanceKeys } from "@/lib/instances/query-keys";
import type { PurchaseConfig } from "@/lib/purchase/config";
import { purchaseKeys } from "@/lib/purchase/keys";
import { isUncertainOutcome } from "@/lib/purchase/outcome";
import { canonicalJson, toRunInstancesRequest } from "@/lib/purchase/request";
import { buyInstances } from "@/server/actions/purchase/buy";

export type BuyOutcome =
  | { kind: "bought"; instanceIds: string[]; requestId: string; replayed: boolean; region: string; names: string }
  | { kind: "failed"; error: ActionError; uncertain: boolean };

/**
 * The Buy button's state machine. One ClientToken per submission (issue 6): the browser makes the submission id
 * once per Buy, the server stores its token before the first attempt; pressing Buy again after an unknown outcome
 * with the configuration unchanged is the same submission (same token), anything else a new one.
 */
export function useBuy(accountId: string, lostMessage: string) {
  const queryClient = useQueryClient();
  const [submission, setSubmission] = useState<{ intentId: string; key: string } | null>(null);
  const [outcome, setOutcome] = useState<BuyOutcome | null>(null);
  const mutation = useMutation({ mutationFn: buyInstances });

  const buy = async (config: PurchaseConfig) => {
    const key = canonicalJson(toRunInstancesRequest(config));
    const reuse = submission && submission.key === key && outcome?.kind === "failed";
    const intentId = reuse ? submission.intentId : crypto.randomUUID();
    setSubmission({ intentId, key });
    // The action's own answer can be lost too (the browser's connection): just as unknown, retried the same way.
    const result = await mutation
      .mutateAsync({ intentId, accountId, config })
      .catch((): { ok: false; error: ActionError } => ({ ok: false, error: { code: "ClientNetworkError", message: lostMessage } }));
    // Bought, or perhaps bought: the list and the quota may have changed either way.
    void queryClient.invalidateQueries({ queryKey: instanceKeys.all(accountId) });
    void queryClient.invalidateQueries({ queryKey: purchaseKeys.quota(accountId, config.region) });
    if (result.ok) {
      setOutcome({ kind: "bought", instanceIds: result.instanceIds, requestId: result.requestId, replayed: result.replayed, region: config.region, names: config.instanceName });
    } else {
      setOutcome({ kind: "failed", error: result.error, uncertain: isUncertainOutcome(result.error.code) });
    }
    return result;
  };

  const reset = () => {
    setOutcome(null);
    setSubmission(null);
  };

  /** Whether Buy now would be the same submission as the last one (so a retry with its ClientToken). */
  const isSameSubmission = (config: PurchaseConfig) => submission !== null && submission.key === canonicalJson(toRunInstancesRequest(config));

  return { buy, reset, outcome, buying: mutation.isPending, isSameSubmission };
}
