import type { Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";

/** The store kind under which instances live (one document per instance, keyed by InstanceId). */
export const INSTANCE_KIND = "instance";

/**
 * The seed's instance states (InstanceStatus, seed 37340–37388). The service-live-migrate states exist in
 * the table but the emulator never enters them.
 */
export const INSTANCE_STATES = [
  "PENDING",
  "LAUNCH_FAILED",
  "RUNNING",
  "STOPPED",
  "STARTING",
  "STOPPING",
  "REBOOTING",
  "SHUTDOWN",
  "TERMINATING",
  "ENTER_RESCUE_MODE",
  "RESCUE_MODE",
  "EXIT_RESCUE_MODE",
  "ENTER_SERVICE_LIVE_MIGRATE",
  "SERVICE_LIVE_MIGRATE",
  "EXIT_SERVICE_LIVE_MIGRATE",
] as const;
export type InstanceStateName = (typeof INSTANCE_STATES)[number];

/** Named constants for the states, e.g. `InstanceState.RUNNING`. */
export const InstanceState = Object.fromEntries(INSTANCE_STATES.map((s) => [s, s])) as { readonly [S in InstanceStateName]: S };

/** States that an operation in flight passes through (the instance is busy). */
export const TRANSITIONAL_STATES: readonly InstanceStateName[] = [
  "PENDING",
  "STARTING",
  "STOPPING",
  "REBOOTING",
  "TERMINATING",
  "ENTER_RESCUE_MODE",
  "EXIT_RESCUE_MODE",
  "ENTER_SERVICE_LIVE_MIGRATE",
  "EXIT_SERVICE_LIVE_MIGRATE",
];

/** Pseudo-state for `pending.to`: when the transition is due the record is deleted (terminated, released). */
export const RELEASED = "RELEASED";

/** Seed 37113: LatestOperationState values. */
export type LatestOperationState = "SUCCESS" | "OPERATING" | "FAILED";

/** A transition scheduled on the emulator clock; applied lazily when the record is next read. */
export interface PendingTransition {
  /** The action that started it, e.g. "StopInstances". */
  operation: string;
  /** The state to land in (or RELEASED to delete the instance). */
  to: string;
  /** Due time, ms on the emulator clock. */
  at: number;
  /** "After N describes" mode: also wait until this many DescribeInstances/Status calls have seen it. */
  describesLeft?: number;
  /** Land with LatestOperationState FAILED and this LatestOperationErrorMsg (e.g. a launchFailed fault). */
  failMessage?: string;
  /** Fields to apply together with the final state (e.g. StopChargingMode, PublicIpAddresses). */
  patch?: Partial<InstanceFields>;
}

/**
 * Emulator-only data kept beside the SDK fields; never sent to callers. Other engineers may add optional
 * fields here (keep them JSON-serialisable).
 */
export interface InstanceInternal {
  pending?: PendingTransition;
  /** Creation time in ms, for ordering (CreatedTime has only second precision). */
  createdAtMs: number;
  /** The login password as set (RunInstances / ResetInstancesPassword); never returned by Describe*. */
  password?: string;
  /** PREPAID purchase terms (seed InstanceChargePrepaid). */
  prepaid?: { period: number; renewFlag: string };
  /** SPOTPAID market options as requested (seed InstanceMarketOptionsRequest). */
  spot?: { maxPrice?: string; spotInstanceType?: string };
  /** When a prepaid instance went to the recycle bin (SHUTDOWN), ms. */
  isolatedAtMs?: number;
  /** When the launch failed (LAUNCH_FAILED), ms: the instance is released LAUNCH_FAILED_RETENTION_MS later. */
  failedAtMs?: number;
  /**
   * BANDWIDTH_PREPAID with recorded windows (ResetInstancesInternetMaxBandwidth StartTime–EndTime): when the public
   * bandwidth next changes, ms; InternetMaxBandwidthOut is recomputed from the windows then (network/bandwidth-schedule).
   */
  bandwidthSwitchAt?: number;
  /** UserData as sent (base64). */
  userData?: string;
  /** The RunInstances ClientToken that created it, if any. */
  clientToken?: string;
  /** Launch template the instance came from (accepted; resolved later). */
  launchTemplate?: { id: string; version?: number };
}

/** Instance fields the seed marks "may return null" (seed 37009, 37105, 37113, 37127, 37140, 37148, 37161, …). */
type NullableField =
  | "PublicIpAddresses"
  | "RenewFlag"
  | "ExpiredTime"
  | "LatestOperation"
  | "LatestOperationState"
  | "LatestOperationRequestId"
  | "IPv6Addresses"
  | "CamRoleName"
  | "RdmaIpAddresses"
  | "LatestOperationErrorMsg"
  | "PublicIPv6Addresses"
  | "IsolatedSource"
  | "GPUInfo"
  | "Metadata"
  | "CpuTopology";

/** Every SDK Instance field present (null only where the seed allows it). */
export type InstanceFields = Omit<Required<Instance>, NullableField> & {
  [K in NullableField]: NonNullable<Instance[K]> | null;
};

/** An instance as stored: the full SDK Instance plus emulator-only `internal` data. */
export type InstanceRecord = InstanceFields & { internal: InstanceInternal };

/** What DescribeInstances returns for a record: a copy without `internal`. */
export function toInstance(rec: Readonly<InstanceRecord>): Instance {
  const fields: Partial<InstanceRecord> = structuredClone(rec) as InstanceRecord;
  delete fields.internal;
  return fields as unknown as Instance;
}

export function isInstanceState(value: string): value is InstanceStateName {
  return (INSTANCE_STATES as readonly string[]).includes(value);
}

/** RUNNING → "Running", LAUNCH_FAILED → "LaunchFailed": the suffix of UnsupportedOperation.InstanceState<…>. */
export function statePascal(state: string): string {
  return state
    .toLowerCase()
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}
