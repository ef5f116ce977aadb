import "server-only";
import { requireRole } from "@/server/auth/session";
import { listAudit } from "@/server/audit/log";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryView = Awaited<ReturnType<typeof listAudit>>[number];

/** One page of the audit log, newest first; `before` is the id of the last entry of the previous page. */
export async function listAuditAsAdmin(before?: string): Promise<{ entries: AuditEntryView[]; nextBefore: string | null }> {
  await requireRole("admin");
  // One extra row tells us whether an older page exists without a count query.
  const rows = await listAudit({ limit: AUDIT_PAGE_SIZE + 1, before });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, nextBefore: rows.length > AUDIT_PAGE_SIZE ? entries[entries.length - 1].id : null };
}
