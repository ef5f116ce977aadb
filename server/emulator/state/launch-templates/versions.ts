// Creating templates and versions, deleting them, and choosing the default version (seed 31918–34181).
// CreateLaunchTemplate makes version 1, the default (seed 31925: "初次创建实例模板后，其模板版本为默认版本1");
// CreateLaunchTemplateVersion numbers upward from the latest, based on a given or the default version.
import { randomUUID } from "node:crypto";
import type { CreateLaunchTemplateRequest, CreateLaunchTemplateVersionRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { newUniqueId } from "../ids";
import { MAX_CLIENT_TOKEN } from "../instances/launch-access";
import { isoSeconds } from "../instances/time";
import { overlay, pickTemplateData } from "./data";
import { checkTemplateName, checkVersionDescription, templateTagsOf } from "./names";
import {
  LAUNCH_TEMPLATE_KIND,
  MAX_TEMPLATES_PER_REGION,
  MAX_VERSIONS_PER_TEMPLATE,
  type TemplateDataModifyAction,
  type TemplateRecord,
  type TemplateVersion,
} from "./record";
import { countTemplates, requireTemplate, requireVersion, saveTemplate, type TemplateCtx } from "./repo";
import { checkTemplateData } from "./validate";

type Ctx = TemplateCtx & { region: string; account: { ownerUin: string; appId: number } };

function newVersion(ctx: Ctx, number: number, p: CreateLaunchTemplateVersionRequest | CreateLaunchTemplateRequest, base?: TemplateVersion): TemplateVersion {
  // seed 32128 / 32854: "最大值不超过64个ASCII字符".
  if (p.ClientToken !== undefined && p.ClientToken.length > MAX_CLIENT_TOKEN) {
    throw new ApiError("InvalidClientToken.TooLong", { en: `ClientToken must be at most ${MAX_CLIENT_TOKEN} characters.` });
  }
  return {
    LaunchTemplateVersion: number,
    LaunchTemplateVersionDescription: checkVersionDescription(p.LaunchTemplateVersionDescription),
    CreationTime: isoSeconds(ctx.clock.now()),
    CreatedBy: String(ctx.account.appId),
    ClientToken: p.ClientToken ?? `system-${randomUUID()}`,
    TemplateDataModifyAction: (p.TemplateDataModifyAction ?? base?.TemplateDataModifyAction ?? "Replace") as TemplateDataModifyAction,
    data: base ? overlay(base.data, pickTemplateData(p)) : pickTemplateData(p),
  };
}

/** Version 1 of a new template, checked; the region's template quota is enforced. Returns the record. */
export function createTemplate(ctx: Ctx, p: CreateLaunchTemplateRequest): TemplateRecord {
  const name = checkTemplateName(p.LaunchTemplateName);
  const version = newVersion(ctx, 1, p);
  checkTemplateData(ctx, version.data, p.TemplateDataModifyAction);
  const Tags = templateTagsOf(ctx.action, p.LaunchTemplateTagSpecification);
  if (countTemplates(ctx) >= MAX_TEMPLATES_PER_REGION) {
    throw new ApiError("LimitExceeded.LaunchTemplateQuota", { en: `At most ${MAX_TEMPLATES_PER_REGION} launch templates per region.`, zh: `每个地域最多 ${MAX_TEMPLATES_PER_REGION} 个实例启动模板。` });
  }
  dryRunStop(p.DryRun);
  const rec: TemplateRecord = {
    LaunchTemplateId: newUniqueId("lt", (id) => ctx.store.has(ctx.scope, LAUNCH_TEMPLATE_KIND, id)),
    LaunchTemplateName: name,
    CreatedBy: ctx.account.ownerUin,
    CreationTime: version.CreationTime,
    DefaultVersionNumber: 1,
    LatestVersionNumber: 1,
    Tags,
    versions: [version],
  };
  saveTemplate(ctx, rec);
  return rec;
}

/** A new version from the base (LaunchTemplateVersion, else the default) overlaid with the request. */
export function createVersion(ctx: Ctx, p: CreateLaunchTemplateVersionRequest): number {
  const rec = requireTemplate(ctx, p.LaunchTemplateId);
  const base = requireVersion(ctx, rec, p.LaunchTemplateVersion ?? rec.DefaultVersionNumber);
  const version = newVersion(ctx, rec.LatestVersionNumber + 1, p, base);
  checkTemplateData(ctx, version.data, p.TemplateDataModifyAction);
  if (rec.versions.length >= MAX_VERSIONS_PER_TEMPLATE) {
    throw new ApiError("LimitExceeded.LaunchTemplateVersionQuota", {
      en: `The launch template ${rec.LaunchTemplateId} already has ${MAX_VERSIONS_PER_TEMPLATE} versions; delete some first.`,
      zh: `每个实例启动模板最多创建${MAX_VERSIONS_PER_TEMPLATE}个版本。`,
    });
  }
  dryRunStop(p.DryRun);
  saveTemplate(ctx, { ...rec, LatestVersionNumber: version.LaunchTemplateVersion, versions: [...rec.versions, version] });
  return version.LaunchTemplateVersion;
}

/** seed 32205: DryRun checks everything and creates nothing. */
function dryRunStop(dryRun: boolean | undefined): void {
  if (dryRun) throw new ApiError("DryRunOperation", { en: "The request would have succeeded; DryRun is set, so nothing was created." });
}

/**
 * Deletes versions of a template, all or none. The default version cannot go (seed 33608:
 * InvalidParameterValue.LaunchTemplateDefaultVersion); a number the template does not have is LaunchTemplateIdVerNotExisted.
 */
export function deleteVersions(ctx: TemplateCtx, id: string, numbers: readonly number[]): void {
  const rec = requireTemplate(ctx, id);
  if (numbers.length === 0) throw new ApiError("MissingParameter", { en: "LaunchTemplateVersions must name at least one version." });
  const doomed = new Set(numbers.map((n) => requireVersion(ctx, rec, n).LaunchTemplateVersion));
  if (doomed.has(rec.DefaultVersionNumber)) {
    throw new ApiError("InvalidParameterValue.LaunchTemplateDefaultVersion", {
      en: `Version ${rec.DefaultVersionNumber} is the default version of ${id} and cannot be deleted; make another version the default first.`,
      zh: `不支持删除默认启动模板版本 ${rec.DefaultVersionNumber}。`,
    });
  }
  saveTemplate(ctx, { ...rec, versions: rec.versions.filter((v) => !doomed.has(v.LaunchTemplateVersion)) });
}

/** Makes `version` the default; setting the version that already is the default is refused (seed 34145). */
export function setDefaultVersion(ctx: TemplateCtx, id: string, version: number): void {
  const rec = requireTemplate(ctx, id);
  requireVersion(ctx, rec, version);
  if (rec.DefaultVersionNumber === version) {
    // The wording real clients (terraform-provider-tencentcloud) look for.
    throw new ApiError("InvalidParameterValue.LaunchTemplateIdVerSetAlready", {
      en: `The specified launch template version had been set to default: ${id} version ${version}.`,
      zh: `指定的实例启动模板版本 ${version} 已经是默认版本。`,
    });
  }
  saveTemplate(ctx, { ...rec, DefaultVersionNumber: version });
}
