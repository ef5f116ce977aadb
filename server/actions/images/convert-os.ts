"use server";

import { requireRole } from "@/server/auth/session";
import { writeForInstances } from "@/server/actions/instances/instance-write";
import { ConvertOsInput } from "@/lib/images/schemas";
import type { ConvertOsResult } from "@/lib/images/results";
import { actionFailure, parseInput } from "../action-support";
import { cloudCheck } from "./cloud-write";

/**
 * ConvertOperatingSystems (seed 28263–28506): CentOS 7 / 8 instances converted in place to TencentOS (seed 28320).
 * DryRun first (the dialog's check: which target each would get, or the refusal); then the conversion, audited on
 * every instance.
 */
export async function convertOperatingSystems(input: ConvertOsInput): Promise<ConvertOsResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ConvertOsInput, input);
    const request = { InstanceIds: p.InstanceIds, MinimalConversion: p.MinimalConversion, TargetOSType: "TencentOS" };
    const toTargets = (list: Array<{ TargetOSType?: string; TargetOSVersion?: string }> | undefined) =>
      (list ?? []).map((x) => ({ TargetOSType: x.TargetOSType ?? "", TargetOSVersion: x.TargetOSVersion ?? "" }));
    if (p.DryRun) {
      const res = await cloudCheck(p.accountId, ({ client, region, language }) => client.call("ConvertOperatingSystems", { ...request, DryRun: true }, { region, language }), p.region);
      return { ok: true, requestId: res?.RequestId ?? "", taskId: "", targets: toTargets(res?.SupportTargetOSList), dryRun: true };
    }
    const res = await writeForInstances(actor, p, { audit: "instance.convertOs", instanceIds: p.InstanceIds, detail: { MinimalConversion: p.MinimalConversion } }, ({ client, region, language }) =>
      client.call("ConvertOperatingSystems", request, { region, language }),
    );
    return { ok: true, requestId: res.RequestId, taskId: res.TaskId ?? "", targets: toTargets(res.SupportTargetOSList), dryRun: false };
  } catch (err) {
    return actionFailure(err);
  }
}
