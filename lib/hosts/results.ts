import type { ActionResult } from "@/lib/action-result";

// What the host and CHC server actions answer (never a thrown error, never a secret).
export type HostWriteResult = ActionResult<{ requestId: string }>;
export type AllocateHostsResult = ActionResult<{ requestId: string; hostIds: string[] }>;
