import DeleteInstancesActionTimer from "../DeleteInstancesActionTimer";
import DescribeInstanceVncUrl from "../DescribeInstanceVncUrl";
import DescribeInstancesActionTimer from "../DescribeInstancesActionTimer";
import DescribeInstancesAttributes from "../DescribeInstancesAttributes";
import DescribeInstancesModification from "../DescribeInstancesModification";
import DescribeInstancesOperationLimit from "../DescribeInstancesOperationLimit";
import EnterRescueMode from "../EnterRescueMode";
import ExitRescueMode from "../ExitRescueMode";
import ImportInstancesActionTimer from "../ImportInstancesActionTimer";
import ModifyInstanceDiskType from "../ModifyInstanceDiskType";
import ModifyInstancesAttribute from "../ModifyInstancesAttribute";
import ModifyInstancesChargeType from "../ModifyInstancesChargeType";
import ModifyInstancesDisasterRecoverGroup from "../ModifyInstancesDisasterRecoverGroup";
import ModifyInstancesProject from "../ModifyInstancesProject";
import ModifyInstancesRenewFlag from "../ModifyInstancesRenewFlag";
import ProgramFpgaImage from "../ProgramFpgaImage";
import RenewInstances from "../RenewInstances";
import ResetInstance from "../ResetInstance";
import ResetInstancesPassword from "../ResetInstancesPassword";
import ResetInstancesType from "../ResetInstancesType";
import ResizeInstanceDisks from "../ResizeInstanceDisks";
import type { ActionHandler } from "../types";

/** Changes to existing instances: reinstall, type, disks, attributes, billing, rescue mode, timers, terminal. */
export const instanceChangesActions: Record<string, ActionHandler> = {
  ResetInstance,
  ResetInstancesPassword,
  ResetInstancesType,
  ResizeInstanceDisks,
  ModifyInstanceDiskType,
  ModifyInstancesAttribute,
  ModifyInstancesProject,
  ModifyInstancesChargeType,
  ModifyInstancesRenewFlag,
  RenewInstances,
  EnterRescueMode,
  ExitRescueMode,
  ImportInstancesActionTimer,
  DescribeInstancesActionTimer,
  DeleteInstancesActionTimer,
  DescribeInstanceVncUrl,
  DescribeInstancesModification,
  DescribeInstancesOperationLimit,
  DescribeInstancesAttributes,
  ProgramFpgaImage,
  ModifyInstancesDisasterRecoverGroup,
};
