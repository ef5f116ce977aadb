import DescribeAccountQuota from "../DescribeAccountQuota";
import DescribeInstances from "../DescribeInstances";
import DescribeInstancesStatus from "../DescribeInstancesStatus";
import RebootInstances from "../RebootInstances";
import RunInstances from "../RunInstances";
import StartInstances from "../StartInstances";
import StopInstances from "../StopInstances";
import TerminateInstances from "../TerminateInstances";
import type { ActionHandler } from "../types";

export const instanceLifecycleActions: Record<string, ActionHandler> = {
  RunInstances,
  DescribeInstances,
  DescribeInstancesStatus,
  StartInstances,
  StopInstances,
  RebootInstances,
  TerminateInstances,
  DescribeAccountQuota,
};
