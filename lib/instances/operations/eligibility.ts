import type { OperationKind } from "./kinds";
import type { OperationTarget } from "./types";
import { TRANSITIONAL_STATES } from "@/lib/instances/states";

// Whether each instance can take an operation now, decided BEFORE anything runs, so a batch sends only the
// instances that can go (the API refuses a whole call when one instance in it cannot, seed 18922: "如果批量实例
// 存在不允许操作的实例，操作会以特定错误码返回") and the dialog can say why the others are left out.

/** Options chosen in the dialog that change who is eligible. */
export interface EligibilityOptions {
  /** ResetInstancesPassword / ResetInstancesType / ResizeInstanceDisks / *KeyPairs / ModifyInstancesVpcAttribute. */
  forceStop?: boolean;
  /** ResizeInstanceDisks: grow a running instance's disk without stopping it. */
  resizeOnline?: boolean;
  /** ModifyInstancesChargeType: the charge type to switch to. */
  targetChargeType?: string;
  /** ResetInstancesType: the chosen type is smaller (fewer CPU cores or less memory). */
  downgrade?: boolean;
  /** AssociateSecurityGroups / DisassociateSecurityGroups: the one group and which way. */
  securityGroup?: { id: string; mode: "associate" | "disassociate" };
  /** DescribeInstancesOperationLimit answers by InstanceId (INSTANCE_DEGRADE for type changes). */
  limits?: Readonly<Record<string, { CurrentCount?: number; LimitCount?: number }>>;
}

export type IneligibleReason =
  | { code: "busy"; state: string }
  | { code: "state"; state: string }
  | { code: "needsForceStop" }
  | { code: "protected" }
  | { code: "notPrepaid" }
  | { code: "sameChargeType"; chargeType: string }
  | { code: "chargeTypeUnsupported"; chargeType: string }
  | { code: "stopCharging" }
  | { code: "degradeLimit"; current: number; limit: number }
  | { code: "windows" }
  | { code: "spot" }
  | { code: "noPublicIp" }
  | { code: "sgBound" }
  | { code: "sgNotBound" }
  | { code: "sgLimit" }
  | { code: "sgLast" }
  | { code: "notFpga" };

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibleReason };

const SETTLED = ["RUNNING", "STOPPED"] as const;

interface StateRule {
  /** States the action accepts. */
  from: readonly string[];
  /** RUNNING is accepted only with ForceStop (or ResizeOnline): otherwise STOPPED only. */
  runningNeedsForceStop?: boolean;
}

/** The states each action accepts, from its page in the seed. */
const STATE_RULES: Record<OperationKind, StateRule> = {
  start: { from: ["STOPPED"] }, // seed 14097: 只有状态为STOPPED的实例才可以进行此操作
  stop: { from: ["RUNNING"] }, // seed 14566: 只有状态为RUNNING的实例
  reboot: { from: ["RUNNING"] }, // seed 14311: 只有状态为RUNNING的实例
  // seed 19139: postpaid RUNNING/STOPPED are destroyed; prepaid go to the recycle bin (SHUTDOWN), then destroyed.
  terminate: { from: ["RUNNING", "STOPPED", "SHUTDOWN"] },
  resetPassword: { from: SETTLED, runningNeedsForceStop: true }, // seed 15363: 运行中 → ForceStop为TRUE
  reinstall: { from: SETTLED }, // seed 20930
  resizeDisks: { from: SETTLED, runningNeedsForceStop: true }, // seed 15084: ForceStop或ResizeOnline
  changeType: { from: SETTLED, runningNeedsForceStop: true }, // seed 19835
  changeChargeType: { from: SETTLED }, // seed 16009 (Rebooting/Stopping/Shutdown/RescueMode refused)
  renew: { from: ["RUNNING", "STOPPED", "SHUTDOWN", "RESCUE_MODE"] }, // seed 14832: an expired (SHUTDOWN) one is restored
  renewFlag: { from: SETTLED }, // seed 16337 (Shutdown/RescueMode refused)
  rename: { from: SETTLED }, // seed 15635
  terminationProtection: { from: SETTLED }, // ModifyInstancesAttribute, seed 15635
  securityGroups: { from: SETTLED }, // ModifyInstancesAttribute, seed 15635
  project: { from: ["RUNNING", "STOPPED", "SHUTDOWN", "RESCUE_MODE", "LAUNCH_FAILED"] }, // seed 19576
  keyPairs: { from: SETTLED, runningNeedsForceStop: true }, // seed 29003: 非强制关机场景下，仅支持STOPPED
  vpc: { from: SETTLED, runningNeedsForceStop: true }, // seed 31346: ForceStop defaults to true
  bandwidth: { from: SETTLED }, // seed 31066 (Shutdown/RescueMode/Stopping refused)
  diskType: { from: ["STOPPED"] }, // seed 18296: 只支持实例在关机状态下
  placementGroup: { from: SETTLED }, // seed 18526
  enterRescue: { from: SETTLED }, // seed 17359
  exitRescue: { from: ["RESCUE_MODE"] }, // seed 17595
  actionTimer: { from: SETTLED }, // seed 17756
  securityGroupBind: { from: SETTLED }, // seed 30062: the change is reported through LatestOperationState
  programFpga: { from: ["RUNNING"] }, // seed 18748: online programming, the instance keeps running
};

const ineligible = (reason: IneligibleReason): Eligibility => ({ eligible: false, reason });
const OK: Eligibility = { eligible: true };

