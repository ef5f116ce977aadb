// ConvertOperatingSystems (seed 28263–28506): CentOS 7 / CentOS 8 instances converted in place to TencentOS Server.
// The instances stay RUNNING but are busy until the conversion lands, then report the new OsName.
import type { TargetOS } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { randomInt } from "node:crypto";
import { ApiError } from "../../protocol/errors";
import { beginOperation } from "../instances/lifecycle";
import type { InstanceRecord } from "../instances/record";
import { requireInstances, saveInstance } from "../instances/repo";
import type { ImageCtx } from "./repo";
import { imageTiming } from "./timing";

/**
 * seed 28274: only CentOS 7 and CentOS 8 convert; the targets are the TencentOS Server releases compatible with
 * each (seed 28337 example: TencentOS 2.4), named as the public TencentOS images are.
 */
const TARGETS: readonly { source: RegExp; target: TargetOS; osName: string }[] = [
  { source: /^CentOS 7(\.|\s)/, target: { TargetOSType: "TencentOS", TargetOSVersion: "2.4" }, osName: "TencentOS Server 2.4 (TK4)" },
  { source: /^CentOS 8(\.|\s)/, target: { TargetOSType: "TencentOS", TargetOSVersion: "3.1" }, osName: "TencentOS Server 3.1 (TK4)" },
];

export interface ConvertRequest {
  InstanceIds: string[];
  MinimalConversion?: boolean;
  DryRun?: boolean;
  TargetOSType?: string;
}

function targetOf(rec: Readonly<InstanceRecord>): (typeof TARGETS)[number] {
  // seed 28491 / 28493: the documented refusals for a Windows instance and any other OS.
  if (/windows/i.test(rec.OsName)) throw new ApiError("UnsupportedOperation.InstanceOsWindows", { en: `The instance \`${rec.InstanceId}\` runs ${rec.OsName}.` });
  const t = TARGETS.find((x) => x.source.test(rec.OsName));
  if (!t) throw new ApiError("UnsupportedOperation.InstanceOsConvertOsNotSupport", { en: `The instance \`${rec.InstanceId}\` runs ${rec.OsName}; only CentOS 7 and CentOS 8 convert.` });
  return t;
}

/**
 * Checks every instance; unless DryRun, starts the conversions. SupportTargetOSList is what the instances would become:
 * seed 28335 says it is returned for DryRun, and the seed's example (a call without DryRun, seed 28377–28399) has it too.
 */
export function convertOperatingSystems(ctx: ImageCtx, p: ConvertRequest): { SupportTargetOSList: TargetOS[]; TaskId: string } {
  // seed 28320: "仅支持 TencentOS".
  if ((p.TargetOSType ?? "TencentOS") !== "TencentOS") {
    throw new ApiError("InvalidParameter.InvalidTargetOSType", { en: `TargetOSType must be TencentOS, got "${p.TargetOSType}".` });
  }
  const recs = requireInstances(ctx, [...new Set(p.InstanceIds)]);
  const plans = recs.map((rec) => {
    // seed 28498: UnsupportedOperation.InstanceStateNotRunning.
    if (rec.InstanceState !== "RUNNING" || rec.internal.pending) {
      throw new ApiError("UnsupportedOperation.InstanceStateNotRunning", { en: `The instance \`${rec.InstanceId}\` is ${rec.InstanceState}; it must be RUNNING.` });
    }
    return { rec, t: targetOf(rec) };
  });
  const SupportTargetOSList = [...new Map(plans.map(({ t }) => [t.target.TargetOSVersion, { ...t.target }])).values()];
  if (p.DryRun) return { SupportTargetOSList, TaskId: "" };
  const TaskId = String(randomInt(10_000_000, 99_999_999));
  ctx.store.transaction(() => {
    for (const { rec, t } of plans) {
      const busy = beginOperation(ctx, rec, { operation: "ConvertOperatingSystems", transitional: "RUNNING", final: "RUNNING", patch: { OsName: t.osName } });
      busy.internal.pending!.at = ctx.clock.now() + imageTiming(ctx.store, "ConvertOperatingSystems", rec.InstanceId).ms;
      saveInstance(ctx, busy);
    }
  });
  return { SupportTargetOSList, TaskId };
}
