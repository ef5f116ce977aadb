import "server-only";
import type { Filter, Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getCvmClient } from "@/server/cvm/for-account";
import type { Locale } from "@/lib/i18n/config";
import {
  MAX_LISTED,
  toImageView,
  type ImageList,
  type ImageQuota,
  type ImageType,
  type ImageView,
  type ImportOsList,
  type SourceInstance,
  type SyncCopyStatus,
} from "@/lib/images/types";

// Reads of the Images page (server components and the GET routes under /api/images). Callers have checked the role
// (getConsoleContext → requireRole("viewer")).

/** seed 25011: DescribeImages Limit at most 100. */
const PAGE = 100;

/** Every image of one type in a region (custom images: at most the 500 of the quota, seed 26367), newest first. */
export async function listImages(accountId: string, region: string, type: ImageType): Promise<ImageList> {
  const client = await getCvmClient(accountId);
  const Filters: Filter[] = [{ Name: "image-type", Values: [type] }];
  const images: ImageView[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_LISTED; offset += PAGE) {
    const res = await client.call("DescribeImages", { Filters, Offset: offset, Limit: PAGE }, { region });
    total = res.TotalCount ?? 0;
    const page = res.ImageSet ?? [];
    images.push(...page.map(toImageView));
    if (page.length < PAGE || images.length >= total) break;
  }
  return { ImageSet: images, TotalCount: total, asOf: new Date().toISOString() };
}

/** One image by id (a marketplace id typed in, or a copy being synchronised), or null when the region has none. */
export async function describeImage(accountId: string, region: string, imageId: string): Promise<ImageView | null> {
  const client = await getCvmClient(accountId);
  const res = await client.call("DescribeImages", { ImageIds: [imageId] }, { region });
  const found = (res.ImageSet ?? []).find((i) => i.ImageId === imageId);
  return found ? toImageView(found) : null;
}

/** DescribeImageQuota (seed 25988–26123) and how many custom images the region holds. */
export async function describeImageQuota(accountId: string, region: string): Promise<ImageQuota> {
  const client = await getCvmClient(accountId);
  const [quota, own] = await Promise.all([
    client.call("DescribeImageQuota", {}, { region }),
    client.call("DescribeImages", { Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }], Limit: 1 }, { region }),
  ]);
  return { used: own.TotalCount ?? 0, total: quota.ImageNumQuota ?? 0 };
}

/** DescribeImageSharePermission (seed 25364–25543): who an own image is shared with. */
export async function describeImageShares(accountId: string, region: string, imageId: string): Promise<Array<{ AccountId: string; CreatedTime: string }>> {
  const client = await getCvmClient(accountId);
  const res = await client.call("DescribeImageSharePermission", { ImageId: imageId }, { region });
  return (res.SharePermissionSet ?? []).map((s) => ({ AccountId: s.AccountId ?? "", CreatedTime: s.CreatedTime ?? "" }));
}

/** DescribeImportImageOs (seed 25544–25987): the systems ImportImage accepts. */
export async function describeImportOs(accountId: string, region: string, language: Locale): Promise<ImportOsList> {
  const client = await getCvmClient(accountId);
  const res = await client.call("DescribeImportImageOs", {}, { region, language });
  return {
    Linux: res.ImportImageOsListSupported?.Linux ?? [],
    Windows: res.ImportImageOsListSupported?.Windows ?? [],
    Versions: (res.ImportImageOsVersionSet ?? []).map((v) => ({ OsName: v.OsName ?? "", OsVersions: v.OsVersions ?? [], Architecture: v.Architecture ?? [] })),
  };
}

/** DescribeImageFromFamily (seed 28055–28262): the image a family resolves to now (null when it has none usable). */
export async function describeImageFromFamily(accountId: string, region: string, family: string): Promise<ImageView | null> {
  const client = await getCvmClient(accountId);
  const res = await client.call("DescribeImageFromFamily", { ImageFamily: family }, { region });
  return res.Image?.ImageId ? toImageView(res.Image) : null;
}

function toSource(i: Instance): SourceInstance {
  return {
    InstanceId: i.InstanceId ?? "",
    InstanceName: i.InstanceName ?? "",
    InstanceState: i.InstanceState ?? "",
    OsName: i.OsName ?? "",
    ImageId: i.ImageId ?? "",
    Zone: i.Placement?.Zone ?? "",
    busy: i.LatestOperationState === "OPERATING",
    SystemDisk: { DiskId: i.SystemDisk?.DiskId ?? "", DiskType: i.SystemDisk?.DiskType ?? "", DiskSize: i.SystemDisk?.DiskSize ?? 0 },
    DataDisks: (i.DataDisks ?? []).map((d) => ({ DiskId: d.DiskId ?? "", DiskType: d.DiskType ?? "", DiskSize: d.DiskSize ?? 0 })),
  };
}

/**
 * Instances to make an image from or convert: by id when `q` is an instance id, else by name (the instance-name
 * filter, seed 10161), else the region's first 100.
 */
export async function listSourceInstances(accountId: string, region: string, q: string): Promise<SourceInstance[]> {
  const client = await getCvmClient(accountId);
  const text = q.trim();
  const params = /^ins-[a-z0-9]{8}$/.test(text)
    ? { InstanceIds: [text] }
    : { Filters: text ? [{ Name: "instance-name", Values: [text] }] : undefined, Limit: 100 };
  const res = await client.call("DescribeInstances", params, { region });
  return (res.InstanceSet ?? []).map(toSource);
}

/** The copies of a SyncImages call, each looked up in its destination region (one DescribeImages per region). */
export async function describeSyncCopies(accountId: string, copies: ReadonlyArray<{ Region: string; ImageId: string }>): Promise<SyncCopyStatus[]> {
  const client = await getCvmClient(accountId);
  const byRegion = new Map<string, string[]>();
  for (const c of copies) byRegion.set(c.Region, [...(byRegion.get(c.Region) ?? []), c.ImageId]);
  const found = new Map<string, ImageView>();
  await Promise.all(
    [...byRegion].map(async ([region, ids]) => {
      const res = await client.call("DescribeImages", { ImageIds: ids }, { region });
      for (const i of res.ImageSet ?? []) found.set(`${region}:${i.ImageId}`, toImageView(i));
    }),
  );
  return copies.map((c) => {
    const image = found.get(`${c.Region}:${c.ImageId}`);
    return { Region: c.Region, ImageId: c.ImageId, ImageState: image?.ImageState ?? "GONE", SyncPercent: image?.SyncPercent ?? null };
  });
}
