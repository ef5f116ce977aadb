// Which instances a key pair can be bound to or unbound from, and why not (AssociateInstancesKeyPairs, seed
// 29003–29250; DisassociateInstancesKeyPairs, seed 29251–29484). Shown before anything is sent, so the dialog only
// offers what the API would accept and says why for the rest.
import type { MessageKey } from "@/lib/i18n/translate";

/** What the dialog knows of an instance (from DescribeInstances). */
export interface BindableInstance {
  InstanceId: string;
  InstanceName: string;
  InstanceState: string;
  OsName: string;
  /** Key pairs bound now (LoginSettings.KeyIds). */
  KeyIds: string[];
  /** STOP_CHARGING when it was stopped without charging (StopInstances StoppedMode). */
  StopChargingMode: string;
  Zone: string;
}

export type Eligibility =
  | { ok: true; needsForceStop: boolean }
  | { ok: false; reason: MessageKey };

/** seed 29009 / 29257: "仅支持对 Linux 操作系统实例进行绑定/解绑操作". */
export const isWindows = (osName: string) => /windows/i.test(osName);

/**
 * seed 29011–29013: the instance must be STOPPED, or RUNNING with ForceStop (it is shut down, the key changed, and it
 * starts again). Anything on its way somewhere is refused; an instance stopped without charging has to be started
 * first (UnsupportedOperation.StoppedModeStopCharging).
 */
export function bindEligibility(i: BindableInstance, mode: "associate" | "disassociate", keyId: string, forceStop: boolean): Eligibility {
  if (isWindows(i.OsName)) return { ok: false, reason: "keyPairs.bind.reason.windows" };
  if (mode === "associate" && i.KeyIds.includes(keyId)) return { ok: false, reason: "keyPairs.bind.reason.alreadyBound" };
  if (mode === "disassociate" && !i.KeyIds.includes(keyId)) return { ok: false, reason: "keyPairs.bind.reason.notBound" };
  if (i.InstanceState === "STOPPED") {
    return i.StopChargingMode === "STOP_CHARGING" ? { ok: false, reason: "keyPairs.bind.reason.stopCharging" } : { ok: true, needsForceStop: false };
  }
  if (i.InstanceState === "RUNNING") return forceStop ? { ok: true, needsForceStop: true } : { ok: false, reason: "keyPairs.bind.reason.running" };
  return { ok: false, reason: "keyPairs.bind.reason.busy" };
}

/** Why a key pair cannot be deleted right now, if it cannot (seed 29493: "不能删除已被实例或镜像引用的密钥对"). */
export function deleteBlocker(associated: readonly string[]): MessageKey | null {
  return associated.length > 0 ? "keyPairs.delete.inUse" : null;
}
