// The launch template repository, and the id / version lookups with each action's documented codes.
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { InstanceCtx } from "../instances/repo";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import { LAUNCH_TEMPLATE_KIND, type TemplateRecord, type TemplateVersion } from "./record";

export type TemplateCtx = InstanceCtx & { action: string };

export function loadTemplates(ctx: InstanceCtx): TemplateRecord[] {
  return ctx.store.list<TemplateRecord>(ctx.scope, LAUNCH_TEMPLATE_KIND);
}

export function countTemplates(ctx: InstanceCtx): number {
  return ctx.store.peekAll(ctx.scope, LAUNCH_TEMPLATE_KIND).length;
}

export function saveTemplate(ctx: InstanceCtx, rec: TemplateRecord): void {
  ctx.store.put(ctx.scope, LAUNCH_TEMPLATE_KIND, rec.LaunchTemplateId, rec);
}

export function deleteTemplate(ctx: InstanceCtx, id: string): boolean {
  return ctx.store.delete(ctx.scope, LAUNCH_TEMPLATE_KIND, id);
}

/** seed 31879: "类似lt-xxxxxxxx，字母x代表小写字符或者数字". */
export function assertTemplateIdFormat(id: string): void {
  if (!isWellFormedId("lt", id)) {
    throw new ApiError("InvalidParameterValue.LaunchTemplateIdMalformed", {
      en: `The launch template ID \`${id}\` is malformed; expected lt-xxxxxxxx.`,
      zh: `实例启动模板ID \`${id}\` 格式错误，应类似lt-xxxxxxxx。`,
    });
  }
}

/** The template `id` names (a copy), or LaunchTemplateIdMalformed / LaunchTemplateIdNotExisted. */
export function requireTemplate(ctx: TemplateCtx, id: string): TemplateRecord {
  assertTemplateIdFormat(id);
  const rec = ctx.store.get<TemplateRecord>(ctx.scope, LAUNCH_TEMPLATE_KIND, id);
  if (!rec) {
    const code = firstDocumented(ctx.action, ["InvalidParameterValue.LaunchTemplateIdNotExisted", "InvalidParameterValue.LaunchTemplateNotFound"]);
    throw new ApiError(code, { en: `The launch template \`${id}\` does not exist.`, zh: `实例启动模板 \`${id}\` 不存在。` });
  }
  return rec;
}

/** A version number must be a positive integer: InvalidParameterValue.LaunchTemplateVersion otherwise. */
export function assertVersionNumber(ctx: TemplateCtx, version: number): void {
  if (!Number.isSafeInteger(version) || version < 1) {
    const code = firstDocumented(ctx.action, ["InvalidParameterValue.LaunchTemplateVersion"]);
    throw new ApiError(code, { en: `Invalid launch template version ${version}: versions are numbered from 1.`, zh: `无效的实例启动模板版本号 ${version}。` });
  }
}

/** The version of `rec` numbered `version`, or the action's code for a template/version pair that does not exist. */
export function requireVersion(ctx: TemplateCtx, rec: TemplateRecord, version: number): TemplateVersion {
  assertVersionNumber(ctx, version);
  const found = rec.versions.find((v) => v.LaunchTemplateVersion === version);
  if (!found) {
    const code = firstDocumented(ctx.action, ["InvalidParameterValue.LaunchTemplateIdVerNotExisted", "InvalidParameterValue.LaunchTemplateVersion"]);
    throw new ApiError(code, {
      en: `The launch template ${rec.LaunchTemplateId} has no version ${version}.`,
      zh: `实例启动模板 ${rec.LaunchTemplateId} 不存在版本 ${version}。`,
    });
  }
  return found;
}
