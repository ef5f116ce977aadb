// The network operations on CHC servers. Each one puts the server in OPERATING (seed 35930: "设备操作中，如正在配置
// 带外网络等") with LatestOperation* describing it, and lands on the clock: configuring both networks → READY, and
// after the server has been checked → PREPARED (seed 35926–35928); out-of-band only → INIT with its network;
// clearing → INIT.
import { schedule } from "../hosts/pending";
import type { ChcDeployConfig, ChcNetwork, ChcRecord, ChcState } from "./record";
import { saveChc, type ChcCtx } from "./repo";

/** Realistic durations (ms); /_emulator/speed overridesMs.<Action> replaces them. */
export const CHC_DURATIONS_MS = { configure: 30_000, prepare: 60_000, remove: 20_000 };
/** The operation LatestOperation names while a READY server is checked before it becomes PREPARED. */
export const PREPARE_OPERATION = "PrepareChcHost";

const OPERATION_NAMES: Record<string, string> = {
  ConfigureChcAssistVpc: "配置带外和部署网络",
  ConfigureChcDeployVpc: "配置部署网络",
  RemoveChcAssistVpc: "清理带外和部署网络",
  RemoveChcDeployVpc: "清理部署网络",
};

export interface NetworkChange {
  bmc?: ChcNetwork | null;
  deploy?: ChcNetwork | null;
  deployExtra?: ChcDeployConfig | null;
}

/** Applies `change` to each server (index-aligned) and starts the operation; one transaction. */
export function beginChcOperation(ctx: ChcCtx, recs: ChcRecord[], changes: NetworkChange[], isRemoval: boolean): void {
  const now = ctx.clock.now();
  ctx.store.transaction(() => {
    recs.forEach((rec, i) => {
      Object.assign(rec, changes[i]);
      const to: ChcState = rec.bmc && rec.deploy ? "READY" : "INIT";
      rec.InstanceState = "OPERATING";
      rec.LatestOperation = ctx.action;
      rec.LatestOperationName = OPERATION_NAMES[ctx.action] ?? ctx.action;
      rec.LatestOperationState = "OPERATING";
      rec.LatestOperationErrorCode = "";
      rec.LatestOperationErrorMsg = "";
      rec.internal.pending = {
        ...schedule(ctx.store, now, ctx.action, to, rec.ChcId, isRemoval ? CHC_DURATIONS_MS.remove : CHC_DURATIONS_MS.configure),
        ...(to === "READY" ? { then: { operation: PREPARE_OPERATION, to: "PREPARED" as const, defaultMs: CHC_DURATIONS_MS.prepare } } : {}),
      };
      saveChc(ctx, rec);
    });
  });
}
