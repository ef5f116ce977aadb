"use server";

import { requireRole } from "@/server/auth/session";
import { getConsoleContext } from "@/server/context";
import { ValidationError } from "@/server/db/errors";
import { createSharedView as storeCreateSharedView } from "@/server/shared-views/store";
import { parseSearch } from "@/lib/instances/search-syntax";
import { CreateSharedViewInput, type SharedViewSummary } from "@/lib/shared-views/schema";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/**
 * Creates a read-only link to the instance list as the caller sees it now: the current cloud account and region
 * (or every region), a search and the columns. Operators and admins only: a link shows the fleet to people who
 * are not signed in. The token is in `path` here and nowhere else, ever.
 */
export async function createSharedView(input: CreateSharedViewInput): Promise<ActionResult<{ view: SharedViewSummary; path: string }>> {
  try {
    const actor = await requireRole("operator");
    const data = parseInput(CreateSharedViewInput, input);
    if (parseSearch(data.q).errors.length) throw new ValidationError({ q: "sharedViews.error.badSearch" });
    const { account, region } = await getConsoleContext();
    if (!account) throw new ValidationError({ form: "sharedViews.error.noAccount" });
    const detail = { name: data.name, accountId: account.id, region, scope: data.scope, q: data.q, columns: data.columns, days: data.days };
    const { view, token } = await audited(actor, { action: "sharedView.create", target: data.name, detail }, () =>
      storeCreateSharedView({ ...detail, createdBy: actor.id }),
    );
    return { ok: true, view, path: `/shared/${token}` };
  } catch (err) {
    return actionFailure(err);
  }
}
