import "server-only";
import { getI18n } from "@/lib/i18n/server";
import type { ActionError } from "@/lib/action-result";
import { recordAudit } from "@/server/audit/log";
import type { SessionUser } from "@/server/auth/session";
import { toActionError } from "./action-error";

export { parseInput } from "./action-error";

/** The `{ ok: false }` branch of every action, in the caller's language. */
export async function actionFailure(err: unknown): Promise<{ ok: false; error: ActionError }> {
  const { t } = await getI18n();
  return { ok: false, error: toActionError(err, t) };
}

type AuditEntry = { action: string; target: string; detail?: Record<string, unknown> };

/**
 * Runs the state-changing call and records it in the audit log either way. Detail must never hold a secret.
 * A failure to write the audit row is logged but does not undo or hide a change that already happened.
 */
export async function audited<T>(actor: SessionUser, entry: AuditEntry, call: () => Promise<T>): Promise<T> {
  const write = (result: "ok" | "error", extra?: Record<string, unknown>) => {
    const detail = entry.detail || extra ? { ...entry.detail, ...extra } : null;
    return recordAudit({ userId: actor.id, action: entry.action, target: entry.target, detail, result }).catch(
      (auditErr: unknown) => console.error("[audit] could not record", entry.action, auditErr),
    );
  };
  try {
    const value = await call();
    await write("ok");
    return value;
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    await write("error", typeof code === "string" ? { errorCode: code } : undefined);
    throw err;
  }
}
