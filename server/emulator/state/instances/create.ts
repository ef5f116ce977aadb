// Creating the instances of a checked RunInstances plan: ids, addresses, disks, the PENDING → RUNNING
// transition (or LAUNCH_FAILED under a launchFailed fault), all inside one store transaction.
import { randomUUID } from "node:crypto";
import type { CallFaults } from "../../admin/fault-rules";
import { ApiError } from "../../protocol/errors";
import { createTimer, MIN_LEAD_MS, parseTimerTime, TIMER_ACTIONS } from "../changes/action-timers";
import { randomPassword } from "../changes/login-rules";
import { assignChcServers } from "../chc/launch";
import { moveToGroup } from "../changes/placement-groups";
import { newUniqueId } from "../ids";
import { buildInstance } from "./build";
import { beginOperation } from "./lifecycle";
import type { LaunchPlan } from "./launch-spec";
import { usedPrivateIps, usedPublicIps } from "./launch-network";
import { allocateIpv6, allocatePrivateIps, allocatePublicIp } from "./network";
import { INSTANCE_KIND } from "./record";
import type { InstanceCtx } from "./repo";

/**
 * The ActionTimer of a launch (seed 8832: "目前仅支持定时销毁"): TerminateInstances at an ActionTime at least
 * 5 minutes ahead. Returns its due time in ms; checked before DryRun answers.
 */
export function checkLaunchTimer(ctx: InstanceCtx, plan: LaunchPlan): number | undefined {
  if (!plan.actionTimer) return undefined;
  if (!(TIMER_ACTIONS as readonly string[]).includes(plan.actionTimer.TimerAction)) {
    throw new ApiError("InvalidParameterValue", { en: `ActionTimer.TimerAction must be one of ${TIMER_ACTIONS.join(", ")}.` });
  }
  const at = parseTimerTime(plan.actionTimer.ActionTime, "ActionTimer.ActionTime");
  if (at < ctx.clock.now() + MIN_LEAD_MS) {
    throw new ApiError("UnsupportedOperation.NotSupportImportInstancesActionTimer", { en: "ActionTimer.ActionTime must be at least 5 minutes from now." });
  }
  return at;
}

/** Creates the plan's instances (PENDING, landing RUNNING on the clock); returns their ids in order. */
export function createInstances(ctx: InstanceCtx, plan: LaunchPlan, faults?: CallFaults): string[] {
  const timerAt = checkLaunchTimer(ctx, plan);
  const now = ctx.clock.now();
  const privateIps = plan.network.privateIps ?? allocatePrivateIps(plan.network.subnet, usedPrivateIps(ctx, plan.network.subnet.subnetId), plan.count);
  if (privateIps.length < plan.count) {
    throw new ApiError("FailedOperation.NoAvailableIpAddressCountInSubnet", { en: `The subnet ${plan.network.subnet.subnetId} has too few free addresses.` });
  }
  const publicUsed = plan.internet.PublicIpAssigned ? usedPublicIps(ctx) : new Set<string>();
  const taken = (id: string) => ctx.store.has(ctx.scope, INSTANCE_KIND, id);

  return ctx.store.transaction(() => {
    const ids = privateIps.map((privateIp, i) => {
      const instanceId = newUniqueId("ins", taken);
      const publicIp = plan.internet.PublicIpAssigned ? allocatePublicIp(ctx.scope.region, instanceId, publicUsed) : undefined;
      if (publicIp) publicUsed.add(publicIp);
      const rec = buildInstance(
        plan,
        {
          instanceId,
          uuid: randomUUID(),
          name: plan.names[i],
          hostName: plan.hostNames?.[i],
          privateIp,
          publicIp,
          ipv6: plan.network.ipv6Count > 0 ? allocateIpv6(instanceId) : undefined,
          systemDiskId: newUniqueId("disk", () => false),
          dataDiskIds: plan.dataDisks.map(() => newUniqueId("disk", () => false)),
          // seed 8750: without a password or keys a random one is generated (and sent by site message).
          password: plan.login.password ?? (plan.login.keyIds.length || plan.login.keepImageLogin ? undefined : randomPassword()),
        },
        now,
      );
      // CDH hosts (cdh engineer): the host launch-spec.ts reserved for this instance.
      if (plan.hostIds) rec.Placement.HostId = plan.hostIds[i];
      const failMessage = faults?.launchFailed?.();
      beginOperation(ctx, rec, {
        operation: "RunInstances",
        transitional: "PENDING",
        final: failMessage ? "LAUNCH_FAILED" : "RUNNING",
        ...(failMessage ? { failMessage, patch: { PublicIpAddresses: null } } : {}),
      });
      if (faults?.stayPendingDescribes) {
        rec.internal.pending = { ...rec.internal.pending!, at: now, describesLeft: faults.stayPendingDescribes };
      }
      ctx.store.put(ctx.scope, INSTANCE_KIND, instanceId, rec);
      if (timerAt !== undefined) createTimer(ctx, instanceId, plan.actionTimer!.TimerAction, timerAt);
      return rec;
    });
    // CHC servers (seed 8919): each becomes ONLINE with its instance.
    if (plan.chcIds) assignChcServers(ctx, plan.chcIds, ids.map((r) => r.InstanceId));
    if (plan.disasterRecoverGroupId) {
      // Join the group's member list (the records already name the group).
      moveToGroup(ctx, ids.map((r) => ({ ...r, DisasterRecoverGroupId: "" })), plan.disasterRecoverGroupId);
    }
    return ids.map((r) => r.InstanceId);
  });
}
