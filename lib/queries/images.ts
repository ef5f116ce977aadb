"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createImage } from "@/server/actions/images/create";
import { modifyImage } from "@/server/actions/images/modify";
import { modifyImageSharePermission } from "@/server/actions/images/share";
import { syncImage } from "@/server/actions/images/sync";
import { exportImages } from "@/server/actions/images/export";
import { importImage } from "@/server/actions/images/import";
import { convertOperatingSystems } from "@/server/actions/images/convert-os";
import { deleteImages } from "@/server/actions/images/delete";
import { imageKeys } from "@/lib/images/query-keys";
import { isBusy } from "@/lib/images/rules";
import type { ImageList, ImageQuota, ImageView, ImportOsList, SourceInstance, SyncCopyStatus } from "@/lib/images/types";
import type { ActionResult } from "@/lib/action-result";
import { fetchJson } from "./fetch-json";
import { useActionMutation } from "./use-action-mutation";

export { imageKeys };

/** How often a list with work in flight (CREATING, SYNCING, IMPORTING) is read again: progress shows live. */
export const BUSY_POLL_MS = 3_000;

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

export function useImagesQuery(accountId: string, region: string, tab: "private" | "public" | "shared", enabled = true) {
  return useQuery({
    queryKey: imageKeys.list(accountId, region, tab),
    queryFn: ({ signal }) => fetchJson<ImageList>(`/api/images?${q({ region, tab })}`, signal),
    staleTime: tab === "public" ? 5 * 60_000 : 15_000,
    refetchInterval: (query) => (query.state.data?.ImageSet.some((i) => isBusy(i.ImageState)) ? BUSY_POLL_MS : false),
    enabled,
  });
}

export function useImageQuotaQuery(accountId: string, region: string) {
  return useQuery({
    queryKey: imageKeys.quota(accountId, region),
    queryFn: ({ signal }) => fetchJson<ImageQuota>(`/api/images/quota?${q({ region })}`, signal),
    staleTime: 30_000,
  });
}

export function useImageSharesQuery(accountId: string, region: string, imageId: string, enabled: boolean) {
  return useQuery({
    queryKey: imageKeys.shares(accountId, region, imageId),
    queryFn: ({ signal }) =>
      fetchJson<{ SharePermissionSet: Array<{ AccountId: string; CreatedTime: string }> }>(`/api/images/${imageId}/shares?${q({ region })}`, signal).then((r) => r.SharePermissionSet),
    enabled,
  });
}

/** One image by id: the marketplace lookup. */
export function useImageLookupQuery(accountId: string, region: string, imageId: string) {
  return useQuery({
    queryKey: imageKeys.one(accountId, region, imageId),
    queryFn: ({ signal }) => fetchJson<{ Image: ImageView | null }>(`/api/images/${imageId}?${q({ region })}`, signal).then((r) => r.Image),
    enabled: /^img-[a-z0-9]{8}$/.test(imageId),
    staleTime: 60_000,
  });
}

export function useImportOsQuery(accountId: string, region: string, enabled: boolean) {
  return useQuery({
    queryKey: imageKeys.importOs(accountId, region),
    queryFn: ({ signal }) => fetchJson<ImportOsList>(`/api/images/import-os?${q({ region })}`, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useImageFamilyQuery(accountId: string, region: string, family: string) {
  return useQuery({
    queryKey: imageKeys.family(accountId, region, family),
    queryFn: ({ signal }) => fetchJson<{ Image: ImageView | null }>(`/api/images/family?${q({ region, family })}`, signal).then((r) => r.Image),
    enabled: family !== "",
    staleTime: 15_000,
  });
}

export function useSourceInstancesQuery(accountId: string, region: string, text: string, enabled: boolean) {
  return useQuery({
    queryKey: imageKeys.instances(accountId, region, text),
    queryFn: ({ signal }) => fetchJson<{ InstanceSet: SourceInstance[] }>(`/api/images/instances?${q({ region, q: text })}`, signal).then((r) => r.InstanceSet),
    enabled,
    staleTime: 5_000,
  });
}

/** The copies of SyncImages calls, read again until every one has landed (NORMAL) or failed. */
export function useSyncCopiesQuery(accountId: string, copies: ReadonlyArray<{ Region: string; ImageId: string }>) {
  const param = copies.map((c) => `${c.Region}:${c.ImageId}`).join(",");
  return useQuery({
    queryKey: imageKeys.sync(accountId, param),
    queryFn: ({ signal }) => fetchJson<{ Copies: SyncCopyStatus[] }>(`/api/images/sync?${q({ copies: param })}`, signal).then((r) => r.Copies),
    enabled: param !== "",
    refetchInterval: (query) => (query.state.data?.some((c) => isBusy(c.ImageState)) ?? true ? BUSY_POLL_MS : false),
  });
}

/** A write on images: on success every image query of the account is read again. */
function useImageWrite<I, R extends ActionResult>(action: (input: I) => Promise<R>, accountId: string) {
  const queryClient = useQueryClient();
  return useActionMutation(action, () => queryClient.invalidateQueries({ queryKey: imageKeys.all(accountId) }));
}

export const useCreateImageMutation = (accountId: string) => useImageWrite(createImage, accountId);
export const useModifyImageMutation = (accountId: string) => useImageWrite(modifyImage, accountId);
export const useShareImageMutation = (accountId: string) => useImageWrite(modifyImageSharePermission, accountId);
export const useSyncImageMutation = (accountId: string) => useImageWrite(syncImage, accountId);
export const useExportImagesMutation = (accountId: string) => useImageWrite(exportImages, accountId);
export const useImportImageMutation = (accountId: string) => useImageWrite(importImage, accountId);
export const useConvertOsMutation = (accountId: string) => useImageWrite(convertOperatingSystems, accountId);
export const useDeleteImagesMutation = (accountId: string) => useImageWrite(deleteImages, accountId);
