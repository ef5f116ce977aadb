import "server-only";
import type { CvmClient } from "@/server/cvm/client";
import { getCvmClient } from "@/server/cvm/for-account";
import type { StatusUpstream } from "./poller";

/**
 * The poller's two calls for one region through a CvmClient, so its rate limiter and circuit breaker apply.
 * `client` is looked up per call: new credentials for the account take effect without a restart.
 * Limit is sent explicitly: both actions return 20 by default even when given 100 InstanceIds (seed 20396).
 */
export function statusUpstream(client: () => Promise<CvmClient>, region: string): StatusUpstream {
  return {
    async describeStatus(ids, signal) {
      const res = await (await client()).call("DescribeInstancesStatus", { InstanceIds: ids, Limit: ids.length }, { region, signal });
      return (res.InstanceStatusSet ?? []).flatMap((s) =>
        s.InstanceId && s.InstanceState ? [{ InstanceId: s.InstanceId, InstanceState: s.InstanceState }] : [],
      );
    },
    async describeDetails(ids, signal) {
      const res = await (await client()).call("DescribeInstances", { InstanceIds: ids, Limit: ids.length }, { region, signal });
      return (res.InstanceSet ?? []).flatMap((i) =>
        i.InstanceId && i.InstanceState
          ? [
              {
                InstanceId: i.InstanceId,
                InstanceState: i.InstanceState,
                LatestOperation: i.LatestOperation ?? null,
                LatestOperationState: i.LatestOperationState ?? null,
                LatestOperationErrorMsg: i.LatestOperationErrorMsg ?? null,
              },
            ]
          : [],
      );
    },
  };
}

/** The upstream of a cloud account (its shared client from server/cvm/for-account.ts). */
export const cvmStatusUpstream = (accountId: string, region: string): StatusUpstream =>
  statusUpstream(() => getCvmClient(accountId), region);
