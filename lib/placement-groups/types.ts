// What GET /api/placement-groups answers. Wire names as Tencent spells them.
export interface PlacementGroupRow {
  DisasterRecoverGroupId: string;
  Name: string;
  Type: string;
  CvmQuotaTotal: number;
  CurrentNum: number;
  InstanceIds: string[];
  Affinity: number;
  CreateTime: string;
}

/** DescribeDisasterRecoverGroupQuota (seed 24170): how many groups, and how many instances per group by type. */
export interface PlacementGroupQuota {
  GroupQuota: number;
  CurrentNum: number;
  CvmInHostGroupQuota: number;
  CvmInSwitchGroupQuota: number;
  CvmInRackGroupQuota: number;
}

export interface PlacementGroupList {
  TotalCount: number;
  DisasterRecoverGroupSet: PlacementGroupRow[];
  Quota: PlacementGroupQuota;
}
