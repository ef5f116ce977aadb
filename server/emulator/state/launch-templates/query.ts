// DescribeLaunchTemplates (seed 31644–31917) and DescribeLaunchTemplateVersions (seed 33648–34006).
import type {
  DescribeLaunchTemplatesRequest,
  DescribeLaunchTemplateVersionsRequest,
  LaunchTemplateInfo,
  LaunchTemplateVersionInfo,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { compileFilters, parsePage } from "../hosts/filters";
import { toVersionData } from "./data";
import { isValidTemplateName } from "./names";
import { MAX_VERSIONS_PER_TEMPLATE, type TemplateRecord } from "./record";
import { assertTemplateIdFormat, loadTemplates, requireTemplate, requireVersion, type TemplateCtx } from "./repo";

const PAGE_CODES = { badOffset: "InvalidParameterValue", badLimit: "InvalidParameterValue" };

export function toTemplateInfo(rec: TemplateRecord): Required<LaunchTemplateInfo> {
  return {
    LatestVersionNumber: rec.LatestVersionNumber,
    LaunchTemplateId: rec.LaunchTemplateId,
    LaunchTemplateName: rec.LaunchTemplateName,
    DefaultVersionNumber: rec.DefaultVersionNumber,
    LaunchTemplateVersionCount: rec.versions.length,
    CreatedBy: rec.CreatedBy,
    CreationTime: rec.CreationTime,
  };
}

/**
 * By ids (unknown ones are simply absent) or by Filters — not both (seed 31712: "参数不支持同时指定LaunchTemplateIds和
 * Filters"): LaunchTemplateName, tag-key, tag-value, tag:<key>; at most 10 Filters of 5 values. Newest first.
 */
export function describeTemplates(ctx: TemplateCtx, p: DescribeLaunchTemplatesRequest): { TotalCount: number; LaunchTemplateSet: Required<LaunchTemplateInfo>[] } {
  const ids = p.LaunchTemplateIds ?? [];
  if (ids.length > 0 && (p.Filters?.length ?? 0) > 0) {
    throw new ApiError("InvalidParameter", { en: "LaunchTemplateIds and Filters cannot be specified together.", zh: "参数不支持同时指定LaunchTemplateIds和Filters。" });
  }
  ids.forEach(assertTemplateIdFormat);
  const test = compileFilters<TemplateRecord>(p.Filters, {
    defs: {
      LaunchTemplateName: {
        check: (v) => {
          if (!isValidTemplateName(v)) throw new ApiError("InvalidParameterValue.InvalidLaunchTemplateName", { en: `\`${v}\` is not a valid launch template name (2–128 characters).` });
        },
        matches: (rec, v) => rec.LaunchTemplateName === v,
      },
    },
    tagsOf: (rec) => rec.Tags,
    maxFilters: 10,
    maxValues: 5,
    codes: { unknown: "InvalidFilter", tooManyFilters: "InvalidFilterValue.LimitExceeded", tooManyValues: "InvalidFilterValue.LimitExceeded", noValues: "InvalidFilter" },
  });
  const page = parsePage(p.Offset, p.Limit, PAGE_CODES);
  const matched = loadTemplates(ctx)
    .reverse()
    .filter((rec) => (ids.length === 0 || ids.includes(rec.LaunchTemplateId)) && test(rec));
  return { TotalCount: matched.length, LaunchTemplateSet: matched.slice(page.offset, page.offset + page.limit).map(toTemplateInfo) };
}

/**
 * The versions of one template, oldest first: the listed LaunchTemplateVersions (each must exist), or the default
 * one (DefaultVersion, not together with a list, seed 33707), or the MinVersion–MaxVersion range (defaults 0 and
 * 30, seed 33684–33689) when either bound is given, else all.
 */
export function describeVersions(ctx: TemplateCtx, p: DescribeLaunchTemplateVersionsRequest): { TotalCount: number; LaunchTemplateVersionSet: LaunchTemplateVersionInfo[] } {
  const rec = requireTemplate(ctx, p.LaunchTemplateId);
  const wanted = (p.LaunchTemplateVersions ?? []).map(Number);
  if (wanted.length > 0 && p.DefaultVersion) {
    throw new ApiError("InvalidParameterCombination", { en: "DefaultVersion cannot be combined with LaunchTemplateVersions.", zh: "DefaultVersion 不可与 LaunchTemplateVersions 同时指定。" });
  }
  if (wanted.length > MAX_VERSIONS_PER_TEMPLATE) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_VERSIONS_PER_TEMPLATE} LaunchTemplateVersions per request.` });
  }
  for (const bound of [p.MinVersion, p.MaxVersion]) if (bound !== undefined && bound < 0) throw invalidParameterValue("MinVersion/MaxVersion", "must be 0 or more");
  const page = parsePage(p.Offset, p.Limit, PAGE_CODES);
  let versions = rec.versions;
  if (wanted.length > 0) {
    const set = new Set(wanted.map((n) => requireVersion(ctx, rec, n).LaunchTemplateVersion));
    versions = versions.filter((v) => set.has(v.LaunchTemplateVersion));
  } else if (p.DefaultVersion) {
    versions = versions.filter((v) => v.LaunchTemplateVersion === rec.DefaultVersionNumber);
  } else if (p.MinVersion !== undefined || p.MaxVersion !== undefined) {
    const min = p.MinVersion ?? 0;
    const max = p.MaxVersion ?? MAX_VERSIONS_PER_TEMPLATE;
    versions = versions.filter((v) => v.LaunchTemplateVersion >= min && v.LaunchTemplateVersion <= max);
  }
  return {
    TotalCount: versions.length,
    LaunchTemplateVersionSet: versions.slice(page.offset, page.offset + page.limit).map((v) => ({
      LaunchTemplateVersion: v.LaunchTemplateVersion,
      LaunchTemplateVersionData: toVersionData(v) as LaunchTemplateVersionInfo["LaunchTemplateVersionData"],
      CreationTime: v.CreationTime,
      LaunchTemplateId: rec.LaunchTemplateId,
      IsDefaultVersion: v.LaunchTemplateVersion === rec.DefaultVersionNumber,
      LaunchTemplateVersionDescription: v.LaunchTemplateVersionDescription,
      CreatedBy: v.CreatedBy,
    })),
  };
}
