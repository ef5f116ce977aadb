// The CDH host repository: due transitions (PENDING → RUNNING) and prepaid expiry are applied when hosts are
// read, as instances' are (state/instances/repo.ts).
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { InstanceCtx } from "../instances/repo";
import { addMonths, isoSeconds } from "../instances/time";
import { countDescribe, isDue } from "./pending";
import { HOST_KIND, type HostRecord } from "./record";

export type HostCtx = InstanceCtx;

function expiryDue(rec: Readonly<HostRecord>, now: number): boolean {
  return rec.HostState === "RUNNING" && Date.parse(rec.ExpiredTime) <= now;
}

/**
 * A prepaid host at its ExpiredTime: NOTIFY_AND_AUTO_RENEW renews it month by month (seed 35864: "实例到期后将按月
 * 自动续费"); otherwise it becomes EXPIRED (seed 22183) until RenewHosts.
 */
function expire(rec: HostRecord, now: number): void {
  let expiry = Date.parse(rec.ExpiredTime);
  if (rec.RenewFlag === "NOTIFY_AND_AUTO_RENEW") {
    while (expiry <= now) expiry = addMonths(expiry, 1);
    rec.ExpiredTime = isoSeconds(expiry);
    return;
  }
  rec.HostState = "EXPIRED";
}

function advance(ctx: HostCtx, live: Readonly<HostRecord>): Readonly<HostRecord> {
  const now = ctx.clock.now();
  if (!isDue(live.internal.pending, now) && !expiryDue(live, now)) return live;
  const rec = structuredClone(live) as HostRecord;
  if (isDue(rec.internal.pending, now)) {
    rec.HostState = rec.internal.pending.to;
    delete rec.internal.pending;
  }
  if (expiryDue(rec, now)) expire(rec, now);
  saveHost(ctx, rec);
  return rec;
}

/** Every host of the scope, read-only and up to date, in creation order. */
export function scanHosts(ctx: HostCtx): readonly Readonly<HostRecord>[] {
  const now = ctx.clock.now();
  const all = ctx.store.peekAll<HostRecord>(ctx.scope, HOST_KIND);
  if (!all.some((h) => isDue(h.internal.pending, now) || expiryDue(h, now))) return all;
  return ctx.store.transaction(() => all.map((h) => advance(ctx, h)));
}

/** One host (a copy to change and save), or undefined. */
export function loadHost(ctx: HostCtx, id: string): HostRecord | undefined {
  const rec = ctx.store.get<HostRecord>(ctx.scope, HOST_KIND, id);
  return rec && (structuredClone(advance(ctx, rec)) as HostRecord);
}

export function saveHost(ctx: HostCtx, rec: HostRecord): void {
  ctx.store.put(ctx.scope, HOST_KIND, rec.HostId, rec);
}

/** "After N describes" mode: a DescribeHosts call counts for every host it listed. */
export function countHostDescribes(ctx: HostCtx, ids: readonly string[]): void {
  for (const id of ids) {
    const rec = ctx.store.get<HostRecord>(ctx.scope, HOST_KIND, id);
    if (rec && countDescribe(rec.internal.pending)) saveHost(ctx, rec);
  }
}

/**
 * The hosts `ids` names (duplicates once), as copies. A malformed id → InvalidHostId.Malformed ("例如ID长度错误
 * host-1122", seed 21559), an unknown one → InvalidHostId.NotFound ("不存在，或不属于该请求账号所有", seed 21732).
 */
export function requireHosts(ctx: HostCtx, ids: readonly string[]): HostRecord[] {
  const unique = [...new Set(ids)];
  const malformed = unique.find((id) => !isWellFormedId("host", id));
  if (malformed !== undefined) {
    throw new ApiError("InvalidHostId.Malformed", { en: `The CDH ID \`${malformed}\` is malformed; expected host-xxxxxxxx.`, zh: `无效CDH ID \`${malformed}\`。` });
  }
  return unique.map((id) => {
    const rec = loadHost(ctx, id);
    if (!rec) throw new ApiError("InvalidHostId.NotFound", { en: `The CDH \`${id}\` does not exist.`, zh: `CDH \`${id}\` 不存在，或不属于该请求账号所有。` });
    return rec;
  });
}

/** Refuses hosts that cannot take `operation` now (InvalidHost.NotSupported, seed 21728 / 21891 / 22078). */
export function assertHostsIn(recs: readonly HostRecord[], states: readonly string[], operation: string): void {
  const bad = recs.find((r) => !states.includes(r.HostState));
  if (bad) {
    throw new ApiError("InvalidHost.NotSupported", {
      en: `The CDH ${bad.HostId} is ${bad.HostState}; ${operation} is not supported in this state.`,
      zh: `CDH ${bad.HostId} 当前状态为 ${bad.HostState}，不支持 ${operation}。`,
    });
  }
}
