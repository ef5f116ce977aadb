// The repair task repository: the demo tasks appear on first read of a scope; reserved and processing tasks move
// on (已预约 → 处理中 → 已结束) when tasks are read. Region is optional for the repair actions (seed 34206, 34649):
// without one they work across every region of the account.
import { REGIONS } from "../../catalog/regions";
import { isDue, schedule } from "../hosts/pending";
import type { InstanceCtx } from "../instances/repo";
import { demoRepairTasks } from "./demo";
import { REPAIR_TASK_KIND, setTaskStatus, TaskStatus, type RepairTaskRecord } from "./record";

/** How long Tencent takes to process an authorised task in realistic mode; /_emulator/speed overridesMs.RepairTaskControl. */
export const REPAIR_PROCESSING_MS = 30 * 60_000;

function ensureSeeded(ctx: InstanceCtx): void {
  if (ctx.store.peekAll(ctx.scope, REPAIR_TASK_KIND).length > 0) return;
  const tasks = demoRepairTasks(ctx.scope, ctx.clock.now());
  ctx.store.transaction(() => tasks.forEach((t) => saveTask(ctx, t)));
}

function advance(ctx: InstanceCtx, live: Readonly<RepairTaskRecord>): Readonly<RepairTaskRecord> {
  const now = ctx.clock.now();
  if (!isDue(live.internal.pending, now)) return live;
  const rec = structuredClone(live) as RepairTaskRecord;
  while (isDue(rec.internal.pending, now)) {
    const p = rec.internal.pending;
    delete rec.internal.pending;
    if (p.to === "PROCESSING") {
      setTaskStatus(rec, TaskStatus.PROCESSING);
      rec.internal.pending = schedule(ctx.store, p.at, "RepairTaskControl", "ENDED", rec.TaskId, REPAIR_PROCESSING_MS);
    } else {
      setTaskStatus(rec, TaskStatus.ENDED);
      rec.endAtMs = p.at;
    }
  }
  saveTask(ctx, rec);
  return rec;
}

export function saveTask(ctx: InstanceCtx, rec: RepairTaskRecord): void {
  ctx.store.put(ctx.scope, REPAIR_TASK_KIND, rec.TaskId, rec);
}

/** The scopes a repair call covers: its region, or every region when it names none. */
export function repairScopes(ctx: InstanceCtx): InstanceCtx[] {
  if (ctx.scope.region) return [ctx];
  return REGIONS.map((r) => ({ ...ctx, scope: { account: ctx.scope.account, region: r.region } }));
}

/** Every task the call can see, up to date, as copies (each with the context of its region). */
export function scanTasks(ctx: InstanceCtx): { ctx: InstanceCtx; task: RepairTaskRecord }[] {
  return repairScopes(ctx).flatMap((c) => {
    ensureSeeded(c);
    const now = c.clock.now();
    const all = c.store.peekAll<RepairTaskRecord>(c.scope, REPAIR_TASK_KIND);
    const current = all.some((t) => isDue(t.internal.pending, now)) ? c.store.transaction(() => all.map((t) => advance(c, t))) : all;
    return current.map((t) => ({ ctx: c, task: structuredClone(t) as RepairTaskRecord }));
  });
}
