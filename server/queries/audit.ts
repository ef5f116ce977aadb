import "server-only";
import { requireRole } from "@/server/auth/session";
import { listAudit, listAuditActions, type AuditFilter } from "@/server/audit/log";
import { groupActions, type AuditFilterOptions } from "@/lib/audit/filters";
import { listUsers } from "@/server/users/store";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryView = Awaited<ReturnType<typeof listAudit>>[number];

/**
 * One page of the filtered audit log, newest first; `before` is the id of the last entry of the previous page.
 * Also the filter's choices: the users, and the action names the log holds, grouped by prefix.
 */
export async function listAuditAsAdmin(
  filter: AuditFilter,
  before?: string,
): Promise<{ entries: AuditEntryView[]; nextBefore: string | null; options: AuditFilterOptions }> {
  await requireRole("admin");
  // One extra row tells us whether an older page exists without a count query.
  const [rows, users, actions] = await Promise.all([listAudit({ limit: AUDIT_PAGE_SIZE + 1, before, filter }), listUsers(), listAuditActions()]);
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    entries,
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? entries[entries.length - 1].id : null,
    options: { users: users.map((u) => ({ id: u.id, email: u.email })), actionGroups: groupActions(actions) },
  };
}
