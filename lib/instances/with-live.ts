import type { LiveStatus } from "@/lib/status/types";
import { RELEASED_STATE } from "./states";
import type { InstanceRow } from "./instance-view";

/**
 * The row with the live status laid over what the list returned (the live values are newer). A live
 * InstanceState of null means the instance is gone: it becomes RELEASED, never the state it was listed with, so
 * it shows as released and no operation counts it as eligible.
 */
export function withLive<R extends Pick<InstanceRow, "InstanceState" | "LatestOperation" | "LatestOperationState" | "LatestOperationErrorMsg">>(
  row: R,
  live: LiveStatus | undefined,
): R {
  if (!live) return row;
  return {
    ...row,
    InstanceState: live.InstanceState ?? RELEASED_STATE,
    LatestOperation: live.LatestOperation ?? row.LatestOperation,
    LatestOperationState: live.LatestOperationState ?? row.LatestOperationState,
    LatestOperationErrorMsg: live.LatestOperationErrorMsg ?? row.LatestOperationErrorMsg,
  };
}
