// The CHC server repository: the demo servers appear on first read of a scope; due transitions (OPERATING →
// READY → PREPARED, OPERATING → INIT, and ONLINE → PREPARED once the server's instance is gone) land when servers
// are read.
import { ApiError } from "../../protocol/errors";
import { countDescribe, isDue, schedule } from "../hosts/pending";
import { isWellFormedId } from "../ids";
import { loadInstance, type InstanceCtx } from "../instances/repo";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import { demoChcServers } from "./demo";
import { CHC_KIND, type ChcRecord } from "./record";

export type ChcCtx = InstanceCtx & { action: string };

/** seed 23550: "每次请求的实例的上限为100". */
export const MAX_CHC_IDS = 100;

function ensureSeeded(ctx: InstanceCtx): void {
  if (ctx.store.peekAll(ctx.scope, CHC_KIND).length > 0) return;
  const servers = demoChcServers(ctx.scope);
  ctx.store.transaction(() => servers.forEach((s) => saveChc(ctx, s)));
}

/**
 * An ONLINE server (seed 35928: "已分配云主机") whose instance is gone — released after TerminateInstances, or never
 * launched (LAUNCH_FAILED, which holds nothing, as on a CDH host) — can take another one: it is PREPARED again.
 */
function instanceGone(ctx: InstanceCtx, rec: Readonly<ChcRecord>): boolean {
  if (rec.InstanceState !== "ONLINE" || !rec.CvmInstanceId) return false;
  const instance = loadInstance(ctx, rec.CvmInstanceId);
  return !instance || instance.InstanceState === "LAUNCH_FAILED";
}

function advance(ctx: InstanceCtx, live: Readonly<ChcRecord>): Readonly<ChcRecord> {
  const now = ctx.clock.now();
  const freed = instanceGone(ctx, live);
  if (!isDue(live.internal.pending, now) && !freed) return live;
  const rec = structuredClone(live) as ChcRecord;
  while (isDue(rec.internal.pending, now)) {
    const p = rec.internal.pending;
    rec.InstanceState = p.to;
    rec.LatestOperationState = "SUCCESS";
    // A server whose networks are both configured (READY) goes on to PREPARED once it has been checked.
    rec.internal.pending = p.then ? schedule(ctx.store, p.at, p.then.operation, p.then.to, rec.ChcId, p.then.defaultMs) : undefined;
    if (!rec.internal.pending) delete rec.internal.pending;
  }
  if (freed) {
    rec.InstanceState = "PREPARED";
    rec.CvmInstanceId = "";
  }
  saveChc(ctx, rec);
  return rec;
}

/** Every CHC server of the scope, read-only and up to date, in import order. */
export function scanChcs(ctx: InstanceCtx): readonly Readonly<ChcRecord>[] {
  ensureSeeded(ctx);
  const now = ctx.clock.now();
  const all = ctx.store.peekAll<ChcRecord>(ctx.scope, CHC_KIND);
  if (!all.some((c) => isDue(c.internal.pending, now) || instanceGone(ctx, c))) return all;
  return ctx.store.transaction(() => all.map((c) => advance(ctx, c)));
}

export function saveChc(ctx: InstanceCtx, rec: ChcRecord): void {
  ctx.store.put(ctx.scope, CHC_KIND, rec.ChcId, rec);
}

/** "After N describes" mode: DescribeChcHosts counts for every server it listed. */
export function countChcDescribes(ctx: InstanceCtx, ids: readonly string[]): void {
  for (const id of ids) {
    const rec = ctx.store.get<ChcRecord>(ctx.scope, CHC_KIND, id);
    if (rec && countDescribe(rec.internal.pending)) saveChc(ctx, rec);
  }
}

/**
 * The servers `ids` names, as copies, in that order. More than 100 → the action's LimitExceeded code; a repeated id
 * → InvalidParameter; a malformed id (not chc-xxxxxxxx) → InvalidParameterValue.IncorrectFormat ("传参格式不对");
 * an unknown one → InvalidParameterValue.ChcHostsNotFound ("找不到对应的CHC物理服务器").
 */
export function requireChcs(ctx: ChcCtx, ids: readonly string[]): ChcRecord[] {
  if (ids.length > MAX_CHC_IDS) {
    const code = firstDocumented(ctx.action, ["InvalidParameterValue.LimitExceeded", "InvalidParameterValueLimit"]);
    throw new ApiError(code, { en: `At most ${MAX_CHC_IDS} ChcIds per request; got ${ids.length}.`, zh: `每次请求的ChcIds上限为${MAX_CHC_IDS}。` });
  }
  if (new Set(ids).size !== ids.length) throw new ApiError("InvalidParameter", { en: "ChcIds contains the same ID twice.", zh: "ChcIds 中存在重复的ID。" });
  const malformed = ids.find((id) => !isWellFormedId("chc", id));
  if (malformed !== undefined) {
    throw new ApiError("InvalidParameterValue.IncorrectFormat", { en: `The CHC ID \`${malformed}\` is malformed; expected chc-xxxxxxxx.`, zh: `CHC ID \`${malformed}\` 格式不对。` });
  }
  const byId = new Map(scanChcs(ctx).map((c) => [c.ChcId, c]));
  return ids.map((id) => {
    const rec = byId.get(id);
    if (!rec) throw new ApiError("InvalidParameterValue.ChcHostsNotFound", { en: `The CHC server \`${id}\` does not exist.`, zh: `找不到对应的CHC物理服务器 \`${id}\`。` });
    return structuredClone(rec) as ChcRecord;
  });
}
