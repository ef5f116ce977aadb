// What a CHC server may not do in its current state (DescribeChcDeniedActions, seed 22848–23047), and the refusal
// each action gives. Derived from the state table (seed 35921–35936) and the networks the server has:
//
//   INIT, no network          only ConfigureChcAssistVpc (nothing to remove, deploy needs out-of-band first)
//   INIT, out-of-band only    ConfigureChcDeployVpc, RemoveChcAssistVpc, ModifyChcAttribute
//   READY                     Remove*, ModifyChcAttribute (not yet checked: no RunInstances)
//   PREPARED                  Remove*, ModifyChcAttribute, RunInstances ("可分配云主机")
//   ONLINE                    ModifyChcAttribute (a CVM runs on it: its networks stay)
//   CLEAR_NETWORK_FAILED      Remove* (retry), ModifyChcAttribute
//   OPERATING                 nothing
//
// The seed's example lists ["ConfigureChcAssistVpc", "RunInstances"] for an INIT server (seed 22943–22953), which
// would leave a new server no way to get its networks; the state descriptions are followed instead.
import { ApiError } from "../../protocol/errors";
import type { ChcRecord } from "./record";

/** The actions a CHC server's state can deny. */
export const CHC_ACTIONS = ["ConfigureChcAssistVpc", "ConfigureChcDeployVpc", "RemoveChcAssistVpc", "RemoveChcDeployVpc", "ModifyChcAttribute", "RunInstances"] as const;
export type ChcAction = (typeof CHC_ACTIONS)[number];

function allowedActions(rec: Readonly<ChcRecord>): readonly ChcAction[] {
  switch (rec.InstanceState) {
    case "INIT":
      return rec.bmc ? ["ConfigureChcDeployVpc", "RemoveChcAssistVpc", "ModifyChcAttribute"] : ["ConfigureChcAssistVpc"];
    case "READY":
    case "CLEAR_NETWORK_FAILED":
      return ["RemoveChcAssistVpc", "RemoveChcDeployVpc", "ModifyChcAttribute"];
    case "PREPARED":
      return ["RemoveChcAssistVpc", "RemoveChcDeployVpc", "ModifyChcAttribute", "RunInstances"];
    case "ONLINE":
      return ["ModifyChcAttribute"];
    default:
      return [];
  }
}

export function deniedActions(rec: Readonly<ChcRecord>): ChcAction[] {
  const allowed = allowedActions(rec);
  return CHC_ACTIONS.filter((a) => !allowed.includes(a));
}

/**
 * Refuses `action` on a server whose state denies it: a deploy network that already exists →
 * InvalidParameterValue.DeployVpcAlreadyExists (seed 22813); ModifyChcAttribute on a server with no network →
 * InvalidParameterValue.ChcNetworkEmpty (seed 23200); anything else → InvalidHost.NotSupported ("不支持该宿主机
 * 实例执行指定的操作", seed 22602).
 */
export function assertChcAllows(rec: Readonly<ChcRecord>, action: ChcAction): void {
  if (!deniedActions(rec).includes(action)) return;
  if (action === "ConfigureChcDeployVpc" && rec.deploy) {
    throw new ApiError("InvalidParameterValue.DeployVpcAlreadyExists", { en: `The CHC server ${rec.ChcId} already has a deploy network.`, zh: `CHC物理服务器 ${rec.ChcId} 已经存在部署VPC。` });
  }
  if (action === "ModifyChcAttribute" && !rec.bmc && !rec.deploy) {
    throw new ApiError("InvalidParameterValue.ChcNetworkEmpty", { en: `The CHC server ${rec.ChcId} has no network configured.`, zh: `CHC物理服务器 ${rec.ChcId} 未配置任何网络。` });
  }
  throw new ApiError("InvalidHost.NotSupported", {
    en: `The CHC server ${rec.ChcId} is ${rec.InstanceState}${rec.InstanceState === "INIT" && rec.bmc ? " (out-of-band network only)" : ""}; ${action} is not allowed now.`,
    zh: `CHC物理服务器 ${rec.ChcId} 当前状态为 ${rec.InstanceState}，不支持 ${action}。`,
  });
}
