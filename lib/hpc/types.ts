// What GET /api/hpc-clusters answers. Wire names as Tencent spells them.
export interface HpcClusterRow {
  HpcClusterId: string;
  Name: string;
  Remark: string;
  Zone: string;
  HpcClusterType: string;
  CvmQuotaTotal: number;
  CurrentNum: number;
  InstanceIds: string[];
  CreateTime: string;
}

export interface HpcClusterList {
  TotalCount: number;
  HpcClusterSet: HpcClusterRow[];
}
