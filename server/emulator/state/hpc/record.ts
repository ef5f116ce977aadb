import type { Tag } from "../instances/tags";

/** The store kind of HPC clusters (one document per cluster, keyed by HpcClusterId). */
export const HPC_CLUSTER_KIND = "hpc-cluster";

/** seed 35330: "当前有三个取值：分别是CDC/CHC/STANDARD，其中STANDARD是默认的标准模式". */
export const HPC_CLUSTER_TYPES = ["CDC", "CHC", "STANDARD"];

/**
 * A cluster as stored: the HpcClusterInfo fields (seed 36670–36736) that belong to it. InstanceIds and CurrentNum
 * are computed from the instances whose HpcClusterId names it (membership.ts).
 */
export interface HpcClusterRecord {
  HpcClusterId: string;
  Name: string;
  Remark: string;
  CvmQuotaTotal: number;
  Zone: string;
  /** ISO 8601 (seed 35041). */
  CreateTime: string;
  HpcClusterType: string;
  HpcClusterBusinessId: string;
  HpcClusterNetMode: number;
  Tags: Tag[];
  internal: { createdAtMs: number };
}
