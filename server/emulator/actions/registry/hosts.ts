import AllocateHosts from "../AllocateHosts";
import ConfigureChcAssistVpc from "../ConfigureChcAssistVpc";
import ConfigureChcDeployVpc from "../ConfigureChcDeployVpc";
import CreateHpcCluster from "../CreateHpcCluster";
import DeleteHpcClusters from "../DeleteHpcClusters";
import DescribeChcDeniedActions from "../DescribeChcDeniedActions";
import DescribeChcHosts from "../DescribeChcHosts";
import DescribeHosts from "../DescribeHosts";
import DescribeHpcClusters from "../DescribeHpcClusters";
import DescribeTaskInfo from "../DescribeTaskInfo";
import InquiryPriceRenewHosts from "../InquiryPriceRenewHosts";
import ModifyChcAttribute from "../ModifyChcAttribute";
import ModifyHostsAttribute from "../ModifyHostsAttribute";
import ModifyHpcClusterAttribute from "../ModifyHpcClusterAttribute";
import RemoveChcAssistVpc from "../RemoveChcAssistVpc";
import RemoveChcDeployVpc from "../RemoveChcDeployVpc";
import RenewHosts from "../RenewHosts";
import RepairTaskControl from "../RepairTaskControl";
import type { ActionHandler } from "../types";

/** Dedicated hosts (cdh), hosted physical servers (chc), HPC clusters (hpc) and repair tasks (repair). */
export const hostsActions: Record<string, ActionHandler> = {
  AllocateHosts,
  DescribeHosts,
  ModifyHostsAttribute,
  RenewHosts,
  InquiryPriceRenewHosts,
  ConfigureChcAssistVpc,
  ConfigureChcDeployVpc,
  RemoveChcAssistVpc,
  RemoveChcDeployVpc,
  ModifyChcAttribute,
  DescribeChcHosts,
  DescribeChcDeniedActions,
  CreateHpcCluster,
  DeleteHpcClusters,
  DescribeHpcClusters,
  ModifyHpcClusterAttribute,
  DescribeTaskInfo,
  RepairTaskControl,
};
