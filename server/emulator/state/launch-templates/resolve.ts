// RunInstances with LaunchTemplate {LaunchTemplateId, LaunchTemplateVersion} (structure seed 37935–37951): the
// version's parameters with the request's on top (seed 8620–8624 / 8688–8690: the request's Placement and ImageId
// "覆盖LaunchTemplate中对应的值"; seed 31926: without a version number, the default version is used).
import type { LaunchTemplate, RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { mergeUnderRequest } from "./data";
import type { TemplateRecord, TemplateVersion } from "./record";
import { requireTemplate, requireVersion, type TemplateCtx } from "./repo";

export interface ResolvedLaunchTemplate {
  template: TemplateRecord;
  version: TemplateVersion;
}

/**
 * The template and version a LaunchTemplate reference names, with the calling action's codes: a malformed id
 * (LaunchTemplateIdMalformed), an unknown one (LaunchTemplateIdNotExisted), a version that is not a positive
 * number or that the template does not have (LaunchTemplateVersion, or LaunchTemplateIdVerNotExisted where
 * documented).
 */
export function resolveLaunchTemplate(ctx: TemplateCtx, ref: LaunchTemplate & { LaunchTemplateId: string }): ResolvedLaunchTemplate {
  const template = requireTemplate(ctx, ref.LaunchTemplateId);
  const version = requireVersion(ctx, template, ref.LaunchTemplateVersion ?? template.DefaultVersionNumber);
  return { template, version };
}

/**
 * The RunInstances request to launch: unchanged without a LaunchTemplateId; otherwise the template version's
 * parameters under the request's, with LaunchTemplate naming the version actually used.
 */
export function applyLaunchTemplate<R extends RunInstancesRequest>(ctx: TemplateCtx, request: R): R {
  const id = request.LaunchTemplate?.LaunchTemplateId;
  if (id === undefined) return request;
  const { version } = resolveLaunchTemplate(ctx, { ...request.LaunchTemplate, LaunchTemplateId: id });
  return { ...mergeUnderRequest(version, request), LaunchTemplate: { LaunchTemplateId: id, LaunchTemplateVersion: version.LaunchTemplateVersion } } as R;
}
