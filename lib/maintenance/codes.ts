// Repair task vocabulary (RepairTaskInfo, DescribeTaskInfo seed 34182–34620, RepairTaskControl 34621–34905).
import type { MessageKey } from "@/lib/i18n/translate";

/** seed 34248–34262: TaskStatus. */
export const TASK_STATUS = { WAITING: 1, PROCESSING: 2, ENDED: 3, RESERVED: 4, CANCELLED: 5, AVOIDED: 6 } as const;
export const TASK_STATUSES = [1, 2, 3, 4, 5, 6] as const;
/** seed 34282–34294: TaskTypeId. */
export const TASK_TYPES = [101, 102, 103, 104, 105, 106, 107] as const;
/** seed 34216: Product. */
export const REPAIR_PRODUCTS = ["CVM", "CDH", "CPM2.0"] as const;

export const statusLabel = (s: number): MessageKey =>
  (TASK_STATUSES as readonly number[]).includes(s) ? (`maintenance.status.${s}` as MessageKey) : "common.unknown";
export const typeLabel = (t: number): MessageKey =>
  (TASK_TYPES as readonly number[]).includes(t) ? (`maintenance.type.${t}` as MessageKey) : "common.unknown";

export type StatusTone = "warning" | "accent" | "success" | "neutral";
export function statusTone(s: number): StatusTone {
  if (s === TASK_STATUS.WAITING) return "warning";
  if (s === TASK_STATUS.PROCESSING || s === TASK_STATUS.RESERVED) return "accent";
  if (s === TASK_STATUS.ENDED || s === TASK_STATUS.AVOIDED) return "success";
  return "neutral";
}

/**
 * What an authorisation means for the task's AuthType (seed 38717–38737): "1" online migration only, "2" shutdown
 * only, "3" online disk swap, "4" shutdown disk swap (default) or lossy migration, "5" shutdown (default) or lossy
 * migration, "6" online maintenance, "7" online maintenance (default) or shutdown, "8" lossy migration only.
 */
export function authMethods(authType: number): { default: MessageKey; lossyLocal: boolean } {
  const def: Record<number, MessageKey> = {
    1: "maintenance.auth.onlineMigration",
    2: "maintenance.auth.shutdown",
    3: "maintenance.auth.onlineDiskSwap",
    4: "maintenance.auth.shutdownDiskSwap",
    5: "maintenance.auth.shutdown",
    6: "maintenance.auth.onlineMaintenance",
    7: "maintenance.auth.onlineMaintenance",
    8: "maintenance.auth.lossyMigration",
  };
  return { default: def[authType] ?? "maintenance.auth.default", lossyLocal: authType === 4 || authType === 5 };
}

/** seed 38740–38751: who authorised (Waiting_auth means nobody yet). */
const AUTH_SOURCES = ["Customer_auth", "System_mandatory_auth", "Pre_policy_auth"];
export const authSourceLabel = (s: string): MessageKey | null => (AUTH_SOURCES.includes(s) ? (`maintenance.authSource.${s}` as MessageKey) : null);
