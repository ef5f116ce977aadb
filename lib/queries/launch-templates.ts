"use client";

import { useQuery } from "@tanstack/react-query";
import { createLaunchTemplate } from "@/server/actions/launch-templates/create";
import { createLaunchTemplateVersion } from "@/server/actions/launch-templates/create-version";
import { setLaunchTemplateDefaultVersion } from "@/server/actions/launch-templates/set-default";
import { deleteLaunchTemplateVersions } from "@/server/actions/launch-templates/delete-versions";
import { deleteLaunchTemplate } from "@/server/actions/launch-templates/delete";
import { launchTemplateKeys } from "@/lib/launch-templates/keys";
import type { LaunchTemplateDetail, LaunchTemplateList } from "@/lib/launch-templates/types";
import { fetchJson } from "./fetch-json";
import { scopeQuery, useResourceMutation } from "./resource-mutation";

export { launchTemplateKeys };

export function useLaunchTemplatesQuery(accountId: string, region: string) {
  return useQuery({
    queryKey: launchTemplateKeys.list(accountId, region),
    queryFn: ({ signal }) => fetchJson<LaunchTemplateList>(`/api/launch-templates?${scopeQuery(accountId, region)}`, signal),
    staleTime: 30_000,
  });
}

export function useLaunchTemplateQuery(accountId: string, region: string, templateId: string) {
  return useQuery({
    queryKey: launchTemplateKeys.versions(accountId, region, templateId),
    queryFn: ({ signal }) => fetchJson<LaunchTemplateDetail>(`/api/launch-templates/${encodeURIComponent(templateId)}?${scopeQuery(accountId, region)}`, signal),
    staleTime: 30_000,
  });
}

/** Every write touches both the list (version counts, default) and the template's versions. */
const all = (accountId: string) => [launchTemplateKeys.all(accountId)];
export const useCreateLaunchTemplateMutation = (accountId: string) => useResourceMutation(createLaunchTemplate, all(accountId));
export const useCreateLaunchTemplateVersionMutation = (accountId: string) => useResourceMutation(createLaunchTemplateVersion, all(accountId));
export const useSetDefaultVersionMutation = (accountId: string) => useResourceMutation(setLaunchTemplateDefaultVersion, all(accountId));
export const useDeleteLaunchTemplateVersionsMutation = (accountId: string) => useResourceMutation(deleteLaunchTemplateVersions, all(accountId));
export const useDeleteLaunchTemplateMutation = (accountId: string) => useResourceMutation(deleteLaunchTemplate, all(accountId));
