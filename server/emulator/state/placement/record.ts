// Spread placement groups (DisasterRecoverGroup, seed 36287–36348): one document per group under the store kind
// "disaster-recover-group", keyed by DisasterRecoverGroupId. Membership lives on both sides (the group's
// InstanceIds and each instance's DisasterRecoverGroupId); repo.ts drops members that no longer exist.
import type { Tag } from "../instances/tags";
import { DISASTER_RECOVER_GROUP_QUOTA } from "../quota";

export const DISASTER_RECOVER_GROUP_KIND = "disaster-recover-group";

/** seed 24358–24366: HOST 物理机, SW 交换机, RACK 机架. */
export const GROUP_TYPES = ["HOST", "SW", "RACK"] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/**
 * How many instances a group of each type holds: DescribeDisasterRecoverGroupQuota's CvmIn*GroupQuota (seed
 * 24228 example: 50 / 20 / 30), as CreateDisasterRecoverGroup's example (HOST → CvmQuotaTotal 50, seed 24458) and
 * DescribeDisasterRecoverGroups' (RACK → 30, seed 24058) show.
 */
export const GROUP_CAPACITY: Readonly<Record<GroupType, number>> = {
  HOST: DISASTER_RECOVER_GROUP_QUOTA.CvmInHostGroupQuota,
  SW: DISASTER_RECOVER_GROUP_QUOTA.CvmInSwitchGroupQuota,
  RACK: DISASTER_RECOVER_GROUP_QUOTA.CvmInRackGroupQuota,
};

/** seed 24380: Affinity 1–10, default 1. */
export const MIN_AFFINITY = 1;
export const MAX_AFFINITY = 10;
/** seed 24353 / 24592: Name "长度1-60个字符". */
export const MAX_GROUP_NAME = 60;

/** A group as stored and as DescribeDisasterRecoverGroups returns it (every field of seed 36287–36348). */
export interface GroupRecord {
  DisasterRecoverGroupId: string;
  Name: string;
  Type: string;
  CvmQuotaTotal: number;
  CurrentNum: number;
  InstanceIds: string[];
  /** ISO 8601, UTC (seed 36332). */
  CreateTime: string;
  Affinity: number;
  Tags: Tag[];
}

export const isGroupType = (value: string): value is GroupType => (GROUP_TYPES as readonly string[]).includes(value);
