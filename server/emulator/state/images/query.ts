// DescribeImages (seed 24872–25363): the images a caller can see in a region (its custom images, the images other
// accounts share with it, the public ones), by ImageIds or Filters, optionally only those an InstanceType can boot,
// paged with Offset/Limit.
import type { Image } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { isSoldOut, isTypeOfferedInZone } from "../../catalog/compute/availability";
import { imageSupportsType, publicImages } from "../../catalog/compute/images";
import { findInstanceType, isWellFormedInstanceType, type InstanceTypeDef } from "../../catalog/compute/instance-types";
import { getRegion } from "../../catalog/regions";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { assertImageIdForm } from "./codes";
import { IMAGE_KIND, IMAGE_TYPES, type ImageRecord } from "./record";
import { scanImages, sharedWithMe, type ImageCtx } from "./repo";
import { toImage } from "./view";

interface FilterInput {
  Name?: string;
  Values?: string[];
}
export interface DescribeImagesParams {
  ImageIds?: string[];
  Filters?: FilterInput[];
  Offset?: number;
  Limit?: number;
  InstanceType?: string;
}

/** seed 24914: "每次请求的Filters的上限为10，Filters.Values的上限为5"; seed 25011: Limit default 20, max 100. */
const MAX_FILTERS = 10;
const MAX_VALUES = 5;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/** Not in the seed: the usual ceiling of an id list (InvalidParameterValue.LimitExceeded is documented). */
const MAX_IDS = 100;
/** CDC cache states come from the SDK's newer filter list (cdc-cache-status). */
const CDC_CACHE_STATES = ["CACHED_ALL", "CACHING", "CACHED", "CACHE_INVALID", "CACHE_FAILED"];

type Test = (image: Image) => boolean;
const ci = (s: string | undefined) => (s ?? "").toLowerCase();

/** The documented filters (seed 24914–25000), plus dedicated-cluster-id / cdc-cache-status of the SDK typings. */
const FILTERS: Record<string, { check?: (v: string, ctx: ImageCtx) => void; matches: (i: Image, v: string) => boolean }> = {
  "image-id": { check: (v, ctx) => assertImageIdForm(ctx, v), matches: (i, v) => i.ImageId === v },
  "image-type": {
    check: (v) => {
      if (!(IMAGE_TYPES as readonly string[]).includes(v)) throw invalidParameterValue("Filters.image-type", `"${v}" is not one of ${IMAGE_TYPES.join(", ")}`);
    },
    matches: (i, v) => i.ImageType === v,
  },
  // seed 24944 / 24971: image-name and platform match fuzzily.
  "image-name": { matches: (i, v) => ci(i.ImageName).includes(ci(v)) },
  platform: { matches: (i, v) => ci(i.Platform).includes(ci(v)) },
  "tag-key": { matches: (i, v) => (i.Tags ?? []).some((t) => t.Key === v) },
  "tag-value": { matches: (i, v) => (i.Tags ?? []).some((t) => t.Value === v) },
  "dedicated-cluster-id": { matches: () => false },
  "cdc-cache-status": {
    check: (v) => {
      if (!CDC_CACHE_STATES.includes(v)) throw invalidParameterValue("Filters.cdc-cache-status", `"${v}" is not one of ${CDC_CACHE_STATES.join(", ")}`);
    },
    matches: (i, v) => v === "CACHED_ALL" || i.CdcCacheStatus === v,
  },
};

function compileFilters(ctx: ImageCtx, filters: readonly FilterInput[]): Test {
  if (filters.length > MAX_FILTERS) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_FILTERS} Filters per request; got ${filters.length}.` });
  }
  const tests = filters.map((f, i): Test => {
    const name = f.Name ?? "";
    let def = Object.hasOwn(FILTERS, name) ? FILTERS[name] : undefined;
    // seed 24995: tag:<tag-key> matches a key/value pair.
    if (!def && name.startsWith("tag:")) {
      const key = name.slice(4);
      if (key === "" || key.length > 127) throw new ApiError("FailedOperation.IllegalTagKey", { en: `The tag key in \`${name}\` is not valid.` });
      def = { matches: (img, v) => (img.Tags ?? []).some((t) => t.Key === key && t.Value === v) };
    }
    if (!def) throw new ApiError("InvalidFilter", { en: `The filter \`${name}\` (Filters.${i}.Name) is not supported.`, zh: `不支持的过滤器 \`${name}\`。` });
    const values = f.Values ?? [];
    if (values.length === 0) throw new ApiError("InvalidFilter", { en: `Filters.${i}.Values must not be empty.` });
    if (values.length > MAX_VALUES) {
      throw new ApiError("InvalidFilterValue.LimitExceeded", { en: `Filters.${i}.Values takes at most ${MAX_VALUES} values; got ${values.length}.` });
    }
    for (const v of values) def.check?.(v, ctx);
    const d = def;
    return (img) => values.some((v) => d.matches(img, v));
  });
  return (img) => tests.every((t) => t(img));
}

