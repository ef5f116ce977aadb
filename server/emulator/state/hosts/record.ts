import type { Tag } from "../instances/tags";
import type { ScheduledTransition } from "./pending";

/** The store kind of CDH hosts (one document per host, keyed by HostId); RunInstances checks it too. */
export const HOST_KIND = "host";

/** seed 22183: the host states (PENDING 创建中 | LAUNCH_FAILURE 创建失败 | RUNNING 运行中 | EXPIRED 已过期). */
export const HOST_STATES = ["PENDING", "LAUNCH_FAILURE", "RUNNING", "EXPIRED"] as const;
export type HostState = (typeof HOST_STATES)[number];

/** seed 35856–35862: RenewFlag values (ChargePrepaid). */
export const HOST_RENEW_FLAGS = ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW", "DISABLE_NOTIFY_AND_MANUAL_RENEW"];

/**
 * A host as stored: the HostItem fields (seed 36504–36594) that belong to the host itself. InstanceIds and
 * HostResource are not stored: they are computed from the instances that name the host (capacity.ts), so they
 * can never drift from the instances that really exist.
 */
export interface HostRecord {
  HostId: string;
  HostType: string;
  HostName: string;
  Placement: { Zone: string; ProjectId: number };
  HostChargeType: "PREPAID";
  RenewFlag: string;
  /** ISO 8601 (seed 36552). */
  CreatedTime: string;
  ExpiredTime: string;
  HostState: HostState;
  HostIp: string;
  CageId: string;
  Tags: Tag[];
  internal: {
    createdAtMs: number;
    pending?: ScheduledTransition<HostState>;
  };
}
