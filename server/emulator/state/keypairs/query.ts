// DescribeKeyPairs (seed 28507–28767): KeyIds or Filters (not both, seed 28540), paging, newest first.
import type { DescribeKeyPairsRequest, KeyPair } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { filterValues, matchesFilter, parseFilters, type ParsedFilters } from "../pricing-inputs/filters";
import { MAX_KEY_IDS_PER_REQUEST, toKeyPair, type KeyPairRecord } from "./record";
import { assertKeyIdsWellFormed, keyUsage, listKeyPairs, type KeyPairCtx } from "./repo";

/** seed 28551–28563: the documented filters; "tag:<key>" names are accepted for any key. */
const FILTER_NAMES = ["project-id", "key-name", "tag-key", "tag-value"];
/** The Filter limits CVM's Describe* pages state (seed 10104: 10 Filters, 5 Values each); this page states none. */
const MAX_FILTERS = 10;
const MAX_FILTER_VALUES = 5;
/** seed 28570: "返回数量，默认为20，最大值为100". */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

function parse(p: DescribeKeyPairsRequest): ParsedFilters {
  const tagNames = (p.Filters ?? []).map((f) => f.Name ?? "").filter((n) => n.startsWith("tag:") && n.length > 4);
  const filters = parseFilters(p.Filters, { names: [...FILTER_NAMES, ...tagNames], maxFilters: MAX_FILTERS, maxValues: MAX_FILTER_VALUES });
  const badProject = filterValues(filters, "project-id").find((v) => !/^\d+$/.test(v));
  if (badProject !== undefined) throw new ApiError("InvalidParameterValue", { en: `Filter project-id takes integers; got "${badProject}".` });
  return filters;
}

function matches(rec: Readonly<KeyPairRecord>, filters: ParsedFilters): boolean {
  const anyOf = (name: string, test: (v: string) => boolean) => (filters.get(name) ?? []).every((values) => values.some(test));
  return (
    matchesFilter(filters, "project-id", String(rec.ProjectId)) &&
    matchesFilter(filters, "key-name", rec.KeyName) &&
    anyOf("tag-key", (v) => rec.Tags.some((t) => t.Key === v)) &&
    anyOf("tag-value", (v) => rec.Tags.some((t) => t.Value === v)) &&
    [...filters.keys()].filter((n) => n.startsWith("tag:")).every((n) => anyOf(n, (v) => rec.Tags.some((t) => t.Key === n.slice(4) && t.Value === v)))
  );
}

export function describeKeyPairs(ctx: KeyPairCtx, p: DescribeKeyPairsRequest): { TotalCount: number; KeyPairSet: KeyPair[] } {
  const offset = p.Offset ?? 0;
  const limit = p.Limit ?? DEFAULT_LIMIT;
  if (offset < 0) throw new ApiError("InvalidParameterValueOffset", { en: `Offset must be ≥ 0; got ${offset}.`, zh: `Offset 不能小于0。` });
  if (limit < 0 || limit > MAX_LIMIT) throw new ApiError("InvalidParameterValueLimit", { en: `Limit must be 0–${MAX_LIMIT}; got ${limit}.`, zh: `Limit 取值范围为0–${MAX_LIMIT}。` });
  if (p.KeyIds?.length && p.Filters?.length) {
    throw new ApiError("InvalidParameter", { en: "KeyIds and Filters cannot be specified together.", zh: "参数不支持同时指定 KeyIds 和 Filters。" });
  }
  let recs = listKeyPairs(ctx);
  if (p.KeyIds?.length) {
    const ids = new Set(p.KeyIds);
    if (ids.size > MAX_KEY_IDS_PER_REQUEST) {
      throw new ApiError("InvalidKeyPair.LimitExceeded", { en: `At most ${MAX_KEY_IDS_PER_REQUEST} KeyIds per request; got ${ids.size}.` });
    }
    assertKeyIdsWellFormed(ctx.action, [...ids]);
    recs = recs.filter((r) => ids.has(r.KeyId));
  } else {
    const filters = parse(p);
    recs = recs.filter((r) => matches(r, filters));
  }
  recs.reverse(); // the store keeps creation order: newest first
  const usage = keyUsage(ctx);
  return { TotalCount: recs.length, KeyPairSet: recs.slice(offset, offset + limit).map((r) => toKeyPair(r, usage.get(r.KeyId) ?? [])) };
}