/**
 * seed 25015 InstanceType: only images that type boots. A type that is not "<family>.<size>" is
 * InvalidInstanceType.Malformed; an unknown one InvalidParameterValue.InstanceTypeNotFound; one no zone of the region
 * sells InvalidParameterValue.ZoneNotSupported; one sold out in every zone ResourcesSoldOut.SpecifiedInstanceType.
 */
function requireTypeInRegion(instanceType: string, region: string): InstanceTypeDef {
  if (!isWellFormedInstanceType(instanceType)) {
    throw new ApiError("InvalidInstanceType.Malformed", { en: `The instance type \`${instanceType}\` is malformed; expected a form such as S5.MEDIUM4.` });
  }
  const t = findInstanceType(instanceType);
  if (!t) throw new ApiError("InvalidParameterValue.InstanceTypeNotFound", { en: `The instance type \`${instanceType}\` does not exist.` });
  const zones = (getRegion(region)?.zones ?? []).map((z) => z.zone).filter((z) => isTypeOfferedInZone(z, instanceType));
  if (zones.length === 0) throw new ApiError("InvalidParameterValue.ZoneNotSupported", { en: `No zone of ${region} sells ${instanceType}.` });
  if (zones.every((z) => isSoldOut(z, instanceType))) {
    throw new ApiError("ResourcesSoldOut.SpecifiedInstanceType", { en: `${instanceType} is sold out in every zone of ${region}.` });
  }
  return t;
}

/** Every image the caller sees: its own (newest first), then shared with it, then public. */
function visibleImages(ctx: ImageCtx): { image: Image; rec?: Readonly<ImageRecord> }[] {
  const now = ctx.clock.now();
  const own = [...scanImages(ctx)].reverse().map((rec) => ({ image: toImage(rec, now), rec }));
  const shared = sharedWithMe(ctx).map(({ rec }) => ({ image: toImage(rec, now, "shared") }));
  return [...own, ...shared, ...publicImages().map((image) => ({ image: image as Image }))];
}

export function describeImages(ctx: ImageCtx, p: DescribeImagesParams): { total: number; page: Image[] } {
  // seed 24914: "参数不可以同时指定ImageIds和Filters".
  if (p.ImageIds?.length && p.Filters?.length) {
    throw new ApiError("InvalidParameter.InvalidParameterCoexistImageIdsFilters", { en: "ImageIds and Filters cannot be specified together." });
  }
  const offset = p.Offset ?? 0;
  const limit = p.Limit ?? DEFAULT_LIMIT;
  if (offset < 0) throw invalidParameterValue("Offset", `must be ≥ 0, got ${offset}`);
  if (limit < 0 || limit > MAX_LIMIT) throw new ApiError("InvalidParameterValue.InvalidParameterValueLimit", { en: `Limit must be 0–${MAX_LIMIT}, got ${limit}.` });
  let test: Test = () => true;
  if (p.ImageIds?.length) {
    if (p.ImageIds.length > MAX_IDS) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_IDS} ImageIds per request.` });
    for (const id of p.ImageIds) assertImageIdForm(ctx, id);
    const ids = new Set(p.ImageIds);
    test = (i) => ids.has(i.ImageId!);
  } else if (p.Filters?.length) {
    test = compileFilters(ctx, p.Filters);
  }
  const type = p.InstanceType === undefined ? undefined : requireTypeInRegion(p.InstanceType, ctx.scope.region);
  const matched = visibleImages(ctx).filter(({ image }) => test(image) && (!type || imageSupportsType(image as Parameters<typeof imageSupportsType>[0], type)));
  const page = matched.slice(offset, offset + limit);
  countDescribes(ctx, page.map((m) => m.rec).filter((r): r is Readonly<ImageRecord> => r?.internal.pending?.describesLeft !== undefined));
  return { total: matched.length, page: page.map((m) => m.image) };
}

/** "After N describes" speed mode: each DescribeImages that shows a held image brings its landing one closer. */
function countDescribes(ctx: ImageCtx, held: readonly Readonly<ImageRecord>[]): void {
  if (held.length === 0) return;
  ctx.store.transaction(() => {
    for (const live of held) {
      const rec = structuredClone(live) as ImageRecord;
      if ((rec.internal.pending!.describesLeft ?? 0) > 0) rec.internal.pending!.describesLeft! -= 1;
      ctx.store.put(ctx.scope, IMAGE_KIND, rec.ImageId, rec);
    }
  });
}
