// The operations an operator can run on instances, and the facts about each API that the UI and the
// batching need. Batch limits are the ones each action's page documents.

export const OPERATION_KINDS = [
  "start",
  "stop",
  "reboot",
  "terminate",
  "resetPassword",
  "reinstall",
  "resizeDisks",
  "changeType",
  "changeChargeType",
  "renew",
  "renewFlag",
  "rename",
  "terminationProtection",
  "securityGroups",
  "project",
  "keyPairs",
  "vpc",
  "bandwidth",
  "diskType",
  "placementGroup",
  "enterRescue",
  "exitRescue",
  "actionTimer",
  "securityGroupBind",
  "programFpga",
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

export type OperationGroup = "power" | "billing" | "config" | "network" | "disk" | "system";

/** Which Inquiry* action quotes the change before it runs (pricing issue: "paid changes show their price first"). */
export type PriceKind = "terminate" | "renew" | "resizeDisks" | "changeType" | "changeChargeType" | "bandwidth" | "reinstall";

export interface OperationSpec {
  kind: OperationKind;
  group: OperationGroup;
  /** The InstanceIds.N limit per call (seed: 100 for most, 30 for ModifyInstancesChargeType seed 16035, 1 for
   * ResetInstancesType seed 19816 and the single-InstanceId actions). */
  batchMax: number;
  /** Offered in the batch bar; false = row menu only (needs one instance's disks, zone or password). */
  batch: boolean;
  /** Destroys or interrupts: the confirm button is red. */
  danger?: boolean;
  price?: PriceKind;
  /** The CVM action it calls (LatestOperation shows it while and after it runs). */
  action: string;
  /** The other action the same dialog calls in its opposite mode (unbind): LatestOperation then names that one. */
  reverseAction?: string;
  /** Goes through a transition the live status shows (STOPPING…, LatestOperationState OPERATING); false = done
   * when the call returns. */
  settles: boolean;
}

const spec = (
  kind: OperationKind,
  group: OperationGroup,
  batchMax: number,
  batch: boolean,
  extra: Partial<OperationSpec> & Pick<OperationSpec, "action">,
): OperationSpec => ({ kind, group, batchMax, batch, settles: false, ...extra });

export const OPERATIONS: Record<OperationKind, OperationSpec> = {
  start: spec("start", "power", 100, true, { action: "StartInstances", settles: true }), // seed 14097
  stop: spec("stop", "power", 100, true, { danger: true, action: "StopInstances", settles: true }), // seed 14566
  reboot: spec("reboot", "power", 100, true, { danger: true, action: "RebootInstances", settles: true }), // seed 14311
  terminate: spec("terminate", "power", 100, true, { danger: true, price: "terminate", action: "TerminateInstances", settles: true }), // seed 19139
  resetPassword: spec("resetPassword", "system", 100, true, { action: "ResetInstancesPassword", settles: true }), // seed 15363
  reinstall: spec("reinstall", "system", 1, false, { danger: true, price: "reinstall", action: "ResetInstance", settles: true }), // ResetInstance: one InstanceId
  enterRescue: spec("enterRescue", "system", 1, false, { action: "EnterRescueMode", settles: true }), // EnterRescueMode: one InstanceId
  exitRescue: spec("exitRescue", "system", 1, true, { action: "ExitRescueMode", settles: true }), // ExitRescueMode: one InstanceId, run one call per instance
  actionTimer: spec("actionTimer", "system", 100, true, { action: "ImportInstancesActionTimer" }), // seed 17783
  resizeDisks: spec("resizeDisks", "disk", 1, false, { price: "resizeDisks", action: "ResizeInstanceDisks", settles: true }), // one InstanceId
  diskType: spec("diskType", "disk", 1, false, { action: "ModifyInstanceDiskType", settles: true }), // one InstanceId
  changeType: spec("changeType", "config", 1, false, { price: "changeType", action: "ResetInstancesType", settles: true }), // seed 19816: one instance per call
  rename: spec("rename", "config", 100, true, { action: "ModifyInstancesAttribute" }), // seed 15669
  project: spec("project", "config", 100, true, { action: "ModifyInstancesProject" }), // seed 19608
  terminationProtection: spec("terminationProtection", "config", 100, true, { action: "ModifyInstancesAttribute" }),
  placementGroup: spec("placementGroup", "config", 100, true, { action: "ModifyInstancesDisasterRecoverGroup" }), // seed 18526
  changeChargeType: spec("changeChargeType", "billing", 30, true, { price: "changeChargeType", action: "ModifyInstancesChargeType" }), // seed 16035
  renew: spec("renew", "billing", 100, true, { price: "renew", action: "RenewInstances" }), // seed 14860
  renewFlag: spec("renewFlag", "billing", 100, true, { action: "ModifyInstancesRenewFlag" }), // seed 16337
  securityGroups: spec("securityGroups", "network", 100, true, { action: "ModifyInstancesAttribute" }),
  keyPairs: spec("keyPairs", "network", 100, true, { action: "AssociateInstancesKeyPairs", reverseAction: "DisassociateInstancesKeyPairs", settles: true }), // seed 29003
  vpc: spec("vpc", "network", 100, true, { action: "ModifyInstancesVpcAttribute", settles: true }), // seed 31346
  bandwidth: spec("bandwidth", "network", 100, true, { price: "bandwidth", action: "ResetInstancesInternetMaxBandwidth" }), // seed 31066
  securityGroupBind: spec("securityGroupBind", "network", 100, true, { action: "AssociateSecurityGroups", reverseAction: "DisassociateSecurityGroups", settles: true }), // seed 30097 / 30316
  programFpga: spec("programFpga", "system", 1, false, { action: "ProgramFpgaImage", settles: true }), // seed 18748: one instance
};

export const OPERATION_GROUPS: OperationGroup[] = ["power", "system", "config", "disk", "network", "billing"];

export function operationsIn(group: OperationGroup): OperationSpec[] {
  return Object.values(OPERATIONS).filter((op) => op.group === group);
}
