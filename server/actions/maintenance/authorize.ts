"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { parseBeijingTime, reservationProblem } from "@/lib/maintenance/beijing-time";
import { AuthorizeRepairInput } from "@/lib/maintenance/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";
import { InputError } from "../action-error";
import { ZodError } from "zod";

/**
 * RepairTaskControl (seed 34621–34905): authorise a waiting repair task now, or at a reserved time at least 5 minutes
 * and at most 48 hours ahead (checked here first, so the user gets a field error rather than InvalidParameter).
 */
export async function authorizeRepairTask(input: AuthorizeRepairInput): Promise<ActionResult<{ taskId: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(AuthorizeRepairInput, input);
    const at = p.OrderAuthTime ? parseBeijingTime(p.OrderAuthTime) : null;
    const problem = at === null ? null : reservationProblem(at, Date.now());
    if (problem) {
      const message = problem === "tooSoon" ? "maintenance.validation.tooSoon" : "maintenance.validation.tooLate";
      throw new InputError(new ZodError([{ code: "custom", path: ["OrderAuthTime"], message, input: p.OrderAuthTime }]));
    }
    const params = {
      Product: p.Product,
      InstanceIds: [p.InstanceId],
      TaskId: p.TaskId,
      Operate: "AuthorizeRepair",
      ...(p.OrderAuthTime ? { OrderAuthTime: p.OrderAuthTime } : {}),
      ...(p.LossyLocal ? { TaskSubMethod: "LossyLocal" } : {}),
    };
    const audit = { action: "repairTask.authorize", target: p.TaskId, detail: { InstanceId: p.InstanceId, OrderAuthTime: p.OrderAuthTime ?? null, LossyLocal: p.LossyLocal } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("RepairTaskControl", params, opts),
    );
    return { ok: true, taskId: res.TaskId ?? p.TaskId, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
