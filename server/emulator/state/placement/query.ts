// DescribeDisasterRecoverGroups (seed 23931–24169): by ids (at most 10), by name (fuzzy), by tag filters
// (tag-key, tag-value, tag:<key>; at most 10 Filters of 5 values, seed 23980), newest first, Offset/Limit paged.
import type { DescribeDisasterRecoverGroupsRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { compileFilters, parsePage } from "../hosts/filters";
import type { GroupRecord } from "./record";
import { loadGroups, type PlacementCtx } from "./repo";
import { isWellFormedId } from "../ids";

/** seed 23953: "每次请求允许操作的分散置放群组数量上限是10" (DeleteDisasterRecoverGroups too, seed 24740). */
export const MAX_GROUP_IDS = 10;

export function assertGroupIdCount(ids: readonly string[]): void {
  if (ids.length > MAX_GROUP_IDS) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", {
      en: `At most ${MAX_GROUP_IDS} DisasterRecoverGroupIds per request; got ${ids.length}.`,
      zh: `每次请求允许操作的分散置放群组数量上限是${MAX_GROUP_IDS}。`,
    });
  }
}

// The page documents only InvalidParameterValue.* codes, so filter mistakes answer with those.
const FILTER_CODES = { unknown: "InvalidParameterValue", tooManyFilters: "InvalidParameterValue.LimitExceeded", tooManyValues: "InvalidParameterValue.LimitExceeded", noValues: "InvalidParameterValue" };

export function describeGroups(ctx: PlacementCtx, p: DescribeDisasterRecoverGroupsRequest): { TotalCount: number; DisasterRecoverGroupSet: GroupRecord[] } {
  const ids = p.DisasterRecoverGroupIds ?? [];
  assertGroupIdCount(ids);
  const malformed = ids.find((id) => !isWellFormedId("ps", id));
  if (malformed !== undefined) {
    throw new ApiError("InvalidParameterValue.DisasterRecoverGroupIdMalformed", { en: `The placement group ID \`${malformed}\` is malformed; expected ps-xxxxxxxx.` });
  }
  const matchesFilters = compileFilters<GroupRecord>(p.Filters, { defs: {}, tagsOf: (g) => g.Tags, maxFilters: 10, maxValues: 5, codes: FILTER_CODES });
  const page = parsePage(p.Offset, p.Limit, { badOffset: "InvalidParameterValue", badLimit: "InvalidParameterValue" });
  // Unknown ids are simply not in the set, as in the other Describe* actions.
  const matched = loadGroups(ctx)
    .reverse()
    .filter((g) => (ids.length === 0 || ids.includes(g.DisasterRecoverGroupId)) && (p.Name === undefined || g.Name.includes(p.Name)) && matchesFilters(g));
  return { TotalCount: matched.length, DisasterRecoverGroupSet: matched.slice(page.offset, page.offset + page.limit) };
}