/** Whether `target` can take `kind` now with the dialog's `options`; the first reason that applies otherwise. */
export function checkEligibility(kind: OperationKind, target: OperationTarget, options: EligibilityOptions = {}): Eligibility {
  const state = target.InstanceState;
  // Nothing known about the state (e.g. a row without it): let the API decide rather than hide the instance.
  if (state) {
    if (target.LatestOperationState === "OPERATING" || TRANSITIONAL_STATES.has(state)) {
      return ineligible({ code: "busy", state });
    }
    const rule = STATE_RULES[kind];
    if (!rule.from.includes(state)) return ineligible({ code: "state", state });
    const forced = options.forceStop === true || (kind === "resizeDisks" && options.resizeOnline === true);
    if (rule.runningNeedsForceStop && state === "RUNNING" && !forced) return ineligible({ code: "needsForceStop" });
  }
  return checkKindRules(kind, target, options);
}

function checkKindRules(kind: OperationKind, target: OperationTarget, options: EligibilityOptions): Eligibility {
  const chargeType = target.InstanceChargeType;
  const stopCharging = target.StopChargingMode === "STOP_CHARGING";
  switch (kind) {
    case "terminate":
      // seed 19139 UnsupportedOperation.InstancesProtected: 不支持已启用销毁保护的实例
      return target.DisableApiTermination ? ineligible({ code: "protected" }) : OK;
    case "renew":
    case "renewFlag":
      // seed 14832: 只支持操作包年包月实例; seed 16337: 修改包年包月实例续费标识
      return chargeType && chargeType !== "PREPAID" ? ineligible({ code: "notPrepaid" }) : OK;
    case "changeChargeType": {
      const to = options.targetChargeType;
      if (!chargeType) return OK;
      if (chargeType !== "PREPAID" && chargeType !== "POSTPAID_BY_HOUR") return ineligible({ code: "chargeTypeUnsupported", chargeType });
      if (to && chargeType === to) return ineligible({ code: "sameChargeType", chargeType });
      // seed 16009: 关机不收费的实例…不支持该操作
      return stopCharging ? ineligible({ code: "stopCharging" }) : OK;
    }
    case "bandwidth":
    case "placementGroup":
    case "keyPairs":
      // seeds 31066, 18526, 29003: UnsupportedOperation.StoppedModeStopCharging
      if (stopCharging) return ineligible({ code: "stopCharging" });
      // seed 31028 FailedOperation.NotFoundEIP: no public IP, no public bandwidth (checked only when the row says).
      if (kind === "bandwidth" && Array.isArray(target.PublicIpAddresses) && target.PublicIpAddresses.length === 0) return ineligible({ code: "noPublicIp" });
      // seed 29003: 仅支持对 Linux 操作系统实例进行绑定操作
      if (kind === "keyPairs" && /windows/i.test(target.OsName ?? "")) return ineligible({ code: "windows" });
      return OK;
    case "securityGroupBind": {
      const sg = options.securityGroup;
      const held = target.SecurityGroupIds;
      // Only when the row says which groups it holds; otherwise the API decides.
      if (!sg?.id || !Array.isArray(held)) return OK;
      if (sg.mode === "associate") {
        if (held.includes(sg.id)) return ineligible({ code: "sgBound" });
        // seed 30261 LimitExceeded.AssociateUSGLimitExceeded: 一个实例绑定安全组数量不能超过5个
        return held.length >= 5 ? ineligible({ code: "sgLimit" }) : OK;
      }
      if (!held.includes(sg.id)) return ineligible({ code: "sgNotBound" });
      // An instance keeps at least one security group.
      return held.length <= 1 ? ineligible({ code: "sgLast" }) : OK;
    }
    case "programFpga":
      // seed 18899 UnsupportedOperation.NotFpgaInstance: only FPGA types (the FX family).
      return target.InstanceType !== undefined && !isFpgaType(target.InstanceType) ? ineligible({ code: "notFpga" }) : OK;
    case "diskType":
      // seed 18296: 不支持竞价实例类型
      return chargeType === "SPOTPAID" ? ineligible({ code: "spot" }) : OK;
    case "changeType": {
      if (!options.downgrade) return OK;
      // seed 11558 / 38290: a prepaid instance may be downgraded LimitCount times; -1 is "no limit".
      const limit = options.limits?.[target.InstanceId];
      const max = limit?.LimitCount ?? -1;
      const used = limit?.CurrentCount ?? 0;
      return max >= 0 && used >= max ? ineligible({ code: "degradeLimit", current: used, limit: max }) : OK;
    }
    default:
      return OK;
  }
}

export interface Partitioned<T extends OperationTarget> {
  eligible: T[];
  ineligible: Array<{ target: T; reason: IneligibleReason }>;
}

/** Splits the selection into who goes and who is left out (with why), keeping the selection's order. */
export function partitionEligibility<T extends OperationTarget>(kind: OperationKind, targets: readonly T[], options: EligibilityOptions = {}): Partitioned<T> {
  const out: Partitioned<T> = { eligible: [], ineligible: [] };
  for (const target of targets) {
    const result = checkEligibility(kind, target, options);
    if (result.eligible) out.eligible.push(target);
    else out.ineligible.push({ target, reason: result.reason });
  }
  return out;
}

/** The i18n key and placeholders of a reason (keys under "ops.reason."). */
export function reasonMessage(reason: IneligibleReason): { key: `ops.reason.${IneligibleReason["code"]}`; vars: Record<string, string | number> } {
  const { code, ...vars } = reason;
  return { key: `ops.reason.${code}`, vars };
}

/** FPGA instance types: the FX families (FX4.4XLARGE64, …), the only ones ProgramFpgaImage accepts. */
export function isFpgaType(instanceType: string): boolean {
  return /^FX\d/i.test(instanceType);
}
