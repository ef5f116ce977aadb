import type { ResizeInstanceDisksRequest, ResizeInstanceDisksResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { resizedLayout } from "../state/changes/disk-changes";
import { assertAllOperable, beginChange, requireOne } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ResizeInstanceDisks (seed 15084–15362): grow the system disk or one data disk, never both (seed 15163), only
 * larger (seed 15084), data disks in 10 GiB steps (seed 15132), non-portable cloud disks only. Resizing happens
 * shut down by default; a RUNNING instance needs ForceStop or ResizeOnline (seed 15084: "如果是运行中的实例，
 * 必须指定ForceStop或ResizeOnline任意一个参数为true"): online it stays RUNNING, with ForceStop it goes
 * STOPPING → RUNNING. The new size lands with the operation.
 */
export default defineAction<ResizeInstanceDisksRequest, ResizeInstanceDisksResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  const layout = resizedLayout(rec, params);
  const runningOk = params.ForceStop === true || params.ResizeOnline === true;
  assertAllOperable(ctx, [rec], runningOk ? ["RUNNING", "STOPPED"] : ["STOPPED"]);
  const running = rec.InstanceState === "RUNNING";
  const online = running && params.ResizeOnline === true;
  ctx.store.transaction(() =>
    beginChange(ctx, rec, {
      transitional: !running ? "STOPPED" : online ? "RUNNING" : "STOPPING",
      final: running ? "RUNNING" : "STOPPED",
      patch: layout,
    }),
  );
  return {};
});
