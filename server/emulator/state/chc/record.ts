import type { Tag } from "../instances/tags";
import type { ScheduledTransition } from "../hosts/pending";

/** The store kind of CHC physical servers (one document per server, keyed by ChcId). */
export const CHC_KIND = "chc";

/**
 * seed 35921–35936: INIT (录入, no networks yet) | READY (带外和部署网络已配置) | PREPARED (可分配云主机) |
 * ONLINE (已分配云主机) | OPERATING (操作中, e.g. configuring the out-of-band network) | CLEAR_NETWORK_FAILED.
 */
export const CHC_STATES = ["INIT", "READY", "PREPARED", "ONLINE", "OPERATING", "CLEAR_NETWORK_FAILED"] as const;
export type ChcState = (typeof CHC_STATES)[number];

/** One of a server's two networks: out-of-band (BMC) or deploy (PXE). */
export interface ChcNetwork {
  VpcId: string;
  SubnetId: string;
  Ip: string;
  Mac: string;
  SecurityGroupIds: string[];
}

/** ChcDeployExtraConfig (seed 35870–35896). */
export interface ChcDeployConfig {
  MiniOsType: string;
  BootType: string;
  BootFile: string;
  NextServerAddress: string;
}

/** A CHC server as stored: its own facts; the ChcHost view (query.ts) is derived from them. */
export interface ChcRecord {
  ChcId: string;
  InstanceName: string;
  SerialNumber: string;
  InstanceState: ChcState;
  DeviceType: string;
  Zone: string;
  /** Beijing time "YYYY-MM-DD hh:mm:ss" (seed 23737). */
  CreatedTime: string;
  bmc: ChcNetwork | null;
  deploy: ChcNetwork | null;
  deployExtra: ChcDeployConfig | null;
  CvmInstanceId: string;
  Tags: Tag[];
  LatestOperation: string;
  LatestOperationName: string;
  LatestOperationState: string;
  LatestOperationErrorCode: string;
  LatestOperationErrorMsg: string;
  internal: {
    /** The next state change on the clock, and (once a configuration lands READY) the one after it. */
    pending?: ScheduledTransition<ChcState> & { then?: { operation: string; to: ChcState; defaultMs: number } };
    /** ModifyChcAttribute's BMC login; never returned. */
    bmcUser?: string;
    bmcPassword?: string;
  };
}
