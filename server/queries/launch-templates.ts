import "server-only";
import type { LaunchTemplateInfo, LaunchTemplateVersionData } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { LaunchTemplateDetail, LaunchTemplateList, LaunchTemplateRow, TemplateVersionData } from "@/lib/launch-templates/types";
import { cvmFor, pageAll, type Where } from "./resource-scope";

function toRow(t: LaunchTemplateInfo): LaunchTemplateRow {
  return {
    LaunchTemplateId: t.LaunchTemplateId ?? "",
    LaunchTemplateName: t.LaunchTemplateName ?? "",
    DefaultVersionNumber: t.DefaultVersionNumber ?? 1,
    LatestVersionNumber: t.LatestVersionNumber ?? 1,
    LaunchTemplateVersionCount: t.LaunchTemplateVersionCount ?? 1,
    CreatedBy: t.CreatedBy ?? "",
    CreationTime: t.CreationTime ?? "",
  };
}

/** A template may hold a login password (LoginSettings.Password): it never leaves the server. */
export function withoutSecrets(data: LaunchTemplateVersionData | undefined): TemplateVersionData {
  const copy = structuredClone(data ?? {}) as TemplateVersionData & { LoginSettings?: { Password?: string } | null };
  if (copy.LoginSettings && "Password" in copy.LoginSettings) {
    const { Password: _dropped, ...rest } = copy.LoginSettings;
    copy.LoginSettings = { ...rest, ...(_dropped ? { PasswordSet: true } : {}) } as typeof copy.LoginSettings;
  }
  return copy;
}

/** Every launch template of the region, newest first (DescribeLaunchTemplates, seed 31644; Limit ≤ 100). */
export async function listLaunchTemplates(w: Where): Promise<LaunchTemplateList> {
  const { client, opts } = await cvmFor(w);
  const { total, items } = await pageAll(async (Offset, Limit) => {
    const res = await client.call("DescribeLaunchTemplates", { Offset, Limit }, opts);
    return { total: res.TotalCount ?? 0, items: (res.LaunchTemplateSet ?? []).map(toRow) };
  });
  items.sort((a, b) => b.CreationTime.localeCompare(a.CreationTime));
  return { TotalCount: total, LaunchTemplateSet: items };
}

/**
 * One template and all its versions, newest first. The range is asked explicitly (0 to the latest number): without
 * it the API stops at version 30 (seed 33684–33689), and numbers keep growing after versions are deleted.
 */
export async function describeLaunchTemplate(w: Where, templateId: string): Promise<LaunchTemplateDetail> {
  const { client, opts } = await cvmFor(w);
  const found = await client.call("DescribeLaunchTemplates", { LaunchTemplateIds: [templateId], Limit: 1 }, opts);
  const info = found.LaunchTemplateSet?.[0];
  if (!info) return { template: null, TotalCount: 0, LaunchTemplateVersionSet: [] };
  const template = toRow(info);
  const { total, items } = await pageAll(async (Offset, Limit) => {
    const res = await client.call(
      "DescribeLaunchTemplateVersions",
      { LaunchTemplateId: templateId, MinVersion: 0, MaxVersion: template.LatestVersionNumber, Offset, Limit },
      opts,
    );
    return { total: res.TotalCount ?? 0, items: res.LaunchTemplateVersionSet ?? [] };
  });
  const versions = items
    .map((v) => ({
      LaunchTemplateVersion: v.LaunchTemplateVersion ?? 0,
      LaunchTemplateVersionDescription: v.LaunchTemplateVersionDescription ?? "",
      IsDefaultVersion: v.IsDefaultVersion ?? v.LaunchTemplateVersion === template.DefaultVersionNumber,
      CreationTime: v.CreationTime ?? "",
      CreatedBy: v.CreatedBy ?? "",
      LaunchTemplateVersionData: withoutSecrets(v.LaunchTemplateVersionData),
    }))
    .sort((a, b) => b.LaunchTemplateVersion - a.LaunchTemplateVersion);
  return { template, TotalCount: total, LaunchTemplateVersionSet: versions };
}

/** The data of one version (the base of a new version): Placement and the rest, as the API returned it. */
export async function describeTemplateVersionData(w: Where, templateId: string, version: number): Promise<LaunchTemplateVersionData | null> {
  const { client, opts } = await cvmFor(w);
  const res = await client.call("DescribeLaunchTemplateVersions", { LaunchTemplateId: templateId, LaunchTemplateVersions: [version] }, opts);
  return res.LaunchTemplateVersionSet?.[0]?.LaunchTemplateVersionData ?? null;
}
