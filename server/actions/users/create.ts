"use server";

import { requireRole } from "@/server/auth/session";
import { createUser as storeCreateUser, type UserView } from "@/server/users/store";
import { CreateUserInput } from "@/lib/schemas/users";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

export async function createUser(input: CreateUserInput): Promise<ActionResult<{ user: UserView }>> {
  try {
    const actor = await requireRole("admin");
    const data = parseInput(CreateUserInput, input);
    const user = await audited(
      actor,
      { action: "user.create", target: data.email, detail: { name: data.name, role: data.role } },
      () => storeCreateUser(data),
    );
    return { ok: true, user };
  } catch (err) {
    return actionFailure(err);
  }
}
