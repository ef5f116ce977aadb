import type { Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { ActionError } from "@/lib/action-result";

/**
 * What the operations need to know about an instance: a structural subset of the SDK's Instance (wire names
 * kept), so the list's rows, the detail page's instance or a live status update can all be passed as they are.
 */
export type OperationTarget = { InstanceId: string } & Partial<
  Pick<
    Instance,
    | "InstanceName"
    | "InstanceState"
    | "LatestOperation"
    | "LatestOperationState"
    | "InstanceChargeType"
    | "DisableApiTermination"
    | "StopChargingMode"
    | "CPU"
    | "Memory"
    | "InstanceType"
    | "Placement"
    | "SystemDisk"
    | "DataDisks"
    | "InternetAccessible"
    | "LoginSettings"
    | "SecurityGroupIds"
    | "VirtualPrivateCloud"
    | "ExpiredTime"
    | "RenewFlag"
    | "ImageId"
    | "OsName"
    | "DisasterRecoverGroupId"
    | "PublicIpAddresses"
  >
> & {
    /** The region the row was listed from (All regions mode); the page's region otherwise. */
    Region?: string;
  };

/** One server-action call's outcome for the instances it carried (Tencent errors apply to the whole call). */
export type ChunkOutcome =
  | { ok: true; instanceIds: string[]; requestId?: string }
  | { ok: false; instanceIds: string[]; error: ActionError };

/** What every instance write returns: the RequestId of the call, never a thrown error. */
export type InstanceWriteResult = { ok: true; requestId: string } | { ok: false; error: ActionError };
